/**
 * Revisions of a workspace, and the decisions built on them. Every stored
 * workspace carries a revision that grows by one per save; a save names the
 * revision it was based on and is refused when the stored one moved on, so a
 * tab can never overwrite a save it has not seen. Pure functions: the storage
 * code and the tabs apply them, the unit tests check them in Node.
 */
import type { WorkspaceData } from './types.ts';

export type SaveCheck = { kind: 'write'; rev: number } | { kind: 'conflict'; stored: number } | { kind: 'missing' };

/** Whether a save based on `base` may replace what is stored (revision `stored`, undefined: nothing stored). */
export function checkSave(stored: number | undefined, base: number): SaveCheck {
  if (stored === undefined) return { kind: 'missing' };
  if (stored !== base) return { kind: 'conflict', stored };
  return { kind: 'write', rev: base + 1 };
}

export type RemoteSaveReaction = 'ignore' | 'reload' | 'conflict';

/**
 * Another tab saved revision `remote` of the workspace open here. Nothing
 * unsaved here: show theirs. Unsaved edits here: they would be based on an old
 * revision, so the person chooses (never a silent overwrite either way).
 */
export function reactToRemoteSave(local: { rev: number; dirty: boolean }, remote: number): RemoteSaveReaction {
  if (remote <= local.rev) return 'ignore';
  return local.dirty ? 'conflict' : 'reload';
}

export type RescueAction = 'drop' | 'apply' | 'copy';

/**
 * Edits written in a hurry as a tab closed (its last save may not have
 * finished). Already stored: drop the rescue. Based on what is stored: apply
 * it as a normal save. Anything else (the workspace moved on or is gone):
 * keep it as a copy, so neither side is lost.
 */
export function rescueAction(
  rescue: { base: number; data: WorkspaceData },
  current: { rev: number; data: WorkspaceData } | null,
): RescueAction {
  if (current && sameData(rescue.data, current.data)) return 'drop';
  if (current && rescue.base === current.rev) return 'apply';
  return 'copy';
}

export function sameData(a: WorkspaceData, b: WorkspaceData): boolean {
  return a.text === b.text && sameLayout(a.layout, b.layout) && sameJson(a.view, b.view);
}

/**
 * The same boxes for the same node ids, in any order. Compared field by field: writing both layouts out
 * as JSON (as `view` still is) cost ~120 ms per autosave at 7,750 boxes, on the main thread.
 */
export function sameLayout(a: WorkspaceData['layout'], b: WorkspaceData['layout']): boolean {
  if (a === b) return true;
  let count = 0;
  for (const id in a) {
    count++;
    const x = a[id];
    const y = Object.hasOwn(b, id) ? b[id] : undefined;
    if (!y || x.x !== y.x || x.y !== y.y || x.width !== y.width || x.height !== y.height) return false;
  }
  return count === Object.keys(b).length;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/**
 * When a debounced save fires: `delayMs` after the last edit, but never later
 * than `maxWaitMs` after the first unsaved one, so continuous typing is saved
 * about once a second and a crash loses at most that.
 */
/**
 * The waits for a text of `chars` characters. Each save clones the whole text on the page's main thread
 * (IndexedDB's put: ~300 ms for a 22 MB kubectl List, traced), so above a mebibyte the waits grow with the
 * size, up to 2 s after the last edit and 10 s after the first unsaved one: typing in a huge dump is not
 * stopped by a save after every pause. Closing or hiding the page still writes at once (flush).
 */
export function waitsFor(chars: number, delayMs: number, maxWaitMs: number): { delayMs: number; maxWaitMs: number } {
  const mib = chars / 1_048_576;
  if (mib <= 1) return { delayMs, maxWaitMs };
  return {
    delayMs: Math.min(Math.max(delayMs, 2000), delayMs * mib),
    maxWaitMs: Math.min(Math.max(maxWaitMs, 10_000), maxWaitMs * mib),
  };
}

export function saveDelay(now: number, firstUnsavedAt: number, delayMs: number, maxWaitMs: number): number {
  return Math.max(0, Math.min(delayMs, firstUnsavedAt + maxWaitMs - now));
}
