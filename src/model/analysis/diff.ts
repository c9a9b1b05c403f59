/**
 * Semantic diff of two workspaces' connectivity (`netpol-studio diff`, the app's
 * live diff): every ordered pair of peers whose allowed connections differ.
 *
 * Semantics are netpol-analyzer's `diff`:
 * - Each side is its connectivity list (non-empty pairs, no self pairs, no
 *   IP-to-IP pairs).
 * - External ranges are cut by the boundaries of both sides' ranges (one side
 *   may split 0.0.0.0/0 where the other does not), so pairs are compared per
 *   piece; afterwards, pieces with the same other end and the same pair of
 *   connection sets are merged back into maximal contiguous ranges.
 * - A pair is `changed` when both sides allow something different, `added` or
 *   `removed` when only one side allows anything; a workload that exists on one
 *   side only is flagged (`workloads-diff-info`).
 *
 * The result is data (peers and connection sets); writers are in io/diff-format.ts.
 */
import { externalId, type ConnectivityResult } from './connectivity.ts';
import type { IpRange } from './ipset.ts';
import { connKey, isEmpty, NO_CONNECTIONS, type ConnectionSet } from './ports.ts';

export type DiffType = 'changed' | 'added' | 'removed';
export const DIFF_TYPES: readonly DiffType[] = ['changed', 'added', 'removed'];

/** One end of a listed pair: a workload by id, or an external address range. */
export type DiffPeer = { kind: 'workload'; id: string } | { kind: 'external'; id: string; range: IpRange };

export interface PairDiff {
  type: DiffType;
  src: DiffPeer;
  dst: DiffPeer;
  /** Allowed on each side (NO_CONNECTIONS where that side lists nothing). */
  ref1: ConnectionSet;
  ref2: ConnectionSet;
  /** The source / destination workload exists on one side only (never true for external ranges). */
  srcOnlyOnOneSide: boolean;
  dstOnlyOnOneSide: boolean;
}

interface Listed {
  src: DiffPeer;
  dst: DiffPeer;
  conns: ConnectionSet;
}

const extPeer = (range: IpRange): DiffPeer => ({ kind: 'external', id: externalId(range), range });

/** The listed pairs of one side with an external end, as data (workload pairs are compared in place). */
function externalPairs(r: ConnectivityResult): Listed[] {
  const out: Listed[] = [];
  const wl = r.workloads.map((w): DiffPeer => ({ kind: 'workload', id: w.id }));
  const n = wl.length;
  r.ingressBlocks.forEach((range, b) => {
    for (let j = 0; j < n; j++) {
      const conns = r.fromExternal(b, j);
      if (!isEmpty(conns)) out.push({ src: extPeer(range), dst: wl[j], conns });
    }
  });
  r.egressBlocks.forEach((range, b) => {
    for (let i = 0; i < n; i++) {
      const conns = r.toExternal(i, b);
      if (!isEmpty(conns)) out.push({ src: wl[i], dst: extPeer(range), conns });
    }
  });
  return out;
}

/**
 * Workload-to-workload pairs whose connections differ. A cluster of a few thousand workloads has
 * millions of pairs, nearly all unchanged: they are compared as interned set ids mapped to one
 * shared numbering, without allocating anything per pair.
 */
function differingWorkloadPairs(ref1: ConnectivityResult, ref2: ConnectivityResult): Entry[] {
  const numbering = new Map<string, number>();
  // Numbered on first use: a result with cluster policies interns its sets lazily, as pairs are asked
  // for, so `connectionSets` grows while the pairs are compared.
  const numbersOf = (r: ConnectivityResult): ((id: number) => number) => {
    const known: number[] = [];
    return (id) => {
      const seen = known[id];
      if (seen !== undefined) return seen;
      const c = r.connectionSets[id];
      // Every empty set is number 0: "not listed" on that side.
      const key = isEmpty(c) ? '' : connKey(c);
      const num = numbering.get(key) ?? (key === '' ? 0 : numbering.size + 1);
      numbering.set(key, num);
      known[id] = num;
      return num;
    };
  };
  const num1 = numbersOf(ref1);
  const num2 = numbersOf(ref2);
  const index = (r: ConnectivityResult): Map<string, number> => new Map(r.workloads.map((w, i) => [w.id, i]));
  const idx1 = index(ref1);
  const idx2 = index(ref2);
  const ids = [...new Set([...idx1.keys(), ...idx2.keys()])];
  const at1 = ids.map((id) => idx1.get(id) ?? -1);
  const at2 = ids.map((id) => idx2.get(id) ?? -1);
  const out: Entry[] = [];
  for (let s = 0; s < ids.length; s++)
    for (let d = 0; d < ids.length; d++) {
      if (s === d) continue;
      const c1 = at1[s] >= 0 && at1[d] >= 0 ? ref1.betweenId(at1[s], at1[d]) : -1;
      const c2 = at2[s] >= 0 && at2[d] >= 0 ? ref2.betweenId(at2[s], at2[d]) : -1;
      const n1 = c1 < 0 ? 0 : num1(c1);
      const n2 = c2 < 0 ? 0 : num2(c2);
      if (n1 === n2) continue;
      out.push({
        src: { kind: 'workload', id: ids[s] },
        dst: { kind: 'workload', id: ids[d] },
        c1: n1 === 0 ? undefined : ref1.connectionSets[c1],
        c2: n2 === 0 ? undefined : ref2.connectionSets[c2],
      });
    }
  return out;
}

const cmpBig = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/** `ranges` cut at every boundary of `all` (the ranges of both sides), so both sides share pieces. */
function cutter(all: readonly IpRange[]): (r: IpRange) => IpRange[] {
  // `all` repeats each range once per pair it is an end of (tens of thousands): cut at each boundary once.
  const seen = new Set<string>();
  const cuts = new Map<number, bigint[]>();
  for (const r of all) {
    for (const c of [r.start, r.end + 1n]) {
      const key = `${r.family}:${c}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = cuts.get(r.family) ?? [];
      list.push(c);
      cuts.set(r.family, list);
    }
  }
  for (const list of cuts.values()) list.sort(cmpBig);
  return (r) => {
    const out: IpRange[] = [];
    let start = r.start;
    for (const c of cuts.get(r.family) ?? []) {
      if (c <= start || c > r.end) continue;
      out.push({ family: r.family, start, end: c - 1n });
      start = c;
    }
    out.push({ family: r.family, start, end: r.end });
    return out;
  };
}

/** Each listed pair with an external end split into the shared pieces of that end. */
function refine(pairs: Listed[], cutSrc: (r: IpRange) => IpRange[], cutDst: (r: IpRange) => IpRange[]): Listed[] {
  return pairs.flatMap((p) => {
    if (p.src.kind === 'external') return cutSrc(p.src.range).map((r) => ({ ...p, src: extPeer(r) }));
    if (p.dst.kind === 'external') return cutDst(p.dst.range).map((r) => ({ ...p, dst: extPeer(r) }));
    return [p];
  });
}

/** Overlapping or touching ranges of one family joined into maximal intervals. */
function mergeRanges(ranges: IpRange[]): IpRange[] {
  const sorted = [...ranges].sort((a, b) => a.family - b.family || cmpBig(a.start, b.start));
  const out: IpRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.family === r.family && r.start <= last.end + 1n) {
      if (r.end > last.end) last.end = r.end;
    } else out.push({ ...r });
  }
  return out;
}

interface Side {
  pairs: Listed[];
  workloads: Set<string>;
}

function sideOf(r: ConnectivityResult): Side {
  return { pairs: externalPairs(r), workloads: new Set(r.workloads.map((w) => w.id)) };
}

const externalRanges = (pairs: Listed[], end: 'src' | 'dst'): IpRange[] =>
  pairs.flatMap((p) => {
    const peer = p[end];
    return peer.kind === 'external' ? [peer.range] : [];
  });

interface Entry {
  src: DiffPeer;
  dst: DiffPeer;
  c1?: ConnectionSet;
  c2?: ConnectionSet;
}

/** Differing pairs with an external end, keyed by `src;dst`, pieces not yet merged. */
function differingPieces(one: Side, two: Side): Entry[] {
  const cutSrc = cutter([...externalRanges(one.pairs, 'src'), ...externalRanges(two.pairs, 'src')]);
  const cutDst = cutter([...externalRanges(one.pairs, 'dst'), ...externalRanges(two.pairs, 'dst')]);
  const byKey = new Map<string, Entry>();
  const add = (p: Listed, first: boolean): void => {
    const key = `${p.src.id};${p.dst.id}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { src: p.src, dst: p.dst }));
    if (first) e.c1 = p.conns;
    else e.c2 = p.conns;
  };
  for (const p of refine(one.pairs, cutSrc, cutDst)) add(p, true);
  for (const p of refine(two.pairs, cutSrc, cutDst)) add(p, false);
  return [...byKey.values()].filter((e) => !(e.c1 && e.c2 && connKey(e.c1) === connKey(e.c2)));
}

/** Pieces that share the workload end and both connection sets, joined back into maximal ranges. */
function mergePieces(entries: Entry[]): Entry[] {
  const out: Entry[] = [];
  const groups = new Map<string, { template: Entry; ext: 'src' | 'dst'; ranges: IpRange[] }>();
  for (const e of entries) {
    const ext = e.src.kind === 'external' ? 'src' : e.dst.kind === 'external' ? 'dst' : undefined;
    if (!ext) {
      out.push(e);
      continue;
    }
    const other = ext === 'src' ? e.dst.id : e.src.id;
    const key = `${ext};${other};${e.c1 ? connKey(e.c1) : '-'};${e.c2 ? connKey(e.c2) : '-'}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { template: e, ext, ranges: [] }));
    const peer = e[ext];
    if (peer.kind === 'external') g.ranges.push(peer.range);
  }
  for (const g of groups.values())
    for (const r of mergeRanges(g.ranges)) out.push({ ...g.template, [g.ext]: extPeer(r) });
  return out;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The pairs whose connectivity differs from `ref1` to `ref2`, sorted by type
 * (changed, added, removed), then source and destination id.
 */
export function connectivityDiff(ref1: ConnectivityResult, ref2: ConnectivityResult): PairDiff[] {
  const one = sideOf(ref1);
  const two = sideOf(ref2);
  const onlyIn = (peer: DiffPeer, other: Side): boolean => peer.kind === 'workload' && !other.workloads.has(peer.id);
  const entries = [...differingWorkloadPairs(ref1, ref2), ...mergePieces(differingPieces(one, two))];
  const out = entries.map((e): PairDiff => {
    const type: DiffType = e.c1 && e.c2 ? 'changed' : e.c1 ? 'removed' : 'added';
    const other = type === 'removed' ? two : one;
    return {
      type,
      src: e.src,
      dst: e.dst,
      ref1: e.c1 ?? NO_CONNECTIONS,
      ref2: e.c2 ?? NO_CONNECTIONS,
      srcOnlyOnOneSide: type !== 'changed' && onlyIn(e.src, other),
      dstOnlyOnOneSide: type !== 'changed' && onlyIn(e.dst, other),
    };
  });
  const order = (d: PairDiff): number => DIFF_TYPES.indexOf(d.type);
  return out.sort((a, b) => order(a) - order(b) || byCodeUnit(a.src.id, b.src.id) || byCodeUnit(a.dst.id, b.dst.id));
}
