/**
 * Incremental parse of one multi-document text: split at document markers,
 * parse only the documents whose text changed, reuse the rest.
 *
 * Why this is exact: yaml's lexer ends every construct at a `---` line at
 * column 0 (plain, quoted and block scalars check `continueScalar`, flow
 * collections emit FLOW_END there), and the CST parser starts a fresh
 * document at each marker. So a document parses the same alone as inside the
 * whole text, except for the cases handled below:
 *  - `%` directives and `...` end markers carry state between documents or
 *    start documents without `---`: the whole text is parsed as before.
 *  - a broken document (syntax errors) can reach past its marker: a quoted
 *    scalar with no closing quote swallows everything up to the end of the
 *    whole text (yaml scans for the quote with indexOf), and the composer
 *    moves comments and errors around it to its neighbours. Such a chunk is
 *    parsed together with its clean neighbours, widened until the span ends
 *    with a clean document (see `dirty` and `endsOpen`).
 * test/model/incremental.test.ts checks results against full parses.
 *
 * Cached Documents are parsed at offset 0 and shifted in place (every node
 * range, the document range, error positions) to wherever their text now
 * starts. So a ParsedSource returned by `parse` is only valid until the next
 * `parse` call on the same parser: a WorkspaceReader (workspace-reader.ts) keeps one current result per
 * file for its owner, and code that changes Documents (src/sync) clones them first.
 */
import { isCollection, isMap, type Document } from 'yaml';
import { KnownEdits } from './common-ends.ts';
import { ListParser, type ListParseOptions } from './list-parse.ts';
import { documentNoiseCuts, mapOffsets, withoutCuts } from './list-noise.ts';
import { offsetsOf, shift } from './node-offsets.ts';
import { readPlainDocument } from './plain-reader.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { parseDocuments } from './parse-documents.ts';
import { yamlDiagnostics, type ParsedDocument, type ParsedSource, type SourceFile } from './source.ts';
import { LineIndex } from './line-index.ts';

/** A piece of the text that parses on its own: one document, or a tail of several. */
interface Chunk {
  start: number;
  text: string;
  /** A `---` line follows it in the text (every chunk but the last). */
  followed: boolean;
}

interface Parsed {
  text: string;
  /** Where the document's ranges currently point: offset of `text` in the file. */
  base: number;
  docs: Document.Parsed[];
  /** Parsed as followed by a `---` line (see parseChunk). */
  followed: boolean;
  /** The marker after it took something of it (a comment, an error): it parses differently alone. */
  spilled?: boolean;
}

const isBlank = (ch: string | undefined): boolean =>
  ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

/**
 * Offsets where a `---` marker line starts a document (never 0: the first
 * chunk starts at 0 whatever it holds). `undefined` when the text uses
 * directives or `...` markers, which only a full parse handles exactly.
 */
export function documentStarts(text: string): number[] | undefined {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) {
    const c = text.charCodeAt(i);
    if (c === 37 /* % */) return undefined;
    if (
      (c === 45 /* - */ || c === 46) /* . */ &&
      text.startsWith(c === 45 ? '---' : '...', i) &&
      isBlank(text[i + 3])
    ) {
      if (c === 46) return undefined;
      if (i > 0) starts.push(i);
    }
  }
  return starts;
}

/**
 * `documentStarts(text)` from the starts of the text before an edit that kept its first `prefix` and last
 * `suffix` characters (common-ends.ts): only the lines around the edit are looked at, the rest are kept
 * or moved, since whether a line starts a document depends on its first four characters and the one
 * before it. A keystroke in a 566 KB text looked at all of its 20,000 lines.
 */
export function documentStartsAfterEdit(
  before: { starts: readonly number[]; length: number },
  text: string,
  prefix: number,
  suffix: number,
): number[] | undefined {
  const old = before.starts;
  const oldSuffixStart = before.length - suffix;
  const newSuffixStart = text.length - suffix;
  const out: number[] = [];
  let k = 0;
  // Starts whose marker and the newline before it lie in the kept prefix: unchanged.
  while (k < old.length && old[k] + 4 <= prefix) out.push(old[k++]);
  // Line starts from prefix - 3 up to the kept suffix's start: looked at in the new text.
  const from = Math.max(0, prefix - 3);
  // The first line start at or after `from` (-1: none).
  let i = from === 0 ? 0 : text.indexOf('\n', from - 1) + 1 || -1;
  while (i >= 0 && i <= newSuffixStart) {
    const c = text.charCodeAt(i);
    if (c === 37 /* % */) return undefined;
    if ((c === 45 || c === 46) && text.startsWith(c === 45 ? '---' : '...', i) && isBlank(text[i + 3])) {
      if (c === 46) return undefined;
      if (i > 0) out.push(i);
    }
    i = text.indexOf('\n', i) + 1 || -1;
  }
  // Starts whose newline before them lies in the kept suffix: moved by the edit's length.
  const delta = newSuffixStart - oldSuffixStart;
  while (k < old.length && old[k] <= oldSuffixStart) k++;
  for (; k < old.length; k++) out.push(old[k] + delta);
  return out;
}

/**
 * The documents of one piece of the text. A piece that a `---` line follows in the text is parsed with
 * that marker after it: yaml ends some nodes differently at the end of the text than before a marker
 * (a block map whose last line is a comment ends after that line's break at the end of the text, before
 * it before a marker; the mutation fuzz found the two spans of one manifest). The marker's own, empty
 * document is dropped; had it taken a comment or an error of the piece, the piece is `spilled` (dirty).
 */
function parseChunk(text: string, base: number, followed: boolean, readOnly = false): Parsed {
  const fast = readOnly ? parseReadOnly(text, base, followed) : undefined;
  if (fast) return fast;
  const docs = parseDocuments(followed ? `${text}---` : text);
  let spilled = false;
  if (followed) {
    const sentinel = docs.at(-1);
    if (sentinel && sentinel.range[0] >= text.length) {
      docs.pop();
      spilled =
        sentinel.commentBefore != null ||
        sentinel.comment != null ||
        sentinel.errors.length > 0 ||
        sentinel.warnings.length > 0;
    } else spilled = true; // the marker was swallowed (an unclosed quote runs on to the end)
  }
  for (const d of docs) shift(d, base);
  return { text, base, docs, followed, ...(spilled ? { spilled } : {}) };
}

/**
 * parseChunk for read-only use (the worker, the CLI): a document's cluster noise is left unparsed
 * (list-noise.ts, `documentNoiseCuts`: the `status`, `managedFields` and annotations of a many-document
 * dump's Deployments and Pods, most of its text), and what is left is read by the plain reader when it
 * can (plain-reader.ts), by `yaml` when not. Offsets are mapped back to the real text. `undefined` when
 * neither shortcut applies, or the rest does not parse cleanly as one document: then the chunk is parsed
 * whole, so that every problem is seen where the full parse sees it.
 */
function parseReadOnly(text: string, base: number, followed: boolean): Parsed | undefined {
  const cuts = documentNoiseCuts(text);
  const short = cuts.length > 0 ? withoutCuts(text, cuts) : text;
  let doc = readPlainDocument(short);
  if (!doc) {
    if (cuts.length === 0) return undefined;
    const docs = parseDocuments(followed ? `${short}---` : short);
    if (docs.length !== (followed ? 2 : 1)) return undefined;
    const sentinel = docs[1];
    const clean = (d: Document.Parsed) => d.errors.length === 0 && d.warnings.length === 0;
    if (!clean(docs[0]) || !isMap(docs[0].contents)) return undefined;
    if (sentinel && (sentinel.range[0] < short.length || !clean(sentinel) || sentinel.commentBefore != null))
      return undefined;
    doc = docs[0];
  }
  if (cuts.length > 0) {
    mapOffsets(offsetsOf(doc), cuts);
    // Its last lines were cut (a `status` last in it): it runs to the end of its text, as in the whole parse.
    const contents = doc.contents?.range;
    if (cuts[cuts.length - 1][1] === text.length && contents) {
      doc.range[1] = doc.range[2] = text.length;
      contents[1] = contents[2] = text.length;
    }
  }
  shift(doc, base);
  return { text, base, docs: [doc], followed };
}

/**
 * A chunk whose parse may differ inside the whole text: it has no document
 * (its comments belong to the next one), ends with a comment yaml hands to
 * the next document, or has syntax errors. A broken
 * document can reach past its markers: an unclosed quote runs on to the end
 * of the whole text (yaml scans for the quote with indexOf), and yaml's
 * composer hands comments and errors around a broken document to its
 * neighbours.
 */
const dirty = (p: Parsed): boolean =>
  p.spilled === true ||
  p.docs.length === 0 ||
  p.docs.some((d) => d.errors.length > 0) ||
  leaksComment(p.docs[p.docs.length - 1]);
/**
 * yaml gives a comment after a blank line at the end of a document whose body is a scalar or a flow
 * collection to the next document (its commentBefore), though alone it is the document's own comment.
 */
const leaksComment = (d: Document.Parsed): boolean =>
  d.comment != null && !(isCollection(d.contents) && !d.contents.flow);
/** The span's last document is broken (an unclosed quote ran to its end): it must be widened. */
const endsOpen = (p: Parsed): boolean => p.docs.length === 0 || p.docs[p.docs.length - 1].errors.length > 0;

/** The last text parsed and its clean one-chunk parses, by where they start in it. */
interface Previous {
  text: string;
  /** Its documentStarts (undefined: it was parsed whole). */
  starts: number[] | undefined;
  solo: Parsed[];
  lines: LineIndex;
}

export class IncrementalParser {
  private prev: Previous | undefined;
  private readonly lists: ListParser;
  /** Parses run by the last `parse` call and reused ones; for tests and benchmarks. */
  stats = { parsed: 0, reused: 0 };

  /** Read-only use (ListParseOptions.dropClusterNoise): cluster noise unparsed, plain documents read fast. */
  private readonly readOnly: boolean;

  /** Edits its caller knows of (`tellEdit`), and its last comparison of two texts. */
  private readonly edits = new KnownEdits();

  constructor(options: ListParseOptions = {}) {
    this.lists = new ListParser(options, this.edits);
    this.readOnly = options.dropClusterNoise === true;
  }

  /**
   * `after` is `before` with [start, end) of it replaced, as the analysis worker knows of each keystroke: the
   * next `parse` need not compare the two texts to find the edit again.
   */
  tellEdit(before: string, after: string, start: number, end: number): void {
    this.edits.tell(before, after, start, end);
  }

  parse(file: SourceFile): ParsedSource {
    const { text } = file;
    const prev = this.prev;
    // What the edit left alone at both ends: the line index, the document starts and the reuse of documents start from it.
    const ends = prev ? this.edits.commonEnds(prev.text, text) : undefined;
    const starts =
      prev?.starts && ends
        ? documentStartsAfterEdit({ starts: prev.starts, length: prev.text.length }, text, ends[0], ends[1])
        : documentStarts(text);
    const lines =
      prev && ends
        ? LineIndex.edited(prev.lines, text, ends[0], prev.text.length - ends[1], text.length - ends[1])
        : new LineIndex(text);
    this.stats = { parsed: 0, reused: 0 };
    const pieces: Parsed[] = [];
    const keep: Parsed[] = [];
    if (!starts) {
      pieces.push(parseChunk(text, 0, false));
      this.stats.parsed++;
    } else {
      const chunks: Chunk[] = [];
      const bounds = [0, ...starts, text.length];
      for (let i = 0; i + 1 < bounds.length; i++)
        chunks.push({ start: bounds[i], text: text.slice(bounds[i], bounds[i + 1]), followed: i + 2 < bounds.length });
      const reuse = this.reuser(text, chunks, ends);
      // Reused documents first: a List's new items may take nodes only from documents no longer in use.
      const reused = chunks.map(reuse);
      const live = new Set(reused.flatMap((p) => p?.docs ?? []));
      const solo = chunks.map((c, i) => reused[i] ?? this.fresh(c, live));
      for (const p of solo) if (!dirty(p)) keep.push(p);
      const n = chunks.length;
      // A span must end after a clean document that is not followed by a dirty one.
      const extend = (j: number): number => {
        while (j < n && (dirty(solo[j - 1]) || dirty(solo[j]))) j++;
        return j;
      };
      for (let i = 0; i < n;) {
        if (!dirty(solo[i]) && !(i + 1 < n && dirty(solo[i + 1]))) {
          pieces.push(solo[i++]);
          continue;
        }
        // Broken documents are parsed together with their clean neighbours (which can receive their
        // comments and errors), widening while the span's own last document ends up broken.
        let j = extend(i + 1);
        // A span of one chunk is that chunk's own parse (a broken List alone in its file: parsing 22 MB twice).
        let unit = j === i + 1 ? solo[i] : this.span(text, chunks, i, j);
        while (j < n && endsOpen(unit)) {
          j = extend(Math.min(n, j + (j - i)));
          unit = this.span(text, chunks, i, j);
        }
        pieces.push(unit);
        i = j;
      }
    }
    this.prev = { text, starts, solo: keep, lines };
    this.lists.retain(new Set(pieces.flatMap((p) => p.docs)));
    return assemble(file, lines, pieces);
  }

  /**
   * Finds the previous parse of a chunk, if any, shifted to where the chunk is now. A chunk before the
   * edited region is where it was; one after it moved by the edit's length: both are found by their old
   * offset, no text compared or hashed (a 566 KB text has 1,200 chunks, and hashing them all was most of
   * a keystroke's parse). Only when the edit spans several chunks (a paste, an undone deletion, moved
   * documents) are the others looked up by their text.
   */
  private reuser(text: string, chunks: Chunk[], ends: [number, number] | undefined): (c: Chunk) => Parsed | undefined {
    const prev = this.prev;
    if (!prev || !ends) return () => undefined;
    const [p, s] = ends;
    const delta = text.length - prev.text.length;
    const suffixStart = text.length - s;
    const byBase = new Map<number, Parsed>();
    for (const x of prev.solo) byBase.set(x.base, x);
    const used = new Set<Parsed>();
    // A marker line (`---` and a blank) decides a chunk boundary: keep that much clear of the edit.
    const MARGIN = 4;
    const same = p === text.length && p === prev.text.length;
    const before = (c: Chunk) => same || c.start + c.text.length + MARGIN <= p;
    const after = (c: Chunk) => c.start - 1 >= suffixStart;
    const inEdit = (c: Chunk) => !before(c) && !after(c);
    let byText: Map<string, Parsed[]> | undefined;
    const several = chunks.filter(inEdit).length > 1;
    const take = (x: Parsed | undefined, c: Chunk): Parsed | undefined => {
      if (!x || used.has(x) || x.text.length !== c.text.length || x.followed !== c.followed) return undefined;
      used.add(x);
      for (const d of x.docs) shift(d, c.start - x.base);
      x.base = c.start;
      this.stats.reused++;
      return x;
    };
    return (c) => {
      if (before(c)) return take(byBase.get(c.start), c);
      if (after(c)) return take(byBase.get(c.start - delta), c);
      if (!several) return undefined; // the one edited document: its text is new
      if (!byText) {
        byText = new Map();
        for (const x of prev.solo) {
          const list = byText.get(x.text);
          if (list) list.push(x);
          else byText.set(x.text, [x]);
        }
      }
      const list = byText.get(c.text) ?? [];
      // Prefer one already at this offset: identical neighbours keep their objects.
      return take(list.find((x) => !used.has(x) && x.base === c.start) ?? list.find((x) => !used.has(x)), c);
    };
  }

  /** Chunks [i, j) parsed as one piece (never cached: they hold broken documents). */
  private span(text: string, chunks: Chunk[], i: number, j: number): Parsed {
    this.stats.parsed++;
    const end = j < chunks.length ? chunks[j].start : text.length;
    return parseChunk(text.slice(chunks[i].start, end), chunks[i].start, j < chunks.length);
  }

  private fresh(c: Chunk, live: ReadonlySet<Document.Parsed>): Parsed {
    this.stats.parsed++;
    // A big List (kubectl get … -o yaml) is parsed item by item, reusing the items that did not change.
    const list = this.lists.parse(c.text, c.start, live);
    if (list) return { text: c.text, base: c.start, docs: [list], followed: c.followed };
    return parseChunk(c.text, c.start, c.followed, this.readOnly);
  }
}

function assemble(file: SourceFile, lines: LineIndex, pieces: Parsed[]): ParsedSource {
  const docs: ParsedDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const p of pieces) {
    for (const doc of p.docs) {
      const range: [number, number] = [doc.range?.[0] ?? 0, doc.range?.[2] ?? file.text.length];
      diagnostics.push(...yamlDiagnostics(file.name, lines, doc));
      docs.push({ file: file.name, index: docs.length, doc, range });
    }
  }
  return { file, docs, lines, diagnostics };
}
