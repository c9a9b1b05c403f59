/**
 * The smallest single replacement turning `before` into `after` (common prefix
 * and suffix trimmed). Applying changes this way keeps the cursor, the scroll
 * position and one clean undo step in the editor.
 */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

export function minimalReplacement(before: string, after: string): TextReplacement | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
