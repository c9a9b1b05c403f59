/** The string-format checkers behind the validation rules, at their edges. */
import { describe, expect, it } from 'vitest';
import { isStrictSubnet, parseCidr } from '../../src/model/validation/cidr.ts';
import {
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  labelValueErrors,
  portNameErrors,
  qualifiedNameErrors,
} from '../../src/model/validation/names.ts';

const ok = (errs: string[]): boolean => errs.length === 0;

describe('names', () => {
  it('DNS-1123 label: 63 characters max, no dots, no upper case', () => {
    expect(ok(dns1123LabelErrors('a'.repeat(63)))).toBe(true);
    expect(ok(dns1123LabelErrors('a'.repeat(64)))).toBe(false);
    expect(ok(dns1123LabelErrors('kube-system'))).toBe(true);
    for (const bad of ['a.b', 'A', '-a', 'a-', '', 'a_b']) expect(ok(dns1123LabelErrors(bad)), bad).toBe(false);
  });
  it('DNS-1123 subdomain: dots allowed, 253 max', () => {
    expect(ok(dns1123SubdomainErrors('allow.web-1'))).toBe(true);
    const max = `${'a'.repeat(63)}.`.repeat(4).slice(0, 253); // 253 characters, last label 61 long
    expect(ok(dns1123SubdomainErrors(max))).toBe(true);
    expect(ok(dns1123SubdomainErrors(`${max}a`))).toBe(false);
    expect(ok(dns1123SubdomainErrors(Array(4).fill('a'.repeat(62)).join('.')))).toBe(true); // 251 characters
    expect(ok(dns1123SubdomainErrors('a'.repeat(254)))).toBe(false);
    for (const bad of ['a..b', '.a', 'a.', 'A.b']) expect(ok(dns1123SubdomainErrors(bad)), bad).toBe(false);
  });
  it('qualified names (label keys)', () => {
    for (const good of ['app', 'app.kubernetes.io/name', 'kubernetes.io/metadata.name', 'A_b.c-D', '1'])
      expect(ok(qualifiedNameErrors(good)), good).toBe(true);
    for (const bad of ['', '/a', 'a/', 'a/b/c', 'Example.com/a', '_a', 'a_', `${'a'.repeat(64)}`, 'a b'])
      expect(ok(qualifiedNameErrors(bad)), bad).toBe(false);
  });
  it('label values', () => {
    for (const good of ['', 'web', 'v1.2_3-x', 'a'.repeat(63)]) expect(ok(labelValueErrors(good)), good).toBe(true);
    for (const bad of ['-a', 'a-', 'a b', 'a/b', 'a'.repeat(64)]) expect(ok(labelValueErrors(bad)), bad).toBe(false);
  });
  it('port names (IANA_SVC_NAME)', () => {
    for (const good of ['http', 'h2c', 'grpc-web', 'a1', 'abcdefghijklmno'])
      expect(ok(portNameErrors(good)), good).toBe(true);
    for (const bad of ['', '80', 'HTTP', 'a--b', '-ab', 'ab-', 'abcdefghijklmnop', 'a_b'])
      expect(ok(portNameErrors(bad)), bad).toBe(false);
  });
});

describe('cidr', () => {
  const parse = (t: string) => {
    const r = parseCidr(t);
    if (!r.ok) throw new Error(r.reason);
    return r.cidr;
  };
  it('parses IPv4 and IPv6 forms', () => {
    expect(parse('0.0.0.0/0').prefix).toBe(0);
    expect(parse('10.0.0.0/8').family).toBe(4);
    expect(parse('::/0').family).toBe(6);
    expect(parse('2001:db8::/32').network).toBe(0x20010db8n << 96n);
    expect(parse('::ffff:10.0.0.1/128').address).toBe((0xffffn << 32n) | 0x0a000001n);
    expect(parse('1:2:3:4:5:6:7:8/128').address & 0xffffn).toBe(8n);
  });
  it('rejects malformed CIDRs', () => {
    for (const bad of [
      '10.0.0.0',
      '10.0.0/8',
      '10.0.0.256/8',
      '10.0.0.0/33',
      '::/129',
      '1::2::3/64',
      '1:2:3:4:5:6:7:8:9/64',
      'fe80::1%eth0/64',
      '10.0.0.0/',
      '10.0.0.0/-1',
      'x/8',
    ]) {
      expect(parseCidr(bad).ok, bad).toBe(false);
    }
  });
  it('strict subnets', () => {
    expect(isStrictSubnet(parse('10.0.0.0/8'), parse('10.1.0.0/16'))).toBe(true);
    expect(isStrictSubnet(parse('10.0.0.0/8'), parse('10.0.0.0/8'))).toBe(false);
    expect(isStrictSubnet(parse('10.0.0.0/16'), parse('10.0.0.0/8'))).toBe(false);
    expect(isStrictSubnet(parse('10.0.0.0/16'), parse('10.1.0.0/24'))).toBe(false);
    expect(isStrictSubnet(parse('0.0.0.0/0'), parse('::/1'))).toBe(false);
    expect(isStrictSubnet(parse('2001:db8::/32'), parse('2001:db8:ffff::/48'))).toBe(true);
  });
});
