/**
 * Debounced autosave: typing produces many changes per second, so only the
 * latest state is written, shortly after edits pause and at least about once a
 * second while they do not (revisions.ts, saveDelay; longer for texts of megabytes, waitsFor). Saves are asynchronous
 * and run one at a time, so each is based on the revision the previous one
 * produced. Every result, failures included, goes to `onResult`; nothing is
 * lost silently. Call `flush()` on `pagehide` / `visibilitychange`.
 */
import { PersistenceError, type Result } from './errors.ts';
import { saveDelay, waitsFor } from './revisions.ts';
import type { WorkspaceData } from './types.ts';

export interface AutosaveTarget {
  save(id: string, data: WorkspaceData): Promise<Result<unknown>>;
}

export interface AutosaveOptions {
  delayMs?: number;
  maxWaitMs?: number;
  onResult?: (result: Result<unknown>, id: string) => void;
  now?: () => number;
}

export interface Autosaver {
  /** Remembers the latest data and (re)starts the delay. */
  schedule(id: string, data: WorkspaceData): void;
  /** Writes pending data now (after a save in progress); null when nothing was pending. */
  flush(): Promise<Result<unknown> | null>;
  /** Forgets pending data of one workspace or all (e.g. it was deleted). A save in progress still finishes. */
  cancel(id?: string): void;
  /** The latest data per workspace not yet known to be written (waiting, or being written). */
  readonly unsaved: ReadonlyArray<{ id: string; data: WorkspaceData }>;
}

interface IdleGlobal {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
}

/** The longest a due save waits for the page to be idle. */
const IDLE_WAIT_MS = 500;

export function createAutosaver(target: AutosaveTarget, options: AutosaveOptions = {}): Autosaver {
  const delay = options.delayMs ?? 400;
  const maxWait = options.maxWaitMs ?? 1000;
  const now = options.now ?? Date.now;
  /** Latest unwritten data per workspace, oldest first (a switch leaves the previous one's edits here). */
  const pending = new Map<string, WorkspaceData>();
  let writing: { id: string; data: WorkspaceData; done: Promise<Result<unknown>> } | null = null;
  let firstUnsavedAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    if (idle !== null) (globalThis as IdleGlobal).cancelIdleCallback?.(idle);
    timer = null;
    idle = null;
  };
  /**
   * A due save waits for an idle moment (at most IDLE_WAIT_MS): writing a large workspace to IndexedDB
   * clones it on the main thread, and landing between a keystroke and its frame cost that keystroke
   * tens of milliseconds (bench:browser). Without requestIdleCallback (Node) it runs at once.
   */
  const due = () => {
    timer = null;
    const request = (globalThis as IdleGlobal).requestIdleCallback;
    if (!request) return void flush();
    idle = request(
      () => {
        idle = null;
        void flush();
      },
      { timeout: IDLE_WAIT_MS },
    );
  };
  const write = (id: string): Promise<Result<unknown>> => {
    const data = pending.get(id)!;
    pending.delete(id);
    const done = target
      .save(id, data)
      // A bug in the target must not leave the autosaver waiting forever (and later saves stuck).
      .catch((e: unknown): Result<unknown> => ({ ok: false, error: unexpected(e) }))
      .then((result) => {
        writing = null;
        options.onResult?.(result, id);
        return result;
      });
    writing = { id, data, done };
    return done;
  };
  /** Writes what is pending now (later edits wait for their own delay), one save at a time. */
  const flush = async (): Promise<Result<unknown> | null> => {
    clear();
    const ids = [...pending.keys()];
    let last: Result<unknown> | null = null;
    for (;;) {
      // One save at a time: the next one is based on the revision this one produces.
      if (writing) {
        await writing.done;
        continue;
      }
      const id = ids.find((i) => pending.has(i));
      if (id === undefined) return last;
      last = await write(id);
    }
  };

  return {
    schedule(id, data) {
      // Switching workspaces: the one left behind is written now, not after the next edit pauses.
      if (pending.size > 0 && !pending.has(id)) void flush();
      if (pending.size === 0) firstUnsavedAt = now();
      pending.set(id, data);
      clear();
      const waits = waitsFor(data.text.length, delay, maxWait);
      timer = setTimeout(due, saveDelay(now(), firstUnsavedAt, waits.delayMs, waits.maxWaitMs));
    },
    flush,
    cancel(id) {
      if (id === undefined) pending.clear();
      else pending.delete(id);
      if (pending.size === 0) clear();
    },
    get unsaved() {
      const out = [...pending].map(([id, data]) => ({ id, data }));
      if (writing && !pending.has(writing.id)) out.unshift({ id: writing.id, data: writing.data });
      return out;
    },
  };
}

function unexpected(cause: unknown): PersistenceError {
  return new PersistenceError('unavailable', `Saving failed unexpectedly (${String(cause)}).`, { cause });
}
