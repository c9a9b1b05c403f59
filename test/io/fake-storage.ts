/**
 * An in-memory Storage with a quota, behaving like localStorage: sizes count
 * UTF-16 code units of keys and values, and a write over quota throws a
 * DOMException named QuotaExceededError without changing anything.
 */
import type { StorageLike } from '../../src/state/persistence/index.ts';

export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  quota: number;
  /** When set, every access throws this (like localStorage with site data blocked). */
  blocked: Error | null = null;

  constructor(quota = 5_000_000) {
    this.quota = quota;
  }

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    if (this.blocked) throw this.blocked;
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.blocked) throw this.blocked;
    const current = this.items.get(key);
    const used = this.used() - (current === undefined ? 0 : key.length + current.length);
    if (used + key.length + value.length > this.quota) {
      throw new DOMException(
        "Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.",
        'QuotaExceededError',
      );
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    if (this.blocked) throw this.blocked;
    this.items.delete(key);
  }

  used(): number {
    let n = 0;
    for (const [k, v] of this.items) n += k.length + v.length;
    return n;
  }
}
