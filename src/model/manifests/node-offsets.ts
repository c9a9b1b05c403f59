/**
 * Moving a parsed Document's source offsets (its range, error and warning
 * positions, each node's range) in place: the incremental parse
 * (incremental.ts) and the List item parse (list-parse.ts) parse a piece of
 * text on its own, at offset 0, and then point its offsets at where the
 * piece sits in the file.
 */
import { isNode, isPair, type Document } from 'yaml';

/**
 * Every offset array of a parsed document, collected once: documents after the cursor move on every
 * keystroke, and walking their node trees each time was most of an incremental parse (~9 ms on 1,200
 * documents).
 */
const offsetArrays = new WeakMap<Document.Parsed, number[][]>();
export function offsetsOf(doc: Document.Parsed): number[][] {
  let out = offsetArrays.get(doc);
  if (out) return out;
  out = [];
  if (doc.range) out.push(doc.range);
  for (const e of doc.errors) if (e.pos) out.push(e.pos);
  for (const w of doc.warnings) if (w.pos) out.push(w.pos);
  collectRanges(doc.contents, out);
  offsetArrays.set(doc, out);
  return out;
}

/** The range arrays of a node and every node below it, appended to `out`. */
export function collectRanges(root: unknown, out: number[][]): number[][] {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as { range?: number[]; items?: unknown[]; key?: unknown; value?: unknown } | null;
    if (!n || typeof n !== 'object') continue;
    if (isNode(n) && n.range) out.push(n.range);
    const items = n.items;
    if (items) for (let i = 0; i < items.length; i++) stack.push(items[i]);
    else if (isPair(n)) stack.push(n.key, n.value);
  }
  return out;
}

/** Adds `delta` to every offset of the arrays. */
export function moveOffsets(arrays: number[][], delta: number): void {
  if (delta === 0) return;
  for (let i = 0; i < arrays.length; i++) {
    const r = arrays[i];
    for (let j = 0; j < r.length; j++) r[j] += delta;
  }
}

/** Moves every offset of a parsed document by `delta`. */
export function shift(doc: Document.Parsed, delta: number): void {
  if (delta !== 0) moveOffsets(offsetsOf(doc), delta);
}
