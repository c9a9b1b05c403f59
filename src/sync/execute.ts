/**
 * Executes manifest operations on the session's Documents, in place:
 * `set` reconciles (reconcile.ts), `append` pushes onto a sequence in the
 * style of its last item, `insert` and `move` place items where order
 * matters (sequence-ops.ts), `remove` deletes exactly one key or item.
 */
import { isCollection, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { ManifestOp, PathKey } from '../model/edits/index.ts';
import { podLabelsPath, podTemplatePath } from '../model/edits/manifest.ts';
import { reconcile, styledNode } from './reconcile.ts';
import { insertInto, moveWithin } from './sequence-ops.ts';
import type { EditSession, Located } from './session.ts';

export function executeOps(session: EditSession, ops: readonly ManifestOp[]): { error: string } | undefined {
  for (const op of ops) {
    const err = executeOp(session, op);
    if (err) return { error: err };
  }
  return undefined;
}

function describe(ref: { group?: string; kind: string; namespace?: string; name: string }): string {
  const kind = ref.group ? `${ref.kind}.${ref.group}` : ref.kind;
  return `${kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}

function executeOp(session: EditSession, op: ManifestOp): string | undefined {
  if (op.op === 'create') {
    session.create(op.manifest);
    return undefined;
  }
  if (op.op === 'moveNamespaceObjects') {
    // The reader leaves `namespace` undefined on cluster-scoped objects, and `default` where it is missing.
    for (const loc of session.objects()) {
      if (loc.namespace !== op.from) continue;
      const err = setAt(session, loc, ['metadata', 'namespace'], op.to, false);
      if (err) return err;
    }
    return undefined;
  }
  if (op.op === 'deleteNamespaceObjects') {
    // Highest List index first, so earlier indices stay valid while deleting.
    const doomed = session
      .objects()
      .filter((loc) => loc.namespace === op.namespace)
      .reverse();
    for (const loc of doomed) session.remove(loc);
    return undefined;
  }
  const locs = session.findAll(op.target);
  if (locs.length === 0) return `${describe(op.target)} is not in the text.`;
  // Reverse document order: removing a List item never shifts the ones still to visit.
  for (const loc of [...locs].reverse()) {
    const err = executeOn(session, loc, op);
    if (err) return err;
  }
  return undefined;
}

type TargetedOp = Exclude<ManifestOp, { op: 'create' | 'moveNamespaceObjects' | 'deleteNamespaceObjects' }>;

/** Paths of pod-template ops start at the Pod itself or at the template of a workload. */
function basePath(loc: Located, op: TargetedOp): PathKey[] {
  const inTemplate = (op.op === 'set' || op.op === 'remove') && op.inPodTemplate;
  return inTemplate && loc.kind !== 'Pod' ? podTemplatePath(loc.kind) : [];
}

function executeOn(session: EditSession, loc: Located, op: TargetedOp): string | undefined {
  switch (op.op) {
    case 'delete':
      session.remove(loc);
      return undefined;
    case 'set':
      return setAt(session, loc, [...basePath(loc, op), ...op.path], op.value, op.ifPresent ?? false);
    case 'append':
      return appendAt(session, loc, op.path, op.value);
    case 'insert':
      return insertAt(session, loc, op.path, op.index, op.value);
    case 'move':
      session.touch(loc.entry); // before fetching nodes: touch may swap in a private clone
      return moveWithin(loc.entry.doc, [...loc.path, ...op.path], op.from, op.to);
    case 'remove': {
      const full = [...loc.path, ...basePath(loc, op), ...op.path];
      if (!loc.entry.doc.hasIn(full)) return undefined;
      session.touch(loc.entry);
      loc.entry.doc.deleteIn(full);
      return undefined;
    }
    case 'alignWorkloadSelector':
      if (loc.kind !== 'Pod') alignSelector(session, loc);
      return undefined;
  }
}

/** Makes sure every collection on the way to `path` exists (a `key:` with no value becomes a map). */
function ensureParents(doc: Document, path: PathKey[]): string | undefined {
  for (let i = 1; i < path.length; i++) {
    const prefix = path.slice(0, i);
    const node = doc.getIn(prefix, true) as Node | undefined;
    if (isCollection(node)) continue;
    if (node === undefined || (isScalar(node) && node.value === null)) {
      doc.setIn(prefix, doc.createNode(typeof path[i] === 'number' ? [] : {}));
      continue;
    }
    return `Cannot write ${path.join('.')}: ${prefix.join('.')} is not a map or list.`;
  }
  return undefined;
}

function setAt(
  session: EditSession,
  loc: Located,
  path: PathKey[],
  value: unknown,
  ifPresent: boolean,
): string | undefined {
  const full = [...loc.path, ...path];
  if (ifPresent && loc.entry.doc.getIn(full, true) === undefined) return undefined;
  session.touch(loc.entry); // before fetching nodes: touch may swap in a private clone
  const doc = loc.entry.doc;
  const existing = doc.getIn(full, true) as Node | undefined;
  if (existing !== undefined) {
    const replacement = reconcile(doc, existing, value);
    if (replacement) doc.setIn(full, replacement);
    return undefined;
  }
  const err = ensureParents(doc, full);
  if (err) return err;
  doc.setIn(full, styledNode(doc, value, undefined));
  return undefined;
}

function appendAt(session: EditSession, loc: Located, path: PathKey[], value: unknown): string | undefined {
  session.touch(loc.entry); // before fetching nodes: touch may swap in a private clone
  const doc = loc.entry.doc;
  const full = [...loc.path, ...path];
  const existing = doc.getIn(full, true) as Node | undefined;
  if (isSeq(existing)) {
    const last = existing.items[existing.items.length - 1] as Node | undefined;
    existing.items.push(styledNode(doc, value, last));
    return undefined;
  }
  if (existing !== undefined && !(isScalar(existing) && existing.value === null))
    return `Cannot append to ${path.join('.')}: it is not a list.`;
  const err = ensureParents(doc, full);
  if (err) return err;
  doc.setIn(full, styledNode(doc, [value], undefined));
  return undefined;
}

/** Like `appendAt` at a given index; inserting at 0 into a missing (or null) list creates it. */
function insertAt(
  session: EditSession,
  loc: Located,
  path: PathKey[],
  index: number,
  value: unknown,
): string | undefined {
  const existing = loc.entry.doc.getIn([...loc.path, ...path], true);
  if (index === 0 && (existing === undefined || (isScalar(existing) && existing.value === null)))
    return appendAt(session, loc, path, value);
  session.touch(loc.entry); // before fetching nodes: touch may swap in a private clone
  return insertInto(loc.entry.doc, [...loc.path, ...path], index, value);
}

/** spec.selector.matchLabels must stay a subset of the pod-template labels, or the workload is invalid. */
function alignSelector(session: EditSession, loc: Located): void {
  const read = loc.entry.doc;
  const labelsNode = read.getIn([...loc.path, ...podLabelsPath(loc.kind)], true);
  const selNode = read.getIn([...loc.path, 'spec', 'selector', 'matchLabels'], true);
  if (!isMap(selNode)) return;
  const labels = (isMap(labelsNode) ? labelsNode.toJSON() : {}) as Record<string, unknown>;
  const sel = selNode.toJSON() as Record<string, unknown>;
  if (Object.keys(sel).every((k) => k in labels && String(labels[k]) === String(sel[k]))) return;
  const kept: Record<string, unknown> = {};
  for (const k of Object.keys(sel)) if (k in labels) kept[k] = labels[k];
  const next = Object.keys(kept).length ? kept : labels;
  session.touch(loc.entry); // may swap in a private clone: fetch the node to change again
  const doc = loc.entry.doc;
  const target = doc.getIn([...loc.path, 'spec', 'selector', 'matchLabels'], true) as Node;
  const replacement = reconcile(doc, target, next);
  if (replacement) doc.setIn([...loc.path, 'spec', 'selector', 'matchLabels'], replacement);
}
