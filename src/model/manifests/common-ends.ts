/**
 * Lengths of the longest common prefix and suffix of two texts, never
 * overlapping in either: the parts an edit (a keystroke, a paste, a graph
 * gesture) left alone. The incremental parse reuses the documents there; the
 * editor applies only the part in between as its one minimal replacement.
 */

/**
 * Compared a block at a time first: string equality of two slices runs in native code, about twenty
 * times faster than a loop over char codes (a keystroke in a 566 KB text spent ~4 ms here).
 */
const BLOCK = 1024;

export function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p + BLOCK <= max && a.slice(p, p + BLOCK) === b.slice(p, p + BLOCK)) p += BLOCK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  const la = a.length;
  const lb = b.length;
  let s = 0;
  while (s + BLOCK <= max - p && a.slice(la - s - BLOCK, la - s) === b.slice(lb - s - BLOCK, lb - s)) s += BLOCK;
  while (s < max - p && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) s++;
  return [p, s];
}
