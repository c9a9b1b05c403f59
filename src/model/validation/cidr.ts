/**
 * CIDR parsing for ipBlock validation: IPv4 and IPv6 addresses as bigints so
 * containment works the same for both families. Addresses are read by the
 * analysis' parser (ipset.ts) so validation and analysis never disagree; this
 * file adds the reasons a person needs when a string is not a CIDR.
 */
import { parseIp } from '../analysis/ipset.ts';

export interface ParsedCidr {
  family: 4 | 6;
  /** Address as written (host bits may be set). */
  address: bigint;
  prefix: number;
  /** Address with host bits cleared. */
  network: bigint;
}

export type CidrResult = { ok: true; cidr: ParsedCidr } | { ok: false; reason: string };

export function parseCidr(text: string): CidrResult {
  const slash = text.indexOf('/');
  if (slash < 0)
    return { ok: false, reason: 'must be a CIDR such as 10.0.0.0/8 or 2001:db8::/32 (the /prefix is missing)' };
  const addrText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const family: 4 | 6 = addrText.includes(':') ? 6 : 4;
  const parsed = parseIp(addrText);
  const address = parsed?.family === family && addrText === addrText.trim() ? parsed.value : undefined;
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
