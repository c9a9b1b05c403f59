/**
 * Lengths of the longest common prefix and suffix of two texts, never
 * overlapping in either: the parts an edit (a keystroke, a paste, a graph
 * gesture) left alone. The incremental parse reuses the documents there; the
 * editor applies only the part in between as its one minimal replacement.
 */
export function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return [p, s];
}
