/**
 * Picks where workspaces live: IndexedDB (durable, transactional), else
 * localStorage, else memory only. Workspaces that an earlier version kept in
 * localStorage are copied into IndexedDB on its first use and left where they
 * were: a move that fails half-way then loses nothing.
 */
import { ok, type Result } from './errors.ts';
import { openIdbKv } from './idb-kv.ts';
import { LocalKv, unavailable, type KvStore } from './kv.ts';
import { WorkspaceRepository } from './repository.ts';
import type { StorageLike } from './storage.ts';

export interface OpenedStore {
  kv: KvStore;
  /** Set when a damaged list in localStorage was rebuilt while moving it: how many workspaces it lists. */
  rebuilt?: number;
}

/** The page's storage: `indexedDB` may be null (tests, old browsers), `local` null when blocked. */
export async function openWorkspaceStore(local: StorageLike | null, useIndexedDb = true): Promise<OpenedStore | null> {
  const idb = useIndexedDb ? await openIdbKv() : null;
  if (!idb) return local ? { kv: new LocalKv(local) } : null;
  if (!local) return { kv: idb };
  const moved = await migrate(idb, new LocalKv(local));
  // Could not copy (e.g. IndexedDB is full): keep using localStorage, where the data is.
  if (!moved.ok) return { kv: new LocalKv(local) };
  return { kv: idb, rebuilt: moved.value ?? undefined };
}

/** Copies localStorage's workspaces into an IndexedDB that has none yet; the number rebuilt, if it had to. */
async function migrate(idb: KvStore, local: LocalKv): Promise<Result<number | null>> {
  const existing = await idb.keys();
  if (!existing.ok) return existing;
  if (existing.value.includes('index')) return ok(null);
  const legacy = new WorkspaceRepository(local);
  const list = await legacy.list();
  let rebuilt: number | null = null;
  if (!list.ok && list.error.kind === 'corrupt') {
    const recovered = await legacy.recoverIndex();
    if (recovered.ok) rebuilt = recovered.value.length;
  }
  const keys = await local.keys();
  if (!keys.ok) return keys;
  const wanted = keys.value.filter((k) => k === 'index' || k.startsWith('ws:') || k.startsWith('rev:'));
  if (wanted.length === 0) return ok(null);
  const read = await local.transact(wanted, (values) => ({ result: ok(new Map(values)) }), unavailable);
  if (!read.ok) return read;
  const copied = await idb.transact([], () => ({ result: ok(undefined), writes: [...read.value] }), unavailable);
  return copied.ok ? ok(rebuilt) : copied;
}
