/**
 * One imported file → the documents it contributes to the workspace.
 *
 * JSON (a `.json` file, or a YAML document written in flow style, i.e. JSON
 * pasted into a .yaml) is rewritten as block YAML; List kinds and top-level
 * arrays are unwrapped into one document per item; cluster noise is stripped.
 * Documents that need none of this keep their exact text, comments included.
 */
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { documentKey, isBlankDocument, segmentText } from './documents.ts';
import { stripClusterNoise } from './noise.ts';
import { findJsonError } from './json-error.ts';
import { decodeUtf8, type EncodingProblem } from './utf8.ts';
import { LineIndex } from '../manifests/line-index.ts';
import { findDeepNesting, nestingMessage } from '../manifests/nesting.ts';
import { readingErrors } from '../validation/index.ts';

export interface ImportFile {
  name: string;
  text: string;
  /** Set when the file's bytes are not UTF-8 (see importFileFromBytes): the file is refused. */
  encoding?: EncodingProblem;
}

/** A file read as bytes → an ImportFile; bytes that are not UTF-8 are kept as the reason to refuse it. */
export function importFileFromBytes(name: string, bytes: Uint8Array): ImportFile {
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return { name, text: decoded.text };
  return { name, text: '', encoding: decoded.problem };
}

/** Where and why a file could not be imported; positions are 1-based. */
export interface ImportError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface PreparedDocument {
  text: string;
  /** Object identity (see objectKey); null for documents that are not named objects. */
  key: string | null;
}

export interface PreparedFile {
  docs: PreparedDocument[];
  /** Set when nothing in the file had to change: the file's exact text. */
  unchangedText?: string;
  /** Documents rewritten because they held cluster noise. */
  cleaned: number;
  /** Documents kept as written that are no Kubernetes object (a plain value, a list of other things). */
  ignored: number;
}

/** Serialisation used for every document we rewrite: no folding of long strings. */
export const YAML_OUT = { lineWidth: 0 } as const;

const ACCEPTED = /\.(ya?ml|json)$/i;

/**
 * What Import accepts and refuses is what the editor and the CLI read (test/io/reading-consistency.test.ts):
 * a file is refused for what makes the CLI refuse it (bytes that are not UTF-8, syntax errors, nesting
 * deeper than the reader takes, control characters, alias bombs); empty and comment-only documents are
 * skipped or kept as written, and documents that are no Kubernetes object are kept as written, as a paste
 * would keep them.
 */
export function prepareFile(input: ImportFile): PreparedFile | { error: ImportError } {
  if (input.encoding) {
    const { line, column, message } = input.encoding;
    return { error: { file: input.name, line, column, message } };
  }
  // Editors on Windows save a byte-order mark: JSON.parse rejects it, and mid-workspace it is noise.
  const file = input.text.startsWith('\uFEFF') ? { name: input.name, text: input.text.slice(1) } : input;
  // Names without an extension come from pastes or stdin; anything else with an extension
  // is probably a wrong file (a .txt, an image) and is refused rather than guessed at.
  const base = file.name.split(/[\\/]/).pop() ?? file.name;
  if (base.includes('.') && !ACCEPTED.test(base)) {
    return {
      error: { file: file.name, line: 1, column: 1, message: 'Only .yaml, .yml and .json files can be imported.' },
    };
  }
  if (/\.json$/i.test(base)) return prepareJson(file);
  const { source, segments } = segmentText(file.name, file.text);
  const firstError = readingErrors(source)[0];
  if (firstError) {
    return {
      error: { file: file.name, line: firstError.line, column: firstError.column, message: firstError.message },
    };
  }

  const docs: PreparedDocument[] = [];
  let changedAny = false;
  let cleaned = 0;
  let ignored = 0;
  for (const seg of segments) {
    const doc = seg.parsed.doc;
    if (isBlankDocument(doc)) continue;
    const fail = (node: Node | null | undefined, message: string) => {
      const pos = positionOf(source.lines, node, seg.start);
      return { error: { file: file.name, ...pos, message } };
    };
    const root = doc.contents;
    if (root == null || (isScalar(root) && root.value === null)) {
      // Empty (`---` alone, `~`) or comments only: comments are kept, an empty document is dropped.
      if (doc.commentBefore || doc.comment || /#/.test(seg.text)) docs.push({ text: seg.text, key: null });
      else changedAny = true;
      continue;
    }
    if (!isMap(root) && !isSeq(root)) {
      // A plain value: the editor ignores it with a note, so Import keeps it as written.
      docs.push({ text: seg.text, key: null });
      ignored++;
      continue;
    }

    let work: Document = doc;
    let changed = false;
    if (root.flow) {
      // JSON pasted into a .yaml file: convert through plain data (JSON has no comments to
      // lose), block YAML reads better.
      let data: unknown;
      try {
        data = doc.toJS({ maxAliasCount: 100 });
      } catch (e) {
        return fail(root, `This document could not be read: ${(e as Error).message}`);
      }
      work = new Document(data);
      // Comments around the JSON (a YAML file may have them) stay with it.
      work.commentBefore = [doc.commentBefore, root.commentBefore].filter(Boolean).join('\n') || null;
      work.comment = doc.comment;
      changed = true;
    }

    const items = unwrap(work);
    if (items.kept) ignored++;
    if (items.docs.length !== 1 || items.docs[0] !== work) changed = true;
    for (const item of items.docs) {
      if (stripClusterNoise(item)) {
        changed = true;
        cleaned++;
      }
      docs.push({ text: changed ? item.toString(YAML_OUT) : seg.text, key: documentKey(item) });
    }
    changedAny ||= changed;
  }
  return changedAny ? { docs, cleaned, ignored } : { docs, cleaned, ignored, unchangedText: file.text };
}

/**
 * A .json file is one JSON value (what `kubectl get -o json` prints), parsed
 * strictly: the YAML parser would quietly accept broken JSON such as `"b": }`.
 */
function prepareJson(file: ImportFile): PreparedFile | { error: ImportError } {
  // Converting the data to a Document recurses: refuse absurd nesting first, where the editor would.
  const deep = findDeepNesting(file.text);
  if (deep !== undefined) {
    const at = new LineIndex(file.text).position(deep);
    return { error: { file: file.name, ...at, message: nestingMessage(at.line, at.column) } };
  }
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (e) {
    return { error: jsonError(file, e as Error) };
  }
  if (data === null || typeof data !== 'object') {
    // A plain value: kept (as YAML), the way the editor would read it.
    return { docs: [{ text: new Document(data).toString(YAML_OUT), key: null }], cleaned: 0, ignored: 1 };
  }
  const items = unwrap(new Document(data));
  let cleaned = 0;
  const docs = items.docs.map((d) => {
    if (stripClusterNoise(d)) cleaned++;
    return { text: d.toString(YAML_OUT), key: documentKey(d) };
  });
  return { docs, cleaned, ignored: items.kept ? 1 : 0 };
}

/** Where and why JSON.parse failed: our own scan gives a position in every browser. */
function jsonError(file: ImportFile, e: Error): ImportError {
  const p = findJsonError(file.text);
  if (p)
    return {
      file: file.name,
      ...new LineIndex(file.text).position(p.offset),
      message: `This is not valid JSON: ${p.message}.`,
    };
  return { file: file.name, line: 1, column: 1, message: `This is not valid JSON: ${e.message}` };
}

/**
 * `kind: PodList` (and any `<Kind>List`, or the generic `List` of `kubectl get a,b`) and
 * top-level arrays become one document per item. Items of a typed list usually lack
 * kind/apiVersion in kubectl's JSON output; they are filled in from the list.
 */
function unwrap(doc: Document): { docs: Document[]; kept?: boolean } {
  const root = doc.contents;
  let seq: unknown;
  let itemKind: string | undefined;
  let apiVersion: string | undefined;
  if (isSeq(root)) {
    seq = root;
  } else {
    const kind = doc.get('kind');
    const items = doc.get('items', true);
    if (typeof kind !== 'string' || !/List$/.test(kind) || !isSeq(items)) return { docs: [doc] };
    seq = items;
    if (kind !== 'List') itemKind = kind.slice(0, -'List'.length);
    const v = doc.get('apiVersion');
    if (typeof v === 'string') apiVersion = v;
  }
  if (!isSeq(seq)) return { docs: [doc] };
  // A list holding something else than objects (a null, a string) is kept whole, as the editor reads it:
  // its objects are still read from it, and nothing of it is dropped.
  if (seq.items.some((item) => !isMap(item))) return { docs: [doc], kept: true };
  const out: Document[] = [];
  seq.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const d = new Document();
    d.contents = item;
    // Fill from the list, at the top so the document reads like a normal manifest.
    if (itemKind && !item.has('kind')) item.items.unshift(d.createPair('kind', itemKind));
    // Only a typed list says what its items are; a generic `List` mixes API groups.
    if (itemKind && apiVersion && !item.has('apiVersion')) item.items.unshift(d.createPair('apiVersion', apiVersion));
    // Comments written above the list (or above its first item) belong to the first object now.
    if (i === 0) {
      const firstKey = isMap(root) ? root.items[0]?.key : null;
      const above = [
        doc.commentBefore,
        isMap(root) ? root.commentBefore : null,
        isScalar(firstKey) ? firstKey.commentBefore : null,
        isSeq(seq) && seq !== root ? seq.commentBefore : null,
        item.commentBefore,
      ];
      const text = above.filter((c): c is string => !!c).join('\n');
      if (text) item.commentBefore = text;
    }
    out.push(d);
  });
  return { docs: out };
}

function positionOf(
  lines: LineIndex,
  node: Node | null | undefined,
  fallback: number,
): { line: number; column: number } {
  const offset = node?.range?.[0] ?? fallback;
  return lines.position(offset);
}
