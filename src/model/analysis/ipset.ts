/**
 * IPv4/IPv6 address sets for `ipBlock` peers.
 *
 * Addresses are bigints (one code path for both families); a set is a sorted
 * list of disjoint inclusive intervals within one family. The analysis splits
 * the address space into the disjoint blocks that the policies' ipBlocks can
 * tell apart, and prints them as netpol-analyzer does: `a.b.c.d-e.f.g.h`.
 */
import type { IPBlock } from '../types.ts';

export type IpFamily = 4 | 6;

/** Inclusive address interval of one family. */
export interface IpRange {
  family: IpFamily;
  start: bigint;
  end: bigint;
}

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };
const maxAddr = (f: IpFamily): bigint => (1n << BigInt(BITS[f])) - 1n;

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    // Leading zeros read as decimal, as the API server's sloppy parser accepts them for
    // ipBlock (legacy behaviour); validation warns that such a CIDR is not canonical.
    if (!/^[0-9]{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    v = (v << 8n) | BigInt(n);
  }
  return v;
}

function parseIPv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  let groups: number[];
  const dbl = text.indexOf('::');
  if (dbl !== text.lastIndexOf('::')) return undefined;
  const parseGroups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const parts = s.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = parseIPv4(p);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(p)) return undefined;
        out.push(parseInt(p, 16));
      }
    }
    return out;
  };
  if (dbl >= 0) {
    const head = parseGroups(text.slice(0, dbl));
    const tail = parseGroups(text.slice(dbl + 2));
    if (!head || !tail || head.length + tail.length > 7) return undefined;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parseGroups(text);
    if (!all || all.length !== 8) return undefined;
    groups = all;
  }
  let v = 0n;
  for (const g of groups) v = (v << 16n) | BigInt(g);
  return v;
}

/** Parses a single address of either family. */
export function parseIp(text: string): { family: IpFamily; value: bigint } | undefined {
  const t = text.trim();
  if (t.includes(':')) {
    const v = parseIPv6(t);
    return v === undefined ? undefined : { family: 6, value: v };
  }
  const v = parseIPv4(t);
  return v === undefined ? undefined : { family: 4, value: v };
}

/**
 * Parses `addr/len` to its address range. Host bits are masked off, as Go's
 * ParseCIDR (and so the API server and netpol-analyzer) treat `10.1.2.3/8` as 10.0.0.0/8.
 */
export function parseCidr(text: string): IpRange | undefined {
  const m = /^([^/]+)\/([0-9]{1,3})$/.exec(text.trim());
  if (!m) return undefined;
  const ip = parseIp(m[1]);
  const len = Number(m[2]);
  if (!ip || len > BITS[ip.family] || (m[2].length > 1 && m[2].startsWith('0'))) return undefined;
  const hostBits = BigInt(BITS[ip.family] - len);
  const hostMask = (1n << hostBits) - 1n;
  const start = ip.value & ~hostMask & maxAddr(ip.family);
  return { family: ip.family, start, end: start | hostMask };
}

/** `cidr` minus every `except`, as sorted disjoint intervals; `undefined` when the cidr is invalid. */
export function ipBlockRanges(block: IPBlock): IpRange[] | undefined {
  const base = parseCidr(block.cidr);
  if (!base) return undefined;
  let out: IpRange[] = [base];
  for (const ex of block.except) {
    const e = parseCidr(ex);
    if (!e || e.family !== base.family) continue; // invalid except: reported by validation, ignored here
    out = subtractRange(out, e);
  }
  return out;
}

function subtractRange(set: IpRange[], cut: IpRange): IpRange[] {
  const out: IpRange[] = [];
  for (const r of set) {
    if (r.family !== cut.family || cut.end < r.start || cut.start > r.end) {
      out.push(r);
      continue;
    }
    if (cut.start > r.start) out.push({ family: r.family, start: r.start, end: cut.start - 1n });
    if (cut.end < r.end) out.push({ family: r.family, start: cut.end + 1n, end: r.end });
  }
  return out;
}

/** Is the whole range inside the set? */
export function rangeWithin(set: readonly IpRange[], r: IpRange): boolean {
  return set.some((s) => s.family === r.family && s.start <= r.start && r.end <= s.end);
}

/** Does the set contain this address? */
export function containsIp(set: readonly IpRange[], ip: { family: IpFamily; value: bigint }): boolean {
  return set.some((s) => s.family === ip.family && s.start <= ip.value && ip.value <= s.end);
}

/**
 * Splits the address space into the disjoint ranges that the given ipBlocks
 * can tell apart: two addresses share a range iff every block contains both or
 * neither, and a range is one contiguous interval (a set of addresses with the
 * same membership but not contiguous gives several ranges). IPv4 always covers
 * 0.0.0.0/0; IPv6 ::/0 is added only when some block is IPv6.
 */
export function disjointRanges(blocks: readonly IPBlock[]): IpRange[] {
  const sets = blocks.map(ipBlockRanges).filter((s): s is IpRange[] => s !== undefined);
  const out: IpRange[] = [];
  const families: IpFamily[] = [4];
  if (sets.some((s) => s.some((r) => r.family === 6))) families.push(6);
  for (const family of families) {
    const famSets = sets.map((s) => s.filter((r) => r.family === family)).filter((s) => s.length > 0);
    // Elementary segments between every interval boundary.
    const cuts = new Set<bigint>([0n]);
    for (const s of famSets)
      for (const r of s) {
        cuts.add(r.start);
        if (r.end < maxAddr(family)) cuts.add(r.end + 1n);
      }
    const starts = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const member: number[][] = starts.map(() => []);
    const indexOf = (v: bigint): number => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= v) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    famSets.forEach((s, id) => {
      for (const r of s)
        for (let i = indexOf(r.start); i < starts.length && starts[i] <= r.end; i++) member[i].push(id);
    });
    // Merge neighbouring segments that every block treats alike.
    for (let i = 0; i < starts.length; i++) {
      const end = i + 1 < starts.length ? starts[i + 1] - 1n : maxAddr(family);
      const key = member[i].join(',');
      const prev = out[out.length - 1];
      if (prev && prev.family === family && i > 0 && member[i - 1].join(',') === key) prev.end = end;
      else out.push({ family, start: starts[i], end });
    }
  }
  return out;
}

export function formatIp(family: IpFamily, v: bigint): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 255n)).join('.');
  const groups: number[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(Number((v >> s) & 0xffffn));
  // RFC 5952: compress the longest run (length ≥ 2) of zero groups, the first one on ties.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** `a.b.c.d-e.f.g.h`, netpol-analyzer's text for an external range. */
export function formatRange(r: IpRange): string {
  return `${formatIp(r.family, r.start)}-${formatIp(r.family, r.end)}`;
}
