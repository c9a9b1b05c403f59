/**
 * CIDR parsing for ipBlock validation: IPv4 and IPv6 addresses as bigints so
 * containment works the same for both families. Kept separate from the
 * analysis' ipset so validation can say *why* a string is not a CIDR.
 */

export interface ParsedCidr {
  family: 4 | 6;
  /** Address as written (host bits may be set). */
  address: bigint;
  prefix: number;
  /** Address with host bits cleared. */
  network: bigint;
}

export type CidrResult = { ok: true; cidr: ParsedCidr } | { ok: false; reason: string };

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // Go's sloppy parser (used for legacy fields such as ipBlock) accepts leading zeros as decimal.
    if (!/^[0-9]{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseIPv6(text: string): bigint | undefined {
  if (text.includes('%')) return undefined; // zones are not allowed in CIDRs
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const toGroups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const items = s.split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (i === items.length - 1 && item.includes('.')) {
        const v4 = parseIPv4(item);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(item)) return undefined;
        out.push(parseInt(item, 16));
      }
    }
    return out;
  };
  const head = toGroups(halves[0]);
  const tail = halves.length === 2 ? toGroups(halves[1]) : [];
  if (!head || !tail) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return undefined;
    groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  } else {
    groups = head;
  }
  if (groups.length !== 8) return undefined;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

export function parseCidr(text: string): CidrResult {
  const slash = text.indexOf('/');
  if (slash < 0) return { ok: false, reason: 'must be a CIDR such as 10.0.0.0/8 or 2001:db8::/32 (the /prefix is missing)' };
  const addrText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const family: 4 | 6 = addrText.includes(':') ? 6 : 4;
  const address = family === 4 ? parseIPv4(addrText) : parseIPv6(addrText);
  if (address === undefined) return { ok: false, reason: `'${addrText}' is not a valid IPv${family} address` };
  const bits = family === 4 ? 32 : 128;
  if (!/^[0-9]{1,3}$/.test(prefixText) || Number(prefixText) > bits) {
    return { ok: false, reason: `prefix length must be a number from 0 to ${bits}` };
  }
  const prefix = Number(prefixText);
  const hostBits = BigInt(bits - prefix);
  const network = (address >> hostBits) << hostBits;
  return { ok: true, cidr: { family, address, prefix, network } };
}

/** True when `inner` is a strict subset of `outer` (same family, longer prefix, inside). */
export function isStrictSubnet(outer: ParsedCidr, inner: ParsedCidr): boolean {
  if (outer.family !== inner.family) return false;
  if (inner.prefix <= outer.prefix) return false;
  const bits = outer.family === 4 ? 32 : 128;
  const shift = BigInt(bits - outer.prefix);
  return inner.address >> shift === outer.network >> shift;
}
