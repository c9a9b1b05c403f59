/**
 * Connection sets: which (protocol, port) pairs a flow may use.
 *
 * Per protocol a sorted list of disjoint, non-adjacent inclusive ranges, stored
 * flat as `[lo0, hi0, lo1, hi1, ...]`. Plain data (JSON-friendly, comparable by
 * `connKey`). Formatting matches netpol-analyzer's connlist exactly, because the
 * CLI's `list` output is compared with it byte for byte.
 */
import { PROTOCOLS, type ContainerPort, type PolicyPort, type Protocol } from '../types.ts';

export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** Flat sorted disjoint ranges `[lo, hi, lo, hi, ...]`. */
export type PortRanges = readonly number[];
export type ConnectionSet = Readonly<Record<Protocol, PortRanges>>;

const FULL: PortRanges = Object.freeze([MIN_PORT, MAX_PORT]);
const NONE: PortRanges = Object.freeze([]);

export const NO_CONNECTIONS: ConnectionSet = Object.freeze({ TCP: NONE, UDP: NONE, SCTP: NONE });
export const ALL_CONNECTIONS: ConnectionSet = Object.freeze({ TCP: FULL, UDP: FULL, SCTP: FULL });

/** Normalises arbitrary ranges (any order, overlapping, adjacent) to canonical form, clipped to 1–65535. */
export function normalizeRanges(pairs: readonly (readonly [number, number])[]): PortRanges {
  const clipped = pairs
    .map(([a, b]) => [Math.max(MIN_PORT, a), Math.min(MAX_PORT, b)] as const)
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [a, b] of clipped) {
    const n = out.length;
    if (n > 0 && a <= out[n - 1] + 1) out[n - 1] = Math.max(out[n - 1], b);
    else out.push(a, b);
  }
  return out;
}

function unionRanges(x: PortRanges, y: PortRanges): PortRanges {
  if (x.length === 0) return y;
  if (y.length === 0) return x;
  const pairs: [number, number][] = [];
  for (let i = 0; i < x.length; i += 2) pairs.push([x[i], x[i + 1]]);
  for (let i = 0; i < y.length; i += 2) pairs.push([y[i], y[i + 1]]);
  return normalizeRanges(pairs);
}

function intersectRanges(x: PortRanges, y: PortRanges): PortRanges {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const lo = Math.max(x[i], y[j]);
    const hi = Math.min(x[i + 1], y[j + 1]);
    if (lo <= hi) out.push(lo, hi);
    if (x[i + 1] < y[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}

function complementRanges(x: PortRanges): PortRanges {
  const out: number[] = [];
  let next = MIN_PORT;
  for (let i = 0; i < x.length; i += 2) {
    if (x[i] > next) out.push(next, x[i] - 1);
    next = x[i + 1] + 1;
  }
  if (next <= MAX_PORT) out.push(next, MAX_PORT);
  return out;
}

function mapProtocols(f: (p: Protocol) => PortRanges): ConnectionSet {
  return { TCP: f('TCP'), UDP: f('UDP'), SCTP: f('SCTP') };
}

export const union = (a: ConnectionSet, b: ConnectionSet): ConnectionSet =>
  mapProtocols((p) => unionRanges(a[p], b[p]));
export const intersect = (a: ConnectionSet, b: ConnectionSet): ConnectionSet =>
  mapProtocols((p) => intersectRanges(a[p], b[p]));
export const subtract = (a: ConnectionSet, b: ConnectionSet): ConnectionSet =>
  mapProtocols((p) => intersectRanges(a[p], complementRanges(b[p])));

export const isEmpty = (c: ConnectionSet): boolean => PROTOCOLS.every((p) => c[p].length === 0);
export const isAll = (c: ConnectionSet): boolean =>
  PROTOCOLS.every((p) => c[p].length === 2 && c[p][0] === MIN_PORT && c[p][1] === MAX_PORT);

/** Does the set allow this one port? */
export function allowsPort(c: ConnectionSet, protocol: Protocol, port: number): boolean {
  const r = c[protocol];
  for (let i = 0; i < r.length; i += 2) if (r[i] <= port && port <= r[i + 1]) return true;
  return false;
}

/** A set with one protocol's ranges. */
export function connsOf(protocol: Protocol, lo = MIN_PORT, hi = MAX_PORT): ConnectionSet {
  return { ...NO_CONNECTIONS, [protocol]: normalizeRanges([[lo, hi]]) };
}

/** Stable identity string of a set (for interning and equality). */
export function connKey(c: ConnectionSet): string {
  return `${c.TCP.join(',')}|${c.UDP.join(',')}|${c.SCTP.join(',')}`;
}

export const connEquals = (a: ConnectionSet, b: ConnectionSet): boolean => connKey(a) === connKey(b);

/**
 * Resolves one policy port against the destination's container ports.
 * A named port allows the container port(s) with that name AND protocol; with
 * no such container port (or no destination pod, e.g. an IP block) it allows nothing.
 */
export function policyPortConns(pp: PolicyPort, dstPorts: readonly ContainerPort[] | undefined): ConnectionSet {
  if (pp.port === undefined) return connsOf(pp.protocol);
  if (typeof pp.port === 'number') {
    const end = pp.endPort !== undefined ? pp.endPort : pp.port;
    return connsOf(pp.protocol, pp.port, end);
  }
  const pairs: [number, number][] = [];
  for (const cp of dstPorts ?? []) {
    if (cp.name === pp.port && cp.protocol === pp.protocol) pairs.push([cp.containerPort, cp.containerPort]);
  }
  return { ...NO_CONNECTIONS, [pp.protocol]: normalizeRanges(pairs) };
}

/** What a rule's `ports` list allows towards a destination: empty list = every port. */
export function rulePortsConns(
  ports: readonly PolicyPort[],
  dstPorts: readonly ContainerPort[] | undefined,
): ConnectionSet {
  if (ports.length === 0) return ALL_CONNECTIONS;
  let acc = NO_CONNECTIONS;
  for (const pp of ports) acc = union(acc, policyPortConns(pp, dstPorts));
  return acc;
}

/** True when any of the rule's ports is named (its meaning depends on the destination pod). */
export const hasNamedPort = (ports: readonly PolicyPort[]): boolean => ports.some((p) => typeof p.port === 'string');

function rangesText(r: PortRanges): string {
  const parts: string[] = [];
  for (let i = 0; i < r.length; i += 2) parts.push(r[i] === r[i + 1] ? `${r[i]}` : `${r[i]}-${r[i + 1]}`);
  return parts.join(',');
}

/**
 * netpol-analyzer's text: `All Connections`, `No Connections`, or
 * `PROTO ranges` entries sorted by protocol name, `,`-joined without spaces,
 * e.g. `SCTP 1-65535,TCP 1-79,81-65535,UDP 1-65535`.
 */
export function formatConns(c: ConnectionSet): string {
  if (isAll(c)) return 'All Connections';
  if (isEmpty(c)) return 'No Connections';
  return [...PROTOCOLS]
    .sort()
    .filter((p) => c[p].length > 0)
    .map((p) => `${p} ${rangesText(c[p])}`)
    .join(',');
}
