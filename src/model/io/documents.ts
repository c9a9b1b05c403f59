/**
 * Document-level view of a multi-document YAML text, shared by import, merge,
 * export and template insertion.
 *
 * We cut the text into per-document *segments* (exact slices, in order, whose
 * concatenation is the whole text) so that anything we do not touch stays
 * byte-identical: comments, key order and formatting of the user's other
 * documents must survive an import or an insert (DESIGN.md §2).
 */
import type { Document } from 'yaml';
import { DEFAULT_NAMESPACE, isClusterScoped, kindInfo, objectGroup } from '../manifests/kinds.ts';
import { parseSource, type ParsedDocument, type ParsedSource } from '../manifests/source.ts';

export interface Segment {
  /** Exact slice of the text: from this document's start (its `---` marker when present) to the next one's. */
  text: string;
  start: number;
  end: number;
  parsed: ParsedDocument;
  /** True when the yaml library reported an error inside this document. */
  hasErrors: boolean;
}

export function segmentText(name: string, text: string): { source: ParsedSource; segments: Segment[] } {
  const source = parseSource({ name, text });
  const docs = source.docs;
  const segments: Segment[] = docs.map((parsed, i) => {
    // The first segment also owns whatever precedes the first document (a file header comment).
    const start = i === 0 ? 0 : parsed.range[0];
    const end = i + 1 < docs.length ? docs[i + 1].range[0] : text.length;
    return { text: text.slice(start, end), start, end, parsed, hasErrors: parsed.doc.errors.length > 0 };
  });
  return { source, segments };
}

/** A document with neither content nor comments (e.g. a trailing `---`). */
export function isBlankDocument(doc: Document): boolean {
  return doc.contents == null && !doc.commentBefore && !doc.comment;
}

/**
 * Identity of a Kubernetes object for "same object" decisions (merge replaces,
 * export de-duplicates): API group (not version: v1beta1 and v1 are the same
 * object), kind, namespace, name — the identity edits use too. Group and
 * scope come from the kinds table (manifests/kinds.ts): extensions/v1beta1
 * and a missing apiVersion are networking.k8s.io for a NetworkPolicy, and
 * namespaced objects without a namespace live in `default`, as kubectl would
 * put them.
 */
export function objectKey(value: unknown): string | null {
  if (!isRecord(value)) return null;
  const kind = value.kind;
  const meta = value.metadata;
  if (typeof kind !== 'string' || !isRecord(meta) || typeof meta.name !== 'string') return null;
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : undefined;
  const group = objectGroup(apiVersion, kindInfo(kind, apiVersion));
  const ns = isClusterScoped(kind)
    ? ''
    : typeof meta.namespace === 'string' && meta.namespace
      ? meta.namespace
      : DEFAULT_NAMESPACE;
  return `${group}|${kind}|${ns}|${meta.name}`;
}

/** The key of a parsed document, read from its nodes without converting the whole tree. */
export function documentKey(doc: Document): string | null {
  const meta = doc.getIn(['metadata']);
  if (meta == null) return null;
  return objectKey({
    apiVersion: doc.get('apiVersion'),
    kind: doc.get('kind'),
    metadata: { name: doc.getIn(['metadata', 'name']), namespace: doc.getIn(['metadata', 'namespace']) },
  });
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Concatenates document texts into one multi-document text. A `---` is added
 * only where one is needed, so joining the segments of a text gives back the
 * exact text (segments after the first already start with their marker).
 */
export function joinDocuments(pieces: readonly string[]): string {
  const out: string[] = [];
  // Only the last non-blank piece decides about the separator: looking at the whole
  // output each time would make joining thousands of documents quadratic.
  let last = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    if (out.length > 0 && !out[out.length - 1].endsWith('\n')) out.push('\n');
    if (last !== '' && needsSeparator(last, piece)) out.push('---\n');
    out.push(piece);
    if (piece.trim() !== '') last = piece;
  }
  return out.join('');
}

function needsSeparator(before: string, piece: string): boolean {
  // The piece opens its own document (marker or directive).
  if (/^(---|%)/.test(piece)) return false;
  // `before` ends with a bare `---` (an empty document waiting for content) or a `...` end
  // marker, after which YAML lets a new document start without a marker.
  const trimmed = before.trimEnd();
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  return !/^(---|\.\.\.)[ \t]*(#.*)?$/.test(lastLine);
}
