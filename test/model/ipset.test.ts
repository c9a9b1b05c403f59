/**
 * ipBlock peers: CIDR parsing (IPv4 and IPv6), cidr-minus-except sets, and the
 * disjoint external ranges the connectivity list prints (netpol-analyzer style).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  containsIp,
  disjointRanges,
  formatIp,
  formatRange,
  ipBlockRanges,
  parseCidr,
  parseIp,
} from '../../src/model/analysis/ipset.ts';

describe('parsing', () => {
  it('IPv4 CIDRs, with host bits masked off like the API server', () => {
    expect(formatRange(parseCidr('10.0.0.0/8')!)).toBe('10.0.0.0-10.255.255.255');
    expect(formatRange(parseCidr('10.1.2.3/16')!)).toBe('10.1.0.0-10.1.255.255');
    expect(formatRange(parseCidr('0.0.0.0/0')!)).toBe('0.0.0.0-255.255.255.255');
    expect(formatRange(parseCidr('1.2.3.4/32')!)).toBe('1.2.3.4-1.2.3.4');
  });

  it('rejects malformed addresses and prefixes', () => {
    for (const bad of ['10.0.0/8', '10.0.0.256/8', '10.0.0.0/33', '10.0.0.0', 'abc/1', '1.2.3.4/'])
      expect(parseCidr(bad)).toBeUndefined();
    for (const bad of ['1::2::3/64', 'fe80::/129', '12345::/16']) expect(parseCidr(bad)).toBeUndefined();
  });

  // The API server accepts ipBlock CIDRs through Go's "sloppy" parser, which reads a
  // leading zero as decimal; so does the analysis (validation warns it is not canonical).
  it('reads leading zeros in IPv4 octets as decimal, like the API server', () => {
    expect(formatRange(parseCidr('010.0.0.0/8')!)).toBe('10.0.0.0-10.255.255.255');
  });

  it('IPv6 CIDRs including :: and an embedded IPv4 tail', () => {
    expect(formatRange(parseCidr('2001:db8::/32')!)).toBe('2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff');
    expect(parseIp('::ffff:1.2.3.4')!.value).toBe(0xffff01020304n);
    expect(formatIp(6, parseIp('2001:0db8:0:0:1:0:0:1')!.value)).toBe('2001:db8::1:0:0:1');
    expect(formatIp(6, 0n)).toBe('::');
  });

  it('IPv4 text round-trips', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        expect(formatIp(4, parseIp(ip)!.value)).toBe(ip);
      }),
    );
  });
});

describe('cidr minus except', () => {
  it('removes every except range', () => {
    const set = ipBlockRanges({ cidr: '10.0.0.0/8', except: ['10.1.0.0/16', '10.3.0.0/16'] })!;
    expect(set.map(formatRange)).toEqual(['10.0.0.0-10.0.255.255', '10.2.0.0-10.2.255.255', '10.4.0.0-10.255.255.255']);
    expect(containsIp(set, parseIp('10.1.2.3')!)).toBe(false);
    expect(containsIp(set, parseIp('10.2.2.3')!)).toBe(true);
  });
});

describe('disjointRanges (external blocks of the connectivity list)', () => {
  it('no ipBlocks: one block for all of IPv4', () => {
    expect(disjointRanges([]).map(formatRange)).toEqual(['0.0.0.0-255.255.255.255']);
  });

  it('0.0.0.0/0 with excepts splits at every except, each contiguous piece its own block', () => {
    const blocks = disjointRanges([{ cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.21.0.0/16', '172.30.0.0/16'] }]);
    expect(blocks.map(formatRange)).toEqual([
      '0.0.0.0-9.255.255.255',
      '10.0.0.0-10.255.255.255',
      '11.0.0.0-172.20.255.255',
      '172.21.0.0-172.21.255.255',
      '172.22.0.0-172.29.255.255',
      '172.30.0.0-172.30.255.255',
      '172.31.0.0-255.255.255.255',
    ]);
  });

  it('adjacent excepts of one block stay one range (no block can tell them apart)', () => {
    const blocks = disjointRanges([{ cidr: '10.0.0.0/8', except: ['10.1.0.0/16', '10.2.0.0/16'] }]);
    expect(blocks.map(formatRange)).toContain('10.1.0.0-10.2.255.255');
  });

  it('blocks cover IPv4 exactly once and never straddle a block boundary', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.ipV4(), fc.integer({ min: 4, max: 32 })), { minLength: 1, maxLength: 5 }),
        (cidrs) => {
          const ipBlocks = cidrs.map(([ip, len]) => ({ cidr: `${ip}/${len}`, except: [] }));
          const blocks = disjointRanges(ipBlocks);
          expect(blocks[0].start).toBe(0n);
          expect(blocks[blocks.length - 1].end).toBe(0xffffffffn);
          for (let i = 1; i < blocks.length; i++) expect(blocks[i].start).toBe(blocks[i - 1].end + 1n);
          for (const b of ipBlocks) {
            const set = ipBlockRanges(b)!;
            for (const r of blocks)
              expect(containsIp(set, { family: 4, value: r.start })).toBe(containsIp(set, { family: 4, value: r.end }));
          }
        },
      ),
    );
  });

  it('IPv6 blocks appear only when a policy names an IPv6 cidr', () => {
    const blocks = disjointRanges([{ cidr: '2001:db8::/32', except: [] }]);
    expect(blocks.map(formatRange)).toEqual([
      '0.0.0.0-255.255.255.255',
      '::-2001:db7:ffff:ffff:ffff:ffff:ffff:ffff',
      '2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff',
      '2001:db9::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
    ]);
  });
});
