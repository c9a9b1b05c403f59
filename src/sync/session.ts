/**
 * One edit over one multi-document text: the parsed Documents, which of them
 * an operation touched, and the splice back into the original text.
 *
 * Each document owns a region of the text (from its start — its `---` — to
 * the next document's start). Untouched regions are never re-serialised, so
 * they stay byte-identical; a touched region is re-serialised and merged into
 * the original (merge.ts) so only the edited lines change; removed regions
 * are cut out; new documents are appended after a `---`.
 */
import { Document, isCollection, parseAllDocuments } from 'yaml';
import type { ObjectRef } from '../model/edits/index.ts';
import { DEFAULT_NAMESPACE, isClusterScoped } from '../model/manifests/kinds.ts';
import { controllerOwner, readDocument, type ObjectEntry } from '../model/manifests/objects.ts';
import { parseDocuments } from '../model/manifests/parse-documents.ts';
import type { ParsedSource } from '../model/manifests/source.ts';
import { minimalChanges } from './line-diff.ts';
import { mergeEdit } from './merge.ts';
import { mimicStyle } from './reconcile.ts';
import { detectStyle, toStringOptions, type SourceStyle } from './style.ts';
import type { TextChange } from './text-change.ts';

export interface DocEntry {
  index: number;
  /** Shared with the caller's parse until `touch` replaces it with a private clone. */
  doc: Document.Parsed;
  /** True once `doc` is this session's own copy. */
  owned: boolean;
  /** Region [start, end) of the original text. */
  start: number;
  end: number;
  /** Where the document's content ends in the original text (its `...` marker, if any, comes after). */
  valueEnd: number;
  /** Serialisation before the first change, recorded by `touch`. */
  base?: string;
  style?: SourceStyle;
  removed: boolean;
}

/**
 * An object found in the text by the one reader (model/manifests/objects.ts),
 * with the document it lives in: `path` leads to its map ([] or ['items', i]).
 */
export interface Located extends ObjectEntry {
  entry: DocEntry;
}

export interface SessionResult {
  text: string;
  changes: TextChange[];
  touchedDocs: number[];
}

export class EditSession {
  readonly entries: DocEntry[] = [];
  readonly created: Document[] = [];
  readonly style: SourceStyle;
  private readonly text: string;

  /**
   * `source`: an existing parse of `text` (the store's). Its Documents are
   * only read; `touch` clones one before it is changed, so a graph edit costs
   * the documents it touches, not a parse of the whole workspace.
   */
  constructor(text: string, source?: ParsedSource) {
    this.text = text;
    this.style = detectStyle(text);
    let docs: Document.Parsed[];
    if (source) docs = source.docs.map((d) => d.doc);
    else {
      const parsed = parseAllDocuments(text);
      docs = Array.isArray(parsed) ? parsed : [];
    }
    const owned = !source;
    docs.forEach((doc, index) => {
      const start = index === 0 ? 0 : doc.range[0];
      this.entries.push({ index, doc, owned, start, end: text.length, valueEnd: doc.range[1], removed: false });
    });
    for (let i = 0; i + 1 < this.entries.length; i++) this.entries[i].end = this.entries[i + 1].start;
  }

  private serialise(doc: Document, style: SourceStyle = this.style): string {
    const s = doc.toString(toStringOptions(style));
    return style.eol === '\n' ? s : s.replace(/\n/g, style.eol);
  }

  /** The document's own habits where it shows them (files mix styles), the whole text's otherwise. */
  private styleOf(entry: DocEntry): SourceStyle {
    if (!entry.style) entry.style = detectStyle(this.text.slice(entry.start, entry.end), this.style);
    return entry.style;
  }

  /**
   * JSON documents (`kubectl get -o json`) are written as JSON, the way
   * JSON.stringify lays them out, so an edit stays JSON and kubectl-style files
   * change only where edited. Their leading `#` lines (YAML comments) are kept.
   */
  private jsonIndent(entry: DocEntry): number | undefined {
    const contents = entry.doc.contents;
    if (!isCollection(contents) || !contents.flow) return undefined;
    const region = this.text.slice(entry.start, entry.end);
    const m = /\n([ \t]+)["{[]/.exec(region);
    return m ? m[1].length : 0;
  }

  private render(entry: DocEntry): string {
    const indent = this.jsonIndent(entry);
    if (indent === undefined) return this.serialise(entry.doc, this.styleOf(entry));
    const head = (entry.doc.commentBefore ?? '')
      .split('\n')
      .filter((l, i, all) => l !== '' || i < all.length - 1)
      .map((l) => `#${l}\n`)
      .join('');
    const body = JSON.stringify(entry.doc.toJS({ maxAliasCount: 1000 }), null, indent) + '\n';
    const tail = (entry.doc.comment ?? '')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => `#${l}\n`)
      .join('');
    const text = (entry.doc.commentBefore ? head : '') + body + tail;
    return this.style.eol === '\n' ? text : text.replace(/\n/g, this.style.eol);
  }

  /**
   * Call before changing a document: remembers how it serialised before and
   * makes the document the session's own. Fetch nodes from `entry.doc` after
   * this call: ones fetched before belong to the shared original.
   */
  touch(entry: DocEntry): void {
    if (entry.base === undefined) entry.base = this.render(entry);
    if (!entry.owned) {
      const shared = entry.doc;
      entry.doc = shared.clone() as Document.Parsed;
      // yaml's clone forgets a `...` end marker: the edited document would be written without it, and a
      // next document that starts without `---` would merge into this one (found by test/fuzz).
      entry.doc.directives.docEnd = shared.directives.docEnd;
      entry.owned = true;
    }
  }

  /** Every object of the workspace text (List items included), skipping documents with syntax errors. */
  objects(): Located[] {
    const out: Located[] = [];
    for (const entry of this.entries) {
      if (entry.removed || entry.doc.errors.length > 0) continue;
      for (const o of readDocument(entry.doc, entry.index).objects) {
        // The reader's entries are fresh objects: adding the field is much cheaper than a spread copy.
        const located = o as Located;
        located.entry = entry;
        out.push(located);
      }
    }
    return out;
  }

  /**
   * The object `ref` names: same kind and name, same namespace (a missing one is `default`) unless the
   * kind is cluster-scoped, and same API group when `ref` gives one — so an edit planned on a
   * Kubernetes NetworkPolicy never lands in a Calico one of the same name.
   */
  find(ref: ObjectRef): Located | undefined {
    const namespace = isClusterScoped(ref.kind) ? undefined : ref.namespace || DEFAULT_NAMESPACE;
    return this.objects().find(
      (o) =>
        o.kind === ref.kind &&
        o.name === ref.name &&
        o.namespace === namespace &&
        (ref.group === undefined || o.group === ref.group),
    );
  }

  /**
   * Every object `ref` names: the object itself, else (with `orOwnedPods`) the Pods it controls; with
   * `orOwnedPods` and `replicaSets` (a Deployment drawn with its ReplicaSets folded in), also those
   * ReplicaSets and the Pods they control, in document order.
   */
  findAll(ref: ObjectRef): Located[] {
    const self = this.find(ref);
    if (!ref.orOwnedPods) return self ? [self] : [];
    const folded = new Set(ref.replicaSets);
    if (self && folded.size === 0) return [self];
    const namespace = ref.namespace || DEFAULT_NAMESPACE;
    return this.objects().filter((o) => {
      if (self && o.node === self.node) return true;
      if (o.namespace !== namespace) return false;
      if (o.kind === 'ReplicaSet' && folded.has(o.name ?? '')) return true;
      if (o.kind !== 'Pod') return false;
      // The workspace's rule (objects.ts), so the Pods written are the ones the workload was built from.
      const owner = controllerOwner(o.entry.doc, o.metadata);
      if (owner === undefined) return false;
      if (owner.kind === 'ReplicaSet' && folded.has(owner.name)) return true;
      return !self && owner.kind === ref.kind && owner.name === ref.name;
    });
  }

  /** Removes an object: its whole document, or its item of a List. */
  remove(loc: Located): void {
    if (loc.path.length === 0) {
      loc.entry.removed = true;
      return;
    }
    this.touch(loc.entry);
    loc.entry.doc.deleteIn(loc.path);
  }

  /** Appends a new document; its collections take the flow style of an existing object of the same kind. */
  create(manifest: Record<string, unknown>): void {
    const doc = new Document(manifest);
    const template = this.objects().find((o) => o.kind === manifest.kind);
    if (template) mimicStyle(doc.contents, template.node);
    this.created.push(doc);
  }

  /**
   * Where a removed document's `...` end marker starts, when a next document follows: the marker stays. After
   * `...` a document needs no `---`; without the marker the next one would merge into the previous one.
   */
  private keptEndMarker(e: DocEntry, from: number): number | undefined {
    if (e.index + 1 >= this.entries.length) return undefined;
    // Right after another `...` line (the previous document's), the successor is separated already.
    if (/(^|\n)\.\.\.[ \t]*\r?\n$/.test(this.text.slice(Math.max(0, from - 8), from))) return undefined;
    const tail = this.text.slice(e.valueEnd, e.end);
    const m = /(^|\n)\.\.\.(?=[ \t\r\n#]|$)/.exec(tail);
    return m ? e.valueEnd + m.index + m[1].length : undefined;
  }

  result(): SessionResult {
    const text = this.text;
    const changes: TextChange[] = [];
    const touched: number[] = [];
    for (const e of this.entries) {
      const original = text.slice(e.start, e.end);
      if (e.removed) {
        // Doc 0's region starts at 0: keep what precedes the document itself (a file header comment).
        const from = e.index === 0 ? Math.min(e.doc.range[0], e.end) : e.start;
        changes.push({ offset: from, end: this.keptEndMarker(e, from) ?? e.end, insert: '' });
        touched.push(e.index);
        continue;
      }
      if (e.base === undefined) continue;
      const edited = this.render(e);
      if (edited === e.base) continue;
      const local = bestMerge(original, e.base, edited, e.doc);
      if (local.length === 0) continue;
      for (const c of local) changes.push({ offset: c.offset + e.start, end: c.end + e.start, insert: c.insert });
      touched.push(e.index);
    }
    if (this.created.length) {
      // Appended after a broken document that would read it as part of itself (an unclosed quote runs on past
      // `---`), a new object would not be what the gesture promised. A broken document that `---` still ends (an
      // unclosed `[`) keeps the gesture: only that document is broken. applyOps turns this into a sentence.
      const last = this.entries.filter((e) => !e.removed).at(-1);
      const eol = this.style.eol;
      const hasDocs = this.entries.some((e) => !e.removed && e.doc.contents !== null);
      let insert = '';
      // A text of directives alone (`%YAML 1.2`) needs the `---` that ends them before any content.
      const openDirectives = !hasDocs && /^\uFEFF?%/m.test(text);
      this.created.forEach((doc, k) => {
        const needsMarker = k > 0 || hasDocs || openDirectives;
        if (needsMarker) insert += '---' + eol;
        insert += this.serialise(doc);
        touched.push(this.entries.length + k);
      });
      // Even a text with no document may end in the middle of a line (`\t`, found by test/fuzz): start a new one.
      if (text.length > 0 && !text.endsWith('\n')) insert = eol + insert;
      if (last && last.doc.errors.length > 0 && !standsApart(text.slice(last.start), insert, this.created.length))
        throw new Error(`document ${last.index + 1}, the last one, has a syntax error; fix it first`);
      changes.push({ offset: text.length, end: text.length, insert });
    }
    if (changes.length === 0) return { text, changes: [], touchedDocs: [] };
    const merged = mergeAdjacent(changes);
    let out = '';
    let pos = 0;
    for (const c of merged) {
      out += text.slice(pos, c.offset) + c.insert;
      pos = c.end;
    }
    out += text.slice(pos);
    return { text: out, changes: merged, touchedDocs: touched };
  }
}

/** The merged text must mean exactly what the edited Document means; otherwise fall back to yaml's text. */
function sameContent(text: string, doc: Document): boolean {
  try {
    const again = parseAllDocuments(text);
    const docs = (Array.isArray(again) ? again : []).filter((d) => d.contents !== null || d.errors.length);
    if (docs.length !== 1 || docs[0].errors.length) return false;
    return JSON.stringify(docs[0].toJS({ maxAliasCount: 1000 })) === JSON.stringify(doc.toJS({ maxAliasCount: 1000 }));
  } catch {
    return false;
  }
}

/**
 * Merges the edit onto the original with and without re-indentation and keeps
 * the smaller change that still means what yaml means; as a last resort,
 * yaml's own text for the document (content and comments kept, layout not).
 */
function bestMerge(original: string, base: string, edited: string, doc: Document): TextChange[] {
  let best: TextChange[] | undefined;
  let bestSize = Infinity;
  for (const reindent of [false, true]) {
    const next = mergeEdit(original, base, edited, reindent);
    if (!sameContent(next, doc)) continue;
    const changes = minimalChanges(original, next);
    const size = changes.reduce((n, c) => n + (c.end - c.offset) + c.insert.length, 0);
    if (size < bestSize) {
      best = changes;
      bestSize = size;
    }
  }
  return best ?? minimalChanges(original, edited);
}

function mergeAdjacent(changes: TextChange[]): TextChange[] {
  const sorted = [...changes].sort((a, b) => a.offset - b.offset || a.end - b.end);
  const out: TextChange[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.end >= c.offset) {
      out[out.length - 1] = { offset: last.offset, end: Math.max(last.end, c.end), insert: last.insert + c.insert };
    } else out.push({ ...c });
  }
  return out;
}

/**
 * Whether `insert`, appended to the broken last document `tail`, is read as `count` documents of its own, clean,
 * and leaves the broken document no more broken than it was.
 */
function standsApart(tail: string, insert: string, count: number): boolean {
  const before = parseDocuments(tail);
  const after = parseDocuments(tail + insert);
  if (after.length !== before.length + count) return false;
  const errors = (docs: Document.Parsed[]) => docs.reduce((n, d) => n + d.errors.length, 0);
  return errors(after.slice(0, before.length)) <= errors(before) && errors(after.slice(before.length)) === 0;
}
