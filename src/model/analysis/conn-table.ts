/**
 * Connection tables for the class-based analysis (connectivity.ts): every
 * ConnectionSet met is interned once, so matrices hold small integer ids,
 * classes compare by number and unions / intersections are memoised per pair.
 */
import { ALL_CONNECTIONS, NO_CONNECTIONS, connKey, intersect, union, type ConnectionSet } from './ports.ts';

/** Memo keys pack two ids as a * 2^26 + b: exact below 2^53 for up to 67M distinct sets. */
const KEY_SHIFT = 67108864;

export class ConnTable {
  /** The interned sets; an id is an index into this. */
  readonly sets: ConnectionSet[] = [];
  private readonly ids = new Map<string, number>();
  private readonly unions = new Map<number, number>();
  private readonly inters = new Map<number, number>();
  readonly NONE: number;
  readonly ALL: number;

  constructor() {
    this.NONE = this.id(NO_CONNECTIONS);
    this.ALL = this.id(ALL_CONNECTIONS);
  }

  id(c: ConnectionSet): number {
    const k = connKey(c);
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(c);
      this.ids.set(k, id);
    }
    return id;
  }

  union(a: number, b: number): number {
    if (a === b || b === this.NONE || a === this.ALL) return a;
    if (a === this.NONE || b === this.ALL) return b;
    return this.memo(this.unions, a, b, union);
  }

  intersect(a: number, b: number): number {
    if (a === b || b === this.ALL || a === this.NONE) return a;
    if (b === this.NONE || a === this.ALL) return b;
    return this.memo(this.inters, a, b, intersect);
  }

  /** `op` of two sets, computed once per unordered pair of ids (both operations are commutative). */
  private memo(
    cache: Map<number, number>,
    a: number,
    b: number,
    op: (x: ConnectionSet, y: ConnectionSet) => ConnectionSet,
  ): number {
    const key = a < b ? a * KEY_SHIFT + b : b * KEY_SHIFT + a;
    let r = cache.get(key);
    if (r === undefined) {
      r = this.id(op(this.sets[a], this.sets[b]));
      cache.set(key, r);
    }
    return r;
  }
}
