/**
 * Several named workspaces in a Storage (localStorage in the app):
 *   `<prefix>:index`     the list (ids, names, times) and the active id
 *   `<prefix>:ws:<id>`   one workspace: text, layout, view settings
 * Data is written before the index that points at it, so a failed write never
 * leaves the list naming something that is not there. Nothing here deletes or
 * overwrites data it could not read.
 */
import {
  decodeIndex,
  decodeWorkspace,
  encodeIndex,
  encodeWorkspace,
  FORMAT_VERSION,
  type StoredIndex,
} from './codec.ts';
import {
  fail,
  isQuotaError,
  ok,
  PersistenceError,
  StorageCorruptError,
  StorageQuotaError,
  type Result,
} from './errors.ts';
import type { StorageLike } from './storage.ts';
import type { WorkspaceData, WorkspaceMeta } from './types.ts';

export interface RepositoryOptions {
  /** Key prefix; lets tests and several app instances share one Storage. */
  prefix?: string;
  now?: () => number;
  newId?: () => string;
}

const EMPTY_DATA: WorkspaceData = { text: '', layout: {}, view: {} };
const MAX_NAME = 100;

export class WorkspaceRepository {
  private readonly storage: StorageLike;
  private readonly prefix: string;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(storage: StorageLike, options: RepositoryOptions = {}) {
    this.storage = storage;
    this.prefix = options.prefix ?? 'netpol-studio';
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomId;
  }

  private get indexKey(): string {
    return `${this.prefix}:index`;
  }

  private dataKey(id: string): string {
    return `${this.prefix}:ws:${id}`;
  }

  /** Saved workspaces in creation order. A first run (no index yet) is an empty list. */
  list(): Result<WorkspaceMeta[]> {
    const index = this.readIndex();
    return index.ok ? ok(index.value.workspaces.map((w) => ({ ...w }))) : index;
  }

  getActive(): Result<string | null> {
    const index = this.readIndex();
    return index.ok ? ok(index.value.active) : index;
  }

  setActive(id: string): Result<void> {
    return this.updateIndex((index) => {
      if (!index.workspaces.some((w) => w.id === id)) return notFound(id);
      index.active = id;
      return ok(undefined);
    });
  }

  /** Creates a workspace (empty unless data is given) and makes it active. */
  create(name?: string, data: WorkspaceData = EMPTY_DATA): Result<WorkspaceMeta> {
    const index = this.readIndex();
    if (!index.ok) return index;
    const wanted = name === undefined ? 'Untitled workspace' : name.trim();
    const invalid = checkName(wanted);
    if (invalid) return fail(invalid);
    const finalName = uniqueName(wanted, index.value.workspaces);
    const id = this.newId();
    const t = this.now();
    const meta: WorkspaceMeta = { id, name: finalName, createdAt: t, updatedAt: t };
    const encoded = encode(data);
    if (!encoded.ok) return encoded;
    const written = this.write(this.dataKey(id), encoded.value, quoted(finalName));
    if (!written.ok) return written;
    const saved = this.writeIndex(
      { ...index.value, active: id, workspaces: [...index.value.workspaces, meta] },
      quoted(finalName),
    );
    if (!saved.ok) {
      this.storage.removeItem(this.dataKey(id)); // not listed, so it would only take space
      return saved;
    }
    return ok({ ...meta });
  }

  rename(id: string, name: string): Result<WorkspaceMeta> {
    const wanted = name.trim();
    const invalid = checkName(wanted);
    if (invalid) return fail(invalid);
    let renamed: WorkspaceMeta | undefined;
    const r = this.updateIndex((index) => {
      const meta = index.workspaces.find((w) => w.id === id);
      if (!meta) return notFound(id);
      if (index.workspaces.some((w) => w.id !== id && w.name === wanted)) {
        return fail(
          new PersistenceError('invalid-name', `A workspace named "${wanted}" already exists; choose another name.`),
        );
      }
      meta.name = wanted;
      renamed = { ...meta };
      return ok(undefined);
    });
    return r.ok && renamed ? ok(renamed) : (r as Result<never>);
  }

  /** Copies a workspace's data under a new name ("Copy of …" by default); the copy becomes active. */
  duplicate(id: string, name?: string): Result<WorkspaceMeta> {
    const index = this.readIndex();
    if (!index.ok) return index;
    const source = index.value.workspaces.find((w) => w.id === id);
    if (!source) return notFound(id);
    const data = this.load(id);
    if (!data.ok) return data;
    return this.create(name ?? `Copy of ${source.name}`, data.value);
  }

  /** Removes a workspace; when it was active, the first remaining one becomes active. */
  delete(id: string): Result<void> {
    const r = this.updateIndex((index) => {
      const at = index.workspaces.findIndex((w) => w.id === id);
      if (at < 0) return notFound(id);
      index.workspaces.splice(at, 1);
      if (index.active === id) index.active = index.workspaces[0]?.id ?? null;
      return ok(undefined);
    });
    // Drop the data only once the list no longer points at it.
    if (r.ok) this.storage.removeItem(this.dataKey(id));
    return r;
  }

  /** Reads a workspace. Damaged data gives a StorageCorruptError and stays in storage as it is. */
  load(id: string): Result<WorkspaceData> {
    const index = this.readIndex();
    const label = (index.ok && index.value.workspaces.find((w) => w.id === id)?.name) || id;
    const key = this.dataKey(id);
    const raw = this.read(key);
    if (!raw.ok) return raw;
    if (raw.value === null) return notFound(id);
    const data = decodeWorkspace(raw.value, key, label);
    return data instanceof StorageCorruptError ? fail(data) : ok(data);
  }

  /**
   * Autosave target. On a full storage the result is a StorageQuotaError and the
   * previous save is intact. An unreadable index does not block saving the data.
   */
  save(id: string, data: WorkspaceData): Result<void> {
    const index = this.readIndex();
    const meta = index.ok ? index.value.workspaces.find((w) => w.id === id) : undefined;
    if (index.ok && !meta) return notFound(id);
    const encoded = encode(data);
    if (!encoded.ok) return encoded;
    const written = this.write(this.dataKey(id), encoded.value, quoted(meta?.name ?? id));
    if (!written.ok) return written;
    if (!index.ok || !meta) return ok(undefined);
    meta.updatedAt = this.now();
    return this.writeIndex(index.value, quoted(meta.name));
  }

  /**
   * Rebuilds a damaged list from the workspaces still in storage. The damaged
   * list is kept under `<prefix>:index.damaged` first. Needs a Storage with
   * `length`/`key` (localStorage has them).
   */
  recoverIndex(): Result<WorkspaceMeta[]> {
    const { length, key } = this.storage;
    if (length === undefined || !key) {
      return fail(
        new PersistenceError('unavailable', 'This storage cannot list its entries, so workspaces cannot be recovered.'),
      );
    }
    const dataPrefix = `${this.prefix}:ws:`;
    const ids: string[] = [];
    for (let i = 0; i < length; i++) {
      const k = key.call(this.storage, i);
      if (k?.startsWith(dataPrefix)) ids.push(k.slice(dataPrefix.length));
    }
    const oldRaw = this.read(this.indexKey);
    if (!oldRaw.ok) return oldRaw;
    const old = oldRaw.value === null ? null : decodeIndex(oldRaw.value, this.indexKey);
    if (old instanceof StorageCorruptError) {
      const backup = this.write(`${this.indexKey}.damaged`, old.raw, 'the damaged list');
      if (!backup.ok) return backup;
    }
    const known = old && !(old instanceof StorageCorruptError) ? old.workspaces : [];
    const t = this.now();
    const workspaces: WorkspaceMeta[] = ids.map((id, i) => {
      const previous = known.find((w) => w.id === id);
      return previous ?? { id, name: `Recovered workspace ${i + 1}`, createdAt: t, updatedAt: t };
    });
    const written = this.writeIndex(
      { version: FORMAT_VERSION, active: workspaces[0]?.id ?? null, workspaces },
      'the list of workspaces',
    );
    return written.ok ? ok(workspaces) : written;
  }

  // --- storage access: every exception becomes a typed error -------------------------------

  private readIndex(): Result<StoredIndex> {
    const raw = this.read(this.indexKey);
    if (!raw.ok) return raw;
    if (raw.value === null) return ok({ version: FORMAT_VERSION, active: null, workspaces: [] });
    const index = decodeIndex(raw.value, this.indexKey);
    return index instanceof StorageCorruptError ? fail(index) : ok(index);
  }

  private updateIndex(change: (index: StoredIndex) => Result<void>): Result<void> {
    const index = this.readIndex();
    if (!index.ok) return index;
    const r = change(index.value);
    if (!r.ok) return r;
    return this.writeIndex(index.value, 'the list of workspaces');
  }

  private writeIndex(index: StoredIndex, label: string): Result<void> {
    return this.write(this.indexKey, encodeIndex(index), label);
  }

  private read(key: string): Result<string | null> {
    try {
      return ok(this.storage.getItem(key));
    } catch (e) {
      return fail(unavailable(e));
    }
  }

  private write(key: string, value: string, label: string): Result<void> {
    try {
      this.storage.setItem(key, value);
      return ok(undefined);
    } catch (e) {
      if (isQuotaError(e)) {
        const kb = Math.ceil(((key.length + value.length) * 2) / 1024);
        return fail(
          new StorageQuotaError(
            `Could not save ${label}: the browser's storage for this site is full (this needs about ${kb} KB). ` +
              'Your latest changes exist only in this tab. Export the workspace, or delete saved workspaces you no longer need, and it will save again.',
            key.length + value.length,
            e,
          ),
        );
      }
      return fail(unavailable(e));
    }
  }
}

/** View settings come from the UI; a value JSON cannot hold (a cycle, a BigInt) is a bug to report, not a crash. */
function encode(data: WorkspaceData): Result<string> {
  try {
    return ok(encodeWorkspace(data));
  } catch (e) {
    return fail(
      new PersistenceError(
        'invalid-data',
        `The workspace could not be prepared for saving (${(e as Error).message}).`,
        { cause: e },
      ),
    );
  }
}

function quoted(name: string): string {
  return `"${name}"`;
}

function unavailable(cause: unknown): PersistenceError {
  return new PersistenceError(
    'unavailable',
    'The browser does not let this page use its storage (site data may be blocked), so workspaces cannot be saved or loaded.',
    { cause },
  );
}

function notFound<T>(id: string): Result<T> {
  return fail(
    new PersistenceError(
      'not-found',
      `There is no saved workspace with id "${id}"; it may have been deleted in another tab.`,
    ),
  );
}

function checkName(name: string): PersistenceError | null {
  if (name === '') return new PersistenceError('invalid-name', 'A workspace needs a name.');
  if (name.length > MAX_NAME)
    return new PersistenceError('invalid-name', `A workspace name can be at most ${MAX_NAME} characters long.`);
  return null;
}

/** `name`, or `name 2`, `name 3`… so the list never shows two identical names. */
function uniqueName(name: string, existing: readonly WorkspaceMeta[]): string {
  const taken = new Set(existing.map((w) => w.name));
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} ${n}`)) return `${name} ${n}`;
}

function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `ws-${Date.now().toString(36)}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
