/**
 * Validation entry point: checks every NetworkPolicy the workspace reads —
 * the objects the one reader (manifests/objects.ts) finds in whole documents
 * and in items of `kind: List` / `NetworkPolicyList`, of the apiVersions the
 * kinds table (manifests/kinds.ts) accepts — the way the Kubernetes API
 * server would, reporting at exact positions. So a policy that is drawn is
 * validated, and one that is ignored is not.
 * Documents with YAML syntax errors are skipped: their tree is a recovery
 * guess, and the syntax error is already reported by the parser.
 */
import { isMap, isSeq } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { readDocument, type PathKey } from '../manifests/objects.ts';
import { diagnosticAt, type ParsedDocument, type ParsedSource } from '../manifests/source.ts';
import { ALIAS_EXPANSION_LIMIT, aliasCensus, findAliasBomb, mayHaveAliases, unresolvedAliases } from './aliases.ts';
import { say } from './messages.ts';
import { describeNode, isNullNode, Reporter } from './context.ts';
import { validatePolicy } from './policy.ts';
import { validateClusterPolicy } from './cluster-policy.ts';

export { RULES } from './rules.ts';

/** Message prefix of an object inside a document: '' or `items[2].items[0].`. */
function pathPrefix(path: readonly PathKey[]): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const k = path[i];
    out += typeof k === 'number' ? `[${k}]` : `${i > 0 ? '.' : ''}${k}`;
  }
  return out === '' ? '' : `${out}.`;
}

/** Every object of the document the kinds table reads as a NetworkPolicy; `items` of Lists must be lists. */
function validateObjects(r: Reporter, pd: ParsedDocument): void {
  const read = readDocument(pd.doc, pd.index);
  for (const list of read.lists) {
    const items = list.items;
    if (items !== undefined && !isNullNode(items) && !isSeq(items))
      r.error(items, 'wrong-type', say('itemsMustBeList', { path: pathPrefix(list.path), found: describeNode(items) }));
  }
  for (const o of read.objects) {
    if (o.known?.reader === 'networkPolicy') validatePolicy(r, o.node, pathPrefix(o.path));
    else if (o.known?.reader === 'clusterPolicy')
      validateClusterPolicy(r, o.node, o.kind as Parameters<typeof validateClusterPolicy>[2], pathPrefix(o.path));
  }
}

function validateDocument(source: ParsedSource, pd: ParsedDocument): Diagnostic[] {
  // Aliases are written `*name`: a document without a `*` has none, so its alias walk is skipped.
  const aliased = mayHaveAliases(source.file.text, pd.range);
  const nodes = aliased ? aliasCensus(pd.doc).nodes : Infinity; // without aliases validation cannot blow up
  const r = new Reporter(source.file.name, source.lines, pd.doc, pd.range[0], nodes);
  // The parser accepts an alias without its anchor (it only fails when converting to data); kubectl rejects it.
  for (const alias of aliased ? unresolvedAliases(pd.doc) : []) {
    r.error(alias, 'yaml-syntax', say('unknownAlias', { alias: alias.source }));
  }
  const bomb = aliased ? findAliasBomb(pd.doc) : undefined;
  if (bomb) {
    r.error(bomb, 'excessive-aliases', say('aliasBomb', { limit: ALIAS_EXPANSION_LIMIT }));
    return r.diagnostics;
  }
  if (!isMap(r.deref(pd.doc.contents))) return r.diagnostics;
  validateObjects(r, pd);
  return r.diagnostics;
}

/**
 * YAML allows only printable characters (plus tab, CR, LF). The yaml library
 * is lenient and would read a binary file as one long string, so we say what
 * it is. Invalid UTF-8 never gets this far: files are decoded by io/utf8.ts,
 * which refuses it with its byte offset (a U+FFFD in the text is a character
 * someone wrote).
 */
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/** The message of a control character in a file, the same wherever it is found (see io/utf8.ts too). */
export function controlCharacterMessage(code: number): string {
  const u = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `The file contains the control character ${u}; it is not a YAML or JSON text file.`;
}

function checkPrintable(source: ParsedSource): Diagnostic[] {
  const m = NON_PRINTABLE.exec(source.file.text);
  if (!m) return [];
  return [
    diagnosticAt(
      source.file.name,
      source.lines,
      m.index,
      m.index + 1,
      'error',
      'binary-content',
      controlCharacterMessage(m[0].charCodeAt(0)),
    ),
  ];
}

/**
 * A document's diagnostics, kept with the document object: the incremental parse
 * (model/incremental.ts) hands back the very same Document for text that did not
 * change, so after a keystroke only the edited document is validated again. A
 * document that moved (text typed above it) gets its diagnostics moved along:
 * documents start at the start of a line, so only offsets and line numbers change.
 */
const validated = new WeakMap<
  object,
  { file: string; offset: number; line: number; column: number; diagnostics: Diagnostic[] }
>();

function validateCached(source: ParsedSource, pd: ParsedDocument): Diagnostic[] {
  const offset = pd.range[0];
  const { line, column } = source.lines.position(offset);
  const hit = validated.get(pd.doc);
  if (hit && hit.file === source.file.name && hit.column === column) {
    const dOffset = offset - hit.offset;
    const dLine = line - hit.line;
    if (dOffset === 0 && dLine === 0) return hit.diagnostics;
    return hit.diagnostics.map((d) => ({
      ...d,
      offset: d.offset + dOffset,
      endOffset: d.endOffset + dOffset,
      line: d.line + dLine,
      endLine: d.endLine + dLine,
    }));
  }
  const diagnostics = validateDocument(source, pd);
  validated.set(pd.doc, { file: source.file.name, offset, line, column, diagnostics });
  return diagnostics;
}

/** Validation diagnostics for every NetworkPolicy in the sources (not sorted). */
export function validateSources(sources: readonly ParsedSource[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const source of sources) {
    out.push(...checkPrintable(source));
    for (const pd of source.docs) {
      if (pd.doc.errors.length > 0) continue;
      out.push(...validateCached(source, pd));
    }
  }
  return out;
}

/**
 * Findings that mean a file was not (fully) read, rather than that a policy is invalid: the CLI's
 * analyses and Import refuse input with any of them, the app marks the document broken.
 */
export const READING_RULES: ReadonlySet<string> = new Set(['yaml-syntax', 'binary-content', 'excessive-aliases']);

/**
 * The reading errors of one parsed source (its syntax errors, non-printable characters, alias
 * problems), without validating every policy: only documents that have aliases are looked at.
 */
export function readingErrors(source: ParsedSource): Diagnostic[] {
  const out = [...source.diagnostics, ...checkPrintable(source)];
  for (const pd of source.docs) {
    if (pd.doc.errors.length > 0 || !mayHaveAliases(source.file.text, pd.range)) continue;
    out.push(...validateCached(source, pd));
  }
  return out.filter((d) => d.severity === 'error' && READING_RULES.has(d.rule));
}
