/**
 * Connection sets are what the analysis reports per flow; their text must be
 * exactly netpol-analyzer's, and policy ports (numbers, ranges, named ports)
 * must resolve the way Kubernetes does.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ALL_CONNECTIONS,
  NO_CONNECTIONS,
  allowsPort,
  connEquals,
  connsOf,
  formatConns,
  intersect,
  isAll,
  isEmpty,
  normalizeRanges,
  policyPortConns,
  rulePortsConns,
  subtract,
  union,
  type ConnectionSet,
} from '../../src/model/analysis/ports.ts';
import type { ContainerPort, Protocol } from '../../src/model/types.ts';

const protoArb = fc.constantFrom<Protocol>('TCP', 'UDP', 'SCTP');
const rangeArb = fc
  .tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 30 }))
  .map(([a, w]) => [a, a + w] as [number, number]);
const setArb: fc.Arbitrary<ConnectionSet> = fc
  .record({
    TCP: fc.array(rangeArb, { maxLength: 4 }),
    UDP: fc.array(rangeArb, { maxLength: 4 }),
    SCTP: fc.array(rangeArb, { maxLength: 4 }),
  })
  .map((r) => ({ TCP: normalizeRanges(r.TCP), UDP: normalizeRanges(r.UDP), SCTP: normalizeRanges(r.SCTP) }));

describe('formatConns (netpol-analyzer text)', () => {
  it('every port of every protocol prints as All Connections', () => {
    expect(formatConns(ALL_CONNECTIONS)).toBe('All Connections');
    expect(formatConns(union(union(connsOf('TCP'), connsOf('UDP')), connsOf('SCTP')))).toBe('All Connections');
  });

  it('lists protocols by name, ranges comma-joined without spaces', () => {
    const c = union(union(connsOf('UDP', 10053, 10053), connsOf('TCP', 10053, 10054)), NO_CONNECTIONS);
    expect(formatConns(c)).toBe('TCP 10053-10054,UDP 10053');
    expect(formatConns(union(connsOf('SCTP', 9090, 9090), connsOf('SCTP', 8956, 8956)))).toBe('SCTP 8956,9090');
    expect(formatConns(subtract(ALL_CONNECTIONS, connsOf('TCP', 80, 80)))).toBe(
      'SCTP 1-65535,TCP 1-79,81-65535,UDP 1-65535',
    );
  });

  it('the empty set prints as No Connections', () => {
    expect(formatConns(NO_CONNECTIONS)).toBe('No Connections');
  });
});

describe('set algebra', () => {
  it('adjacent and overlapping ranges merge; out-of-range ports are clipped', () => {
    expect(
      normalizeRanges([
        [5, 6],
        [1, 3],
        [4, 4],
        [10, 12],
        [11, 20],
      ]),
    ).toEqual([1, 6, 10, 20]);
    expect(
      normalizeRanges([
        [0, 2],
        [65000, 70000],
      ]),
    ).toEqual([1, 2, 65000, 65535]);
    expect(normalizeRanges([[9, 3]])).toEqual([]);
  });

  it('union/intersect/subtract agree with per-port membership', () => {
    fc.assert(
      fc.property(setArb, setArb, protoArb, fc.integer({ min: 1, max: 240 }), (a, b, p, port) => {
        const inA = allowsPort(a, p, port);
        const inB = allowsPort(b, p, port);
        expect(allowsPort(union(a, b), p, port)).toBe(inA || inB);
        expect(allowsPort(intersect(a, b), p, port)).toBe(inA && inB);
        expect(allowsPort(subtract(a, b), p, port)).toBe(inA && !inB);
      }),
    );
  });

  it('isEmpty / isAll', () => {
    expect(isEmpty(NO_CONNECTIONS)).toBe(true);
    expect(isAll(ALL_CONNECTIONS)).toBe(true);
    expect(isAll(connsOf('TCP'))).toBe(false);
    expect(isEmpty(subtract(ALL_CONNECTIONS, ALL_CONNECTIONS))).toBe(true);
    expect(connEquals(union(connsOf('TCP', 1, 10), connsOf('TCP', 11, 20)), connsOf('TCP', 1, 20))).toBe(true);
  });
});

describe('policy ports', () => {
  const dst: ContainerPort[] = [
    { name: 'http', containerPort: 8080, protocol: 'TCP' },
    { name: 'dns', containerPort: 53, protocol: 'UDP' },
  ];

  it('a rule without ports allows every port', () => {
    expect(isAll(rulePortsConns([], dst))).toBe(true);
  });

  it('protocol defaults to TCP when the workspace loader fills it; a port alone is one port', () => {
    expect(formatConns(policyPortConns({ protocol: 'TCP', port: 80 }, dst))).toBe('TCP 80');
  });

  it('a protocol without a port allows all its ports', () => {
    expect(formatConns(policyPortConns({ protocol: 'UDP' }, dst))).toBe('UDP 1-65535');
  });

  it('endPort makes an inclusive range', () => {
    expect(formatConns(policyPortConns({ protocol: 'TCP', port: 32000, endPort: 32768 }, dst))).toBe('TCP 32000-32768');
  });

  it('a named port resolves on the destination with name AND protocol', () => {
    expect(formatConns(policyPortConns({ protocol: 'TCP', port: 'http' }, dst))).toBe('TCP 8080');
    expect(isEmpty(policyPortConns({ protocol: 'TCP', port: 'dns' }, dst))).toBe(true); // dns is UDP
    expect(isEmpty(policyPortConns({ protocol: 'TCP', port: 'nope' }, dst))).toBe(true);
    expect(isEmpty(policyPortConns({ protocol: 'TCP', port: 'http' }, undefined))).toBe(true); // external address
  });

  it('several ports of a rule are a union', () => {
    expect(
      formatConns(
        rulePortsConns(
          [
            { protocol: 'TCP', port: 'http' },
            { protocol: 'UDP', port: 53 },
            { protocol: 'TCP', port: 443 },
          ],
          dst,
        ),
      ),
    ).toBe('TCP 443,8080,UDP 53');
  });
});
