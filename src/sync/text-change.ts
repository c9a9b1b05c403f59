/**
 * Text splices: what `sync/` hands to the editor. A change replaces
 * `[offset, end)` of the ORIGINAL text with `insert`; a list of changes is
 * sorted, non-overlapping and expressed in original-text offsets, which is
 * exactly what Monaco's `pushEditOperations` expects for one undoable edit.
 */
export interface TextChange {
  offset: number;
  end: number;
  insert: string;
}

/** Applies sorted, non-overlapping changes (all in `text`'s offsets). */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  if (changes.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const c of changes) {
    out += text.slice(pos, c.offset) + c.insert;
    pos = c.end;
  }
  return out + text.slice(pos);
}

/**
 * The changes that undo `changes`: expressed in offsets of the NEW text, each
 * restoring the original slice. This is the undo of a graph gesture — exact by
 * construction, including comments and formatting a semantic inverse could not
 * reproduce (e.g. a deleted policy with its comments).
 */
export function invertChanges(original: string, changes: readonly TextChange[]): TextChange[] {
  const inverse: TextChange[] = [];
  let shift = 0;
  for (const c of changes) {
    const start = c.offset + shift;
    inverse.push({ offset: start, end: start + c.insert.length, insert: original.slice(c.offset, c.end) });
    shift += c.insert.length - (c.end - c.offset);
  }
  return inverse;
}
