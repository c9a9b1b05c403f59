/**
 * Debounced autosave: typing produces many changes per second, storage writes
 * are synchronous and serialise the whole workspace, so only the latest state
 * is written once edits pause. Every result, failures included, goes to
 * `onResult` so the UI can show "saved" or the quota message; nothing is lost
 * silently. Call `flush()` on `pagehide` / `visibilitychange`.
 */
import type { Result } from './errors.ts';
import type { WorkspaceData } from './types.ts';

export interface AutosaveTarget {
  save(id: string, data: WorkspaceData): Result<void>;
}

export interface AutosaveOptions {
  delayMs?: number;
  onResult?: (result: Result<void>, id: string) => void;
}

export interface Autosaver {
  /** Remembers the latest data and (re)starts the delay. */
  schedule(id: string, data: WorkspaceData): void;
  /** Writes pending data now; null when nothing was pending. */
  flush(): Result<void> | null;
  /** Forgets pending data (e.g. the workspace was deleted). */
  cancel(): void;
  readonly pending: boolean;
}

export function createAutosaver(target: AutosaveTarget, options: AutosaveOptions = {}): Autosaver {
  const delay = options.delayMs ?? 800;
  let pending: { id: string; data: WorkspaceData } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const flush = (): Result<void> | null => {
    clear();
    if (!pending) return null;
    const { id, data } = pending;
    pending = null;
    const result = target.save(id, data);
    options.onResult?.(result, id);
    return result;
  };

  return {
    schedule(id, data) {
      // Switching workspaces must not drop the previous one's last edits.
      if (pending && pending.id !== id) flush();
      pending = { id, data };
      clear();
      timer = setTimeout(flush, delay);
    },
    flush,
    cancel() {
      clear();
      pending = null;
    },
    get pending() {
      return pending !== null;
    },
  };
}
