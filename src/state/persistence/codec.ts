/**
 * Shapes in storage, with tolerant readers: a stored value that does not
 * parse or has the wrong shape yields a StorageCorruptError and is never
 * rewritten here, so the user's data survives for recovery. IndexedDB holds
 * the objects themselves; localStorage (and data migrated from it) holds
 * their JSON text, so readers take either.
 */
import { named } from '../named.ts';
import { StorageCorruptError } from './errors.ts';
import type { StoredBox, WorkspaceData, WorkspaceMeta } from './types.ts';

export const FORMAT_VERSION = 1;

export interface StoredIndex {
  version: number;
  active: string | null;
  workspaces: WorkspaceMeta[];
}

/** A stored workspace with the revision it was saved as (see revisions.ts). */
export interface StoredWorkspace {
  data: WorkspaceData;
  rev: number;
}

/** `rev` is kept beside the data too, so a record read on its own (a rescue, a backup) says what it was based on. */
export function encodeWorkspace(data: WorkspaceData, rev: number): object {
  return { version: FORMAT_VERSION, rev, text: data.text, layout: data.layout, view: data.view };
}

export function encodeIndex(index: StoredIndex): object {
  return { version: index.version, active: index.active, workspaces: index.workspaces };
}

function parseJson(raw: unknown): { value: unknown } | { error: string } {
  if (typeof raw !== 'string') return { value: raw };
  try {
    return { value: JSON.parse(raw) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The stored value as an object (JSON text parsed); undefined when it does not parse. */
export function storedValue(raw: unknown): unknown {
  const parsed = parseJson(raw);
  return 'value' in parsed ? parsed.value : undefined;
}

/** The stored value as text, for "Download the raw data". */
export function rawText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    return String(raw);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function decodeWorkspace(
  raw: unknown,
  key: string,
  label: string,
): { data: WorkspaceData } | StorageCorruptError {
  const damaged = (why: string, cause?: unknown) =>
    new StorageCorruptError(
      `The saved data of workspace "${named(label)}" is damaged and could not be opened (${why}). It was left as it is: you can download the raw data or delete the workspace.`,
      key,
      rawText(raw),
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
  return { data: { text: v.text, layout, view: isObject(v.view) ? v.view : {} } };
}

export function decodeIndex(raw: unknown, key: string): StoredIndex | StorageCorruptError {
  const damaged = (why: string) =>
    new StorageCorruptError(
      `The list of saved workspaces is damaged (${why}). Nothing was deleted; use "Recover workspaces" to rebuild the list from the saved workspaces.`,
      key,
      rawText(raw),
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
