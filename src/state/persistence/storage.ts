/**
 * The slice of the Web Storage API the persistence layer needs. localStorage
 * satisfies it; tests pass a fake with a quota. `length`/`key` are optional and
 * only used to recover workspaces when the index is damaged.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

/**
 * The page's localStorage, or null where it is unavailable: merely touching
 * `window.localStorage` throws when the user blocks site data, and it does
 * not exist in Node.
 */
export function browserStorage(): StorageLike | null {
  try {
    const s = (globalThis as { localStorage?: StorageLike }).localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}
