/**
 * Several named workspaces in a KvStore (IndexedDB in the app, kv.ts):
 *   `index`          the list (ids, names, times) and the active id
 *   `ws:<id>`        one workspace: text, layout, view settings
 *   `rev:<id>`       its revision (a number; missing for data saved before revisions: 0)
 *   `rescue:<id>:…`  edits written as a tab closed, sorted out on the next start
 * Each operation is one transaction, so the list never names data that is not
 * there. A save carries the revision it was based on and is refused when
 * another tab saved since (revisions.ts). Nothing here deletes or overwrites
 * data it could not read.
 */
import {
  decodeIndex,
  decodeWorkspace,
  encodeIndex,
  encodeWorkspace,
  FORMAT_VERSION,
  storedValue,
  type StoredIndex,
  type StoredWorkspace,
} from './codec.ts';
import {
  fail,
  ok,
  PersistenceError,
  SaveConflictError,
  StorageCorruptError,
  StorageQuotaError,
  type Result,
} from './errors.ts';
import { named } from '../named.ts';
import type { DescribeWriteError, KvStore } from './kv.ts';
import { checkSave } from './revisions.ts';
import type { WorkspaceData, WorkspaceMeta } from './types.ts';

export interface RepositoryOptions {
  now?: () => number;
  newId?: () => string;
}

/** Edits kept as a tab closed: the revision they were based on, and the data. */
export interface Rescue {
  key: string;
  id: string;
  base: number;
  data: WorkspaceData;
}

const EMPTY_DATA: WorkspaceData = { text: '', layout: {}, view: {} };
const MAX_NAME = 100;
const INDEX = 'index';
const dataKey = (id: string) => `ws:${id}`;
/** The revision apart from the data, so a save need not read (and clone) a multi-MB text back first. */
const revKey = (id: string) => `rev:${id}`;
const EMPTY_INDEX: StoredIndex = { version: FORMAT_VERSION, active: null, workspaces: [] };

export class WorkspaceRepository {
  readonly kv: KvStore;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(kv: KvStore, options: RepositoryOptions = {}) {
    this.kv = kv;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomId;
  }

  /** Saved workspaces in creation order. A first run (no index yet) is an empty list. */
  async list(): Promise<Result<WorkspaceMeta[]>> {
    const index = await this.readIndex();
    return index.ok ? ok(index.value.workspaces.map((w) => ({ ...w }))) : index;
  }

  async getActive(): Promise<Result<string | null>> {
    const index = await this.readIndex();
    return index.ok ? ok(index.value.active) : index;
  }

  setActive(id: string): Promise<Result<void>> {
    return this.updateIndex((index) => {
      if (!index.workspaces.some((w) => w.id === id)) return notFound(id);
      index.active = id;
      return ok(undefined);
    });
  }

  /** Creates a workspace (empty unless data is given) at revision 1 and, unless told otherwise, makes it active. */
  async create(name?: string, data: WorkspaceData = EMPTY_DATA, activate = true): Promise<Result<WorkspaceMeta>> {
    const wanted = name === undefined ? 'Untitled workspace' : name.trim();
    const invalid = checkName(wanted);
    if (invalid) return fail(invalid);
    const id = this.newId();
    const t = this.now();
    let meta: WorkspaceMeta = { id, name: wanted, createdAt: t, updatedAt: t };
    return this.kv.transact(
      [INDEX],
      (values) => {
        const index = decodeIndexValue(values.get(INDEX));
        if (!index.ok) return { result: index };
        meta = { ...meta, name: uniqueName(wanted, index.value.workspaces) };
        const active = activate ? id : index.value.active;
        const next = { ...index.value, active, workspaces: [...index.value.workspaces, meta] };
        return {
          result: ok({ ...meta }),
          writes: [
            [dataKey(id), encodeWorkspace(data, 1)],
            [revKey(id), 1],
            [INDEX, encodeIndex(next)],
          ],
        };
      },
      quotaFor('create', () => named(meta.name)),
    );
  }

  rename(id: string, name: string): Promise<Result<WorkspaceMeta>> {
    const wanted = name.trim();
    const invalid = checkName(wanted);
    if (invalid) return Promise.resolve(fail(invalid));
    let renamed: WorkspaceMeta | undefined;
    return this.updateIndex((index) => {
      const meta = index.workspaces.find((w) => w.id === id);
      if (!meta) return notFound(id);
      if (index.workspaces.some((w) => w.id !== id && w.name === wanted)) {
        return fail(
          new PersistenceError(
            'invalid-name',
            `A workspace named "${named(wanted)}" already exists; choose another name.`,
          ),
        );
      }
      meta.name = wanted;
      renamed = { ...meta };
      return ok(undefined);
    }).then((r) => (r.ok && renamed ? ok(renamed) : (r as Result<never>)));
  }

  /** Copies a workspace's data under a new name ("Copy of …" by default); the copy becomes active. */
  async duplicate(id: string, name?: string): Promise<Result<WorkspaceMeta>> {
    const list = await this.list();
    if (!list.ok) return list;
    const source = list.value.find((w) => w.id === id);
    if (!source) return notFound(id);
    const stored = await this.load(id);
    if (!stored.ok) return stored;
    return this.create(name ?? `Copy of ${source.name}`, stored.value.data);
  }

  /** Removes a workspace (list entry and data together); when it was active, the first remaining one becomes active. */
  delete(id: string): Promise<Result<void>> {
    return this.kv.transact(
      [INDEX],
      (values) => {
        const index = decodeIndexValue(values.get(INDEX));
        if (!index.ok) return { result: index };
        const at = index.value.workspaces.findIndex((w) => w.id === id);
        if (at < 0) return { result: notFound(id) };
        const workspaces = index.value.workspaces.filter((w) => w.id !== id);
        const active = index.value.active === id ? (workspaces[0]?.id ?? null) : index.value.active;
        return {
          result: ok(undefined),
          writes: [
            [INDEX, encodeIndex({ ...index.value, active, workspaces })],
            [dataKey(id), undefined],
            [revKey(id), undefined],
          ],
        };
      },
      quotaFor('index', () => 'the list of workspaces'),
    );
  }

  /** Reads a workspace and its revision. Damaged data gives a StorageCorruptError and stays in storage as it is. */
  async load(id: string): Promise<Result<StoredWorkspace>> {
    let label = id;
    return this.kv.transact<StoredWorkspace>(
      [INDEX, dataKey(id), revKey(id)],
      (values) => {
        const index = decodeIndexValue(values.get(INDEX));
        label = (index.ok && index.value.workspaces.find((w) => w.id === id)?.name) || id;
        const raw = values.get(dataKey(id));
        if (raw === undefined) return { result: notFound<StoredWorkspace>(id) };
        const decoded = decodeWorkspace(raw, dataKey(id), label);
        if (decoded instanceof StorageCorruptError) return { result: fail(decoded) };
        return { result: ok({ data: decoded.data, rev: storedRevision(values.get(revKey(id))) }) };
      },
      quotaFor('index', () => label),
    );
  }

  /**
   * Autosave target: writes `data` as revision base + 1 when the stored one is
   * still `base`, else a SaveConflictError and nothing written. On a full
   * storage a StorageQuotaError, the previous save intact. An unreadable index
   * does not block saving the data.
   */
  save(id: string, data: WorkspaceData, base: number): Promise<Result<number>> {
    let label = `"${id}"`;
    return this.kv.transact(
      [INDEX, revKey(id)],
      (values) => {
        const index = decodeIndexValue(values.get(INDEX));
        const meta = index.ok ? index.value.workspaces.find((w) => w.id === id) : undefined;
        if (meta) label = `"${named(meta.name)}"`;
        if (index.ok && !meta) return { result: notFound(id) };
        const rawRev = values.get(revKey(id));
        // With the list unreadable, only a workspace with a stored revision is known to exist.
        const stored = rawRev === undefined && !meta ? undefined : storedRevision(rawRev);
        const check = checkSave(stored, base);
        if (check.kind === 'missing') return { result: notFound(id) };
        if (check.kind === 'conflict') return { result: fail(new SaveConflictError(label, check.stored)) };
        const writes: [string, unknown][] = [
          [dataKey(id), encodeWorkspace(data, check.rev)],
          [revKey(id), check.rev],
        ];
        if (index.ok && meta) {
          const workspaces = index.value.workspaces.map((w) => (w.id === id ? { ...w, updatedAt: this.now() } : w));
          writes.push([INDEX, encodeIndex({ ...index.value, workspaces })]);
        }
        return { result: ok(check.rev), writes };
      },
      quotaFor('save', () => label),
    );
  }

  /** Writes edits as the page goes away (no callback will run): sorted out by takeRescues on a later start. */
  rescue(id: string, tab: string, base: number, data: WorkspaceData): string {
    const key = `rescue:${id}:${tab}`;
    this.kv.putNow(key, { base, ...encodeWorkspace(data, base) });
    return key;
  }

  /** Every rescue left by closed tabs (damaged ones are skipped and left in place). */
  async rescues(): Promise<Result<Rescue[]>> {
    const keys = await this.kv.keys();
    if (!keys.ok) return keys;
    const wanted = keys.value.filter((k) => k.startsWith('rescue:'));
    if (wanted.length === 0) return ok([]);
    return this.kv.transact(
      wanted,
      (values) => {
        const out: Rescue[] = [];
        for (const key of wanted) {
          const raw = values.get(key);
          const decoded = decodeWorkspace(raw, key, key);
          const base = (storedValue(raw) as { base?: unknown } | undefined)?.base;
          if (decoded instanceof StorageCorruptError || typeof base !== 'number') continue;
          out.push({ key, id: key.split(':')[1] ?? '', base, data: decoded.data });
        }
        return { result: ok(out) };
      },
      quotaFor('index', () => 'rescued edits'),
    );
  }

  removeKeys(keys: readonly string[]): Promise<Result<void>> {
    return this.kv.transact(
      [],
      () => ({ result: ok(undefined), writes: keys.map((k) => [k, undefined] as const) }),
      quotaFor('index', () => 'rescued edits'),
    );
  }

  /**
   * Rebuilds a damaged list from the workspaces still in storage. The damaged
   * list is kept under `index.damaged` first.
   */
  async recoverIndex(): Promise<Result<WorkspaceMeta[]>> {
    const keys = await this.kv.keys();
    if (!keys.ok) return keys;
    const ids = keys.value.filter((k) => k.startsWith('ws:')).map((k) => k.slice(3));
    const t = this.now();
    return this.kv.transact(
      [INDEX],
      (values) => {
        const raw = values.get(INDEX);
        const old = raw === undefined ? null : decodeIndex(raw, INDEX);
        const known = old && !(old instanceof StorageCorruptError) ? old.workspaces : [];
        const workspaces: WorkspaceMeta[] = ids.map((id, i) => {
          const previous = known.find((w) => w.id === id);
          return previous ?? { id, name: `Recovered workspace ${i + 1}`, createdAt: t, updatedAt: t };
        });
        const writes: [string, unknown][] = [];
        if (old instanceof StorageCorruptError) writes.push([`${INDEX}.damaged`, raw]);
        writes.push([INDEX, encodeIndex({ version: FORMAT_VERSION, active: workspaces[0]?.id ?? null, workspaces })]);
        return { result: ok(workspaces), writes };
      },
      quotaFor('index', () => 'the list of workspaces'),
    );
  }

  private async readIndex(): Promise<Result<StoredIndex>> {
    return this.kv.transact(
      [INDEX],
      (values) => ({ result: decodeIndexValue(values.get(INDEX)) }),
      quotaFor('index', () => 'the list of workspaces'),
    );
  }

  private updateIndex(change: (index: StoredIndex) => Result<void>): Promise<Result<void>> {
    return this.kv.transact(
      [INDEX],
      (values) => {
        const index = decodeIndexValue(values.get(INDEX));
        if (!index.ok) return { result: index };
        const r = change(index.value);
        return r.ok ? { result: r, writes: [[INDEX, encodeIndex(index.value)]] } : { result: r };
      },
      quotaFor('index', () => 'the list of workspaces'),
    );
  }
}

/** A stored revision: a number in IndexedDB, its JSON text in localStorage; missing or odd: 0. */
function storedRevision(raw: unknown): number {
  const n = typeof raw === 'string' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

function decodeIndexValue(raw: unknown): Result<StoredIndex> {
  if (raw === undefined) return ok({ ...EMPTY_INDEX, workspaces: [] });
  const index = decodeIndex(raw, INDEX);
  return index instanceof StorageCorruptError ? fail(index) : ok(index);
}

/**
 * The quota message says what did not happen and what is at stake: a failed
 * save leaves edits only in this tab; a failed create (a share link, a new
 * workspace) changed nothing at all.
 */
function quotaFor(what: 'save' | 'create' | 'index', label: () => string): DescribeWriteError {
  return (cause, size) => {
    const kb = Math.ceil((size * 2) / 1024);
    const full = `the browser's storage for this site is full (this needs about ${kb} KB).`;
    const message =
      what === 'save'
        ? `Could not save ${label()}: ${full} Your latest changes exist only in this tab. Export the workspace, or delete saved workspaces you no longer need, and it will save again.`
        : what === 'create'
          ? `Could not store the new workspace "${label()}": ${full} Nothing was changed: your saved workspaces are as they were. Delete saved workspaces you no longer need and try again.`
          : `Could not save ${label()}: ${full} Nothing was changed. Delete saved workspaces you no longer need and try again.`;
    return new StorageQuotaError(message, size, cause);
  };
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
