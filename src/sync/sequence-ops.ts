/**
 * Inserting into and reordering a sequence of a document, where order is meaning (the rules of a
 * cluster-scoped policy are evaluated top to bottom). Items move as nodes, so their comments and
 * style go with them. One quirk of `yaml` is handled here: a comment line above the FIRST item of a
 * block sequence is stored on the sequence, not on the item — left there it would stay at the top
 * and end up describing whichever item is first now, so it is handed to the item it was written above.
 */
import { isSeq, type Document, type Node, type YAMLSeq } from 'yaml';
import type { PathKey } from '../model/edits/index.ts';
import { styledNode } from './reconcile.ts';

/** The comment above the first item belongs to that item (see above); a no-op for an empty sequence. */
function pinFirstComment(seq: YAMLSeq): void {
  const first = seq.items[0] as Node | undefined;
  if (!first || !seq.commentBefore) return;
  first.commentBefore = first.commentBefore ? `${seq.commentBefore}\n${first.commentBefore}` : seq.commentBefore;
  seq.commentBefore = undefined;
}

/** Inserts `value` before item `index` of the sequence at `full` (a path in the document). */
export function insertInto(doc: Document, full: PathKey[], index: number, value: unknown): string | undefined {
  const seq = doc.getIn(full, true);
  if (!isSeq(seq)) return `Cannot insert into ${full.join('.')}: it is not a list.`;
  if (!Number.isInteger(index) || index < 0 || index > seq.items.length)
    return `Cannot insert at ${index}: the list has ${seq.items.length} items.`;
  pinFirstComment(seq);
  // In the style of its neighbour (flow or block): the item it goes before, else the last one.
  const neighbour = (seq.items[index] ?? seq.items[seq.items.length - 1]) as Node | undefined;
  seq.items.splice(index, 0, styledNode(doc, value, neighbour));
  return undefined;
}

/** Moves item `from` of the sequence at `full` to index `to`. */
export function moveWithin(doc: Document, full: PathKey[], from: number, to: number): string | undefined {
  const seq = doc.getIn(full, true);
  if (!isSeq(seq)) return `Cannot move an item of ${full.join('.')}: it is not a list.`;
  const n = seq.items.length;
  const valid = (i: number) => Number.isInteger(i) && i >= 0 && i < n;
  if (!valid(from) || !valid(to)) return `Cannot move item ${from} to ${to}: the list has ${n} items.`;
  if (from === to) return undefined;
  pinFirstComment(seq);
  const [item] = seq.items.splice(from, 1);
  seq.items.splice(to, 0, item);
  return undefined;
}
