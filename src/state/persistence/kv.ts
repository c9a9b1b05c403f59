/**
 * The key-value store the repository writes through: IndexedDB in the app
 * (idb-kv.ts), localStorage as the fallback, an in-memory map when the browser
 * blocks both. One `transact` call reads some keys, lets a plan decide, and
 * writes the plan's changes as one step: in IndexedDB one readwrite
 * transaction, which is atomic and ordered against every other tab's.
 */
import { fail, isQuotaError, ok, PersistenceError, type Result } from './errors.ts';
import type { StorageLike } from './storage.ts';

export interface KvPlan<T> {
  /** Not ok: nothing is written and this is the answer. */
  result: Result<T>;
  /** Values to store (undefined deletes the key). */
  writes?: ReadonlyArray<readonly [string, unknown]>;
}

/** Turns a failed write into the sentence for the person (it depends on what was being written). */
export type DescribeWriteError = (cause: unknown, size: number) => PersistenceError;

export interface KvStore {
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  /** Reads `keys` (missing: undefined), runs `plan` on them, writes what it says; all or nothing. */
  transact<T>(
    keys: readonly string[],
    plan: (values: ReadonlyMap<string, unknown>) => KvPlan<T>,
    describe: DescribeWriteError,
  ): Promise<Result<T>>;
  /** Every key in the store. */
  keys(): Promise<Result<string[]>>;
  /**
   * A write issued before this call returns, with no callback to wait for:
   * for `pagehide`, after which the page's callbacks may never run.
   */
  putNow(key: string, value: unknown): void;
}

/** The page's storage could not be used at all (site data blocked, private mode…). */
export function unavailable(cause: unknown): PersistenceError {
  return new PersistenceError(
    'unavailable',
    'The browser does not let this page use its storage (site data may be blocked), so workspaces cannot be saved or loaded.',
    { cause },
  );
}

/** A value the store cannot hold (a cycle, a function…): a bug to report, not a crash. */
export function unstorable(cause: unknown): PersistenceError {
  return new PersistenceError(
    'invalid-data',
    `The workspace could not be prepared for saving (${(cause as Error)?.message ?? String(cause)}).`,
    { cause },
  );
}

/**
 * A Web Storage (localStorage) as a KvStore: keys get `<prefix>:`, values are
 * stored as JSON text, and a stored text is handed back as the string it is
 * (the codec parses it, so damaged JSON is reported, not thrown).
 */
export class LocalKv implements KvStore {
  readonly kind: 'localstorage' | 'memory';
  private readonly storage: StorageLike;
  private readonly prefix: string;

  constructor(storage: StorageLike, prefix = 'netpol-studio', kind: 'localstorage' | 'memory' = 'localstorage') {
    this.storage = storage;
    this.prefix = prefix;
    this.kind = kind;
  }

  transact<T>(
    keys: readonly string[],
    plan: (values: ReadonlyMap<string, unknown>) => KvPlan<T>,
    describe: DescribeWriteError,
  ): Promise<Result<T>> {
    return Promise.resolve(this.transactNow(keys, plan, describe));
  }

  private transactNow<T>(
    keys: readonly string[],
    plan: (values: ReadonlyMap<string, unknown>) => KvPlan<T>,
    describe: DescribeWriteError,
  ): Result<T> {
    const values = new Map<string, unknown>();
    try {
      for (const k of keys) values.set(k, this.storage.getItem(this.full(k)) ?? undefined);
    } catch (e) {
      return fail(unavailable(e));
    }
    const decided = plan(values);
    if (!decided.result.ok) return decided.result;
    const encoded: [string, string | undefined][] = [];
    for (const [k, v] of decided.writes ?? []) {
      try {
        encoded.push([k, v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v)]);
      } catch (e) {
        return fail(unstorable(e));
      }
    }
    // Web Storage has no transactions: undo what was written when a later write fails.
    const done: [string, string | null][] = [];
    for (const [k, v] of encoded) {
      try {
        const before = this.storage.getItem(this.full(k));
        if (v === undefined) this.storage.removeItem(this.full(k));
        else this.storage.setItem(this.full(k), v);
        done.push([k, before]);
      } catch (e) {
        this.undo(done);
        return fail(isQuotaError(e) ? describe(e, this.full(k).length + (v?.length ?? 0)) : unavailable(e));
      }
    }
    return decided.result;
  }

  private undo(done: [string, string | null][]): void {
    for (const [k, before] of done.reverse()) {
      try {
        if (before === null) this.storage.removeItem(this.full(k));
        else this.storage.setItem(this.full(k), before);
      } catch {
        // Restoring a smaller or equal value; if even that fails there is nothing better to do.
      }
    }
  }

  keys(): Promise<Result<string[]>> {
    const { length, key } = this.storage;
    if (length === undefined || !key) {
      return Promise.resolve(
        fail(
          new PersistenceError(
            'unavailable',
            'This storage cannot list its entries, so workspaces cannot be recovered.',
          ),
        ),
      );
    }
    const start = `${this.prefix}:`;
    const out: string[] = [];
    try {
      for (let i = 0; i < length; i++) {
        const k = key.call(this.storage, i);
        if (k?.startsWith(start)) out.push(k.slice(start.length));
      }
    } catch (e) {
      return Promise.resolve(fail(unavailable(e)));
    }
    return Promise.resolve(ok(out));
  }

  putNow(key: string, value: unknown): void {
    try {
      this.storage.setItem(this.full(key), JSON.stringify(value));
    } catch {
      // Best effort while the page goes away; the regular save was started too.
    }
  }

  private full(key: string): string {
    return `${this.prefix}:${key}`;
  }
}
