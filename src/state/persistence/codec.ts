/**
 * JSON shapes in storage, with tolerant readers: a stored value that does not
 * parse or has the wrong shape yields a StorageCorruptError and is never
 * rewritten here, so the user's data survives for recovery.
 */
import { StorageCorruptError } from './errors.ts';
import type { StoredBox, WorkspaceData, WorkspaceMeta } from './types.ts';

export const FORMAT_VERSION = 1;

export interface StoredIndex {
  version: number;
  active: string | null;
  workspaces: WorkspaceMeta[];
}

export function encodeWorkspace(data: WorkspaceData): string {
  return JSON.stringify({ version: FORMAT_VERSION, text: data.text, layout: data.layout, view: data.view });
}

export function encodeIndex(index: StoredIndex): string {
  return JSON.stringify(index);
}

function parseJson(raw: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(raw) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function decodeWorkspace(raw: string, key: string, label: string): WorkspaceData | StorageCorruptError {
  const damaged = (why: string, cause?: unknown) =>
    new StorageCorruptError(
      `The saved data of workspace "${label}" is damaged and could not be opened (${why}). It was left as it is: you can download the raw data or delete the workspace.`,
      key,
      raw,
      cause,
    );
  const parsed = parseJson(raw);
  if ('error' in parsed) return damaged('it is not valid JSON', parsed.error);
  const v = parsed.value;
  if (!isObject(v) || typeof v.text !== 'string') return damaged('the workspace text is missing');
  if (typeof v.version === 'number' && v.version > FORMAT_VERSION) {
    return damaged('it was saved by a newer version of netpol-studio');
  }
  // Layout and view are conveniences: keep what is well-formed rather than refuse the text.
  const layout: Record<string, StoredBox> = {};
  if (isObject(v.layout)) {
    for (const [id, b] of Object.entries(v.layout)) {
      if (!isObject(b) || !Number.isFinite(b.x) || !Number.isFinite(b.y)) continue;
      const box: StoredBox = { x: b.x as number, y: b.y as number };
      if (Number.isFinite(b.width)) box.width = b.width as number;
      if (Number.isFinite(b.height)) box.height = b.height as number;
      Object.defineProperty(layout, id, { value: box, enumerable: true, writable: true, configurable: true });
    }
  }
  return { text: v.text, layout, view: isObject(v.view) ? v.view : {} };
}

export function decodeIndex(raw: string, key: string): StoredIndex | StorageCorruptError {
  const damaged = (why: string) =>
    new StorageCorruptError(
      `The list of saved workspaces is damaged (${why}). Nothing was deleted; use "Recover workspaces" to rebuild the list from the saved workspaces.`,
      key,
      raw,
    );
  const parsed = parseJson(raw);
  if ('error' in parsed) return damaged('it is not valid JSON');
  const v = parsed.value;
  if (!isObject(v) || !Array.isArray(v.workspaces)) return damaged('it has an unexpected shape');
  if (typeof v.version === 'number' && v.version > FORMAT_VERSION)
    return damaged('it was saved by a newer version of netpol-studio');
  const workspaces: WorkspaceMeta[] = [];
  for (const w of v.workspaces) {
    if (!isObject(w) || typeof w.id !== 'string' || typeof w.name !== 'string')
      return damaged('an entry has no id or name');
    workspaces.push({
      id: w.id,
      name: w.name,
      createdAt: Number.isFinite(w.createdAt) ? (w.createdAt as number) : 0,
      updatedAt: Number.isFinite(w.updatedAt) ? (w.updatedAt as number) : 0,
    });
  }
  const active = typeof v.active === 'string' && workspaces.some((w) => w.id === v.active) ? v.active : null;
  return { version: FORMAT_VERSION, active, workspaces };
}
