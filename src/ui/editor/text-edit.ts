/**
 * The smallest single replacement turning `before` into `after` (common prefix
 * and suffix trimmed). Applying changes this way keeps the cursor, the scroll
 * position and one clean undo step in the editor.
 */
import { commonEnds } from '../../model/manifests/common-ends.ts';

export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

export function minimalReplacement(before: string, after: string): TextReplacement | null {
  if (before === after) return null;
  const [start, tail] = commonEnds(before, after);
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
