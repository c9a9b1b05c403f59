/**
 * IndexedDB as the workspace store. Every save is one readwrite transaction
 * with `durability: 'strict'` (the browser reports success only once the data
 * is on disk, where supported) that reads the stored revision and writes only
 * when it is the expected one; IndexedDB runs overlapping readwrite
 * transactions one after the other, also across tabs, so that check cannot be
 * raced. Values are stored by structured clone: no JSON of a multi-MB text on
 * the main thread.
 */
import { fail, type Result, ok, type PersistenceError, isQuotaError } from './errors.ts';
import { unavailable, unstorable, type DescribeWriteError, type KvPlan, type KvStore } from './kv.ts';

const STORE = 'kv';
const STRICT: IDBTransactionOptions = { durability: 'strict' };

/** Opens (creating on first use) the database; null where IndexedDB cannot be used. */
export function openIdbKv(name = 'netpol-studio'): Promise<KvStore | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      if (typeof indexedDB === 'undefined') return resolve(null);
      request = indexedDB.open(name, 1);
    } catch {
      return resolve(null);
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      const db = request.result;
      // A newer version of the app wants to upgrade the schema: let it.
      db.onversionchange = () => db.close();
      resolve(new IdbKv(db));
    };
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

/** Rough size of what a plan writes, for the quota message (UTF-16 code units of its strings). */
function sizeOf(writes: ReadonlyArray<readonly [string, unknown]>): number {
  let n = 0;
  for (const [k, v] of writes) {
    n += k.length;
    if (typeof v === 'string') n += v.length;
    else if (typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string')
      n += (v as { text: string }).text.length;
  }
  return n;
}

class IdbKv implements KvStore {
  readonly kind = 'indexeddb' as const;
  private readonly db: IDBDatabase;

  constructor(db: IDBDatabase) {
    this.db = db;
  }

  transact<T>(
    keys: readonly string[],
    plan: (values: ReadonlyMap<string, unknown>) => KvPlan<T>,
    describe: DescribeWriteError,
  ): Promise<Result<T>> {
    return new Promise((resolve) => {
      let tx: IDBTransaction;
      try {
        tx = this.db.transaction(STORE, 'readwrite', STRICT);
      } catch (e) {
        return resolve(fail(unavailable(e)));
      }
      const store = tx.objectStore(STORE);
      const values = new Map<string, unknown>();
      let answer: Result<T> | null = null;
      let failure: PersistenceError | null = null;
      let size = 0;
      const decide = () => {
        const decided = plan(values);
        answer = decided.result;
        if (!answer.ok) return tx.abort();
        const writes = decided.writes ?? [];
        size = sizeOf(writes);
        try {
          for (const [k, v] of writes) {
            if (v === undefined) store.delete(k);
            else store.put(v, k);
          }
          tx.commit?.();
        } catch (e) {
          // put() clones synchronously: an unclonable value or an injected failure throws here.
          failure = isQuotaError(e)
            ? describe(e, size)
            : e instanceof DOMException && e.name === 'DataCloneError'
              ? unstorable(e)
              : unavailable(e);
          tx.abort();
        }
      };
      let left = keys.length;
      for (const k of keys) {
        const request = store.get(k);
        request.onsuccess = () => {
          values.set(k, request.result);
          if (--left === 0) decide();
        };
      }
      if (keys.length === 0) decide();
      tx.oncomplete = () => resolve(answer ?? ok(undefined as T));
      tx.onabort = () => {
        if (answer && !answer.ok) return resolve(answer);
        if (failure) return resolve(fail(failure));
        const e = tx.error;
        resolve(fail(isQuotaError(e) ? describe(e, size) : unavailable(e)));
      };
    });
  }

  keys(): Promise<Result<string[]>> {
    return new Promise((resolve) => {
      try {
        const request = this.db.transaction(STORE, 'readonly').objectStore(STORE).getAllKeys();
        request.onsuccess = () => resolve(ok(request.result.filter((k): k is string => typeof k === 'string')));
        request.onerror = () => resolve(fail(unavailable(request.error)));
      } catch (e) {
        resolve(fail(unavailable(e)));
      }
    });
  }

  putNow(key: string, value: unknown): void {
    try {
      const tx = this.db.transaction(STORE, 'readwrite', STRICT);
      tx.objectStore(STORE).put(value, key);
      // Committed now: the page may be gone before an automatic commit would happen.
      tx.commit?.();
    } catch {
      // Best effort while the page goes away; the regular save was started too.
    }
  }
}
