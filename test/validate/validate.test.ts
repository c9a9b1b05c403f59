/**
 * One case per validation rule: the rule id and the exact line:column it is
 * reported at. Positions were counted by hand from the YAML below (the
 * header is lines 1-5, `spec:` is line 6).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/model/validation/index.ts';
import { check, expectAt, expectNone, header } from './helpers.ts';

const policy = (spec: string, name = 'p', ns = 'default'): string => `${header(name, ns)}spec:\n${spec}`;

describe('metadata', () => {
  it('missing-name: no metadata.name (at the metadata key)', () => {
    const ds = check(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  namespace: default\nspec: {}\n',
    );
    expectAt(ds, 'missing-name', 3, 1);
  });
  it('invalid-name: not a DNS-1123 subdomain', () => {
    expectAt(check(policy('  podSelector: {}\n', 'Web_Policy')), 'invalid-name', 4, 9);
  });
  it('accepts dotted subdomain names up to 253 characters', () => {
    expectNone(check(policy('  podSelector: {}\n', 'allow.web-1')), 'invalid-name');
  });
  it('invalid-namespace: not a DNS-1123 label (dots are not allowed)', () => {
    expectAt(check(policy('  podSelector: {}\n', 'p', 'team.a')), 'invalid-namespace', 5, 14);
  });
  it('invalid-label-key in metadata.labels', () => {
    const ds = check(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\n  labels:\n    -bad: x\nspec: {}\n',
    );
    expectAt(ds, 'invalid-label-key', 6, 5);
  });
});

describe('selectors', () => {
  it('invalid-label-key: prefix must be a DNS subdomain', () => {
    expectAt(
      check(policy('  podSelector:\n    matchLabels:\n      Example.com/app: web\n')),
      'invalid-label-key',
      9,
      7,
    );
  });
  it('invalid-label-key: name part longer than 63', () => {
    expectAt(
      check(policy(`  podSelector:\n    matchLabels:\n      ${'a'.repeat(64)}: web\n`)),
      'invalid-label-key',
      9,
      7,
    );
  });
  it('invalid-label-value: must start and end alphanumeric', () => {
    expectAt(check(policy('  podSelector:\n    matchLabels:\n      app: web-\n')), 'invalid-label-value', 9, 12);
  });
  it('accepts an empty label value', () => {
    expectNone(check(policy('  podSelector:\n    matchLabels:\n      app: ""\n')), 'invalid-label-value');
  });
  it('wrong-type: unquoted number as a label value', () => {
    expectAt(check(policy('  podSelector:\n    matchLabels:\n      version: 1.0\n')), 'wrong-type', 9, 16);
  });
  it('operator-needs-values: In without values (at the operator value)', () => {
    expectAt(
      check(policy('  podSelector:\n    matchExpressions:\n    - key: app\n      operator: In\n')),
      'operator-needs-values',
      10,
      17,
    );
  });
  it('operator-needs-values: NotIn with values: [] (at the values key)', () => {
    expectAt(
      check(policy('  podSelector:\n    matchExpressions:\n    - key: app\n      operator: NotIn\n      values: []\n')),
      'operator-needs-values',
      11,
      7,
    );
  });
  it('operator-forbids-values: Exists with values', () => {
    expectAt(
      check(
        policy('  podSelector:\n    matchExpressions:\n    - key: app\n      operator: Exists\n      values: [web]\n'),
      ),
      'operator-forbids-values',
      11,
      7,
    );
  });
  it('unknown-operator: operators are case-sensitive', () => {
    expectAt(
      check(policy('  podSelector:\n    matchExpressions:\n    - {key: app, operator: in, values: [web]}\n')),
      'unknown-operator',
      9,
      28,
    );
  });
  it('unknown-operator: missing operator (at the requirement)', () => {
    expectAt(check(policy('  podSelector:\n    matchExpressions:\n    - key: app\n')), 'unknown-operator', 9, 7);
  });
  it('invalid-label-value inside matchExpressions values', () => {
    expectAt(
      check(policy('  podSelector:\n    matchExpressions:\n    - {key: app, operator: In, values: ["a b"]}\n')),
      'invalid-label-value',
      9,
      41,
    );
  });
  it('invalid-label-key: matchExpressions key', () => {
    expectAt(
      check(policy('  podSelector:\n    matchExpressions:\n    - {key: "a/b/c", operator: Exists}\n')),
      'invalid-label-key',
      9,
      13,
    );
  });
});

const rule = (body: string): string => policy(`  podSelector: {}\n  ingress:\n  - ports:\n${body}`);
// rule(): `- ports:` is line 9, the first port entry line 10.

describe('ports', () => {
  it('invalid-port: 0', () => {
    expectAt(check(rule('    - port: 0\n')), 'invalid-port', 10, 13);
  });
  it('invalid-port: 65536', () => {
    expectAt(check(rule('    - port: 65536\n')), 'invalid-port', 10, 13);
  });
  it('invalid-port: endPort above 65535', () => {
    expectAt(check(rule('    - port: 80\n      endPort: 70000\n')), 'invalid-port', 11, 16);
  });
  it('invalid-port-name: longer than 15 characters', () => {
    expectAt(check(rule('    - port: abcdefghijklmnop\n')), 'invalid-port-name', 10, 13);
  });
  it('invalid-port-name: upper case', () => {
    expectAt(check(rule('    - port: HTTP\n')), 'invalid-port-name', 10, 13);
  });
  it('invalid-port-name: no letter (quoted number)', () => {
    expectAt(check(rule('    - port: "8080"\n')), 'invalid-port-name', 10, 13);
  });
  it('invalid-port-name: double hyphen and leading hyphen', () => {
    const ds = check(rule('    - port: a--b\n    - port: -ab\n'));
    expectAt(ds, 'invalid-port-name', 10, 13);
    expectAt(ds, 'invalid-port-name', 11, 13);
  });
  it('accepts valid named ports', () => {
    expectNone(check(rule('    - port: http\n    - port: grpc-web\n    - port: h2c\n')), 'invalid-port-name');
  });
  it('invalid-protocol', () => {
    expectAt(check(rule('    - port: 80\n      protocol: ICMP\n')), 'invalid-protocol', 11, 17);
  });
  it('endport-without-port (at the endPort key)', () => {
    expectAt(check(rule('    - protocol: TCP\n      endPort: 90\n')), 'endport-without-port', 11, 7);
  });
  it('endport-named-port', () => {
    expectAt(check(rule('    - port: http\n      endPort: 90\n')), 'endport-named-port', 11, 7);
  });
  it('endport-before-port (at the endPort value)', () => {
    expectAt(check(rule('    - port: 100\n      endPort: 90\n')), 'endport-before-port', 11, 16);
  });
  it('accepts endPort equal to port', () => {
    const ds = check(rule('    - port: 100\n      endPort: 100\n'));
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('wrong-type: endPort as a string', () => {
    expectAt(check(rule('    - port: 80\n      endPort: "90"\n')), 'wrong-type', 11, 16);
  });
  it('wrong-type: port as a list', () => {
    expectAt(check(rule('    - port: [80]\n')), 'wrong-type', 10, 13);
  });
});

const peers = (body: string): string => policy(`  podSelector: {}\n  ingress:\n  - from:\n${body}`);
// peers(): `- from:` is line 9, the first peer line 10.

describe('peers and ipBlock', () => {
  it('empty-peer: `- {}`', () => {
    expectAt(check(peers('    - {}\n')), 'empty-peer', 10, 7);
  });
  it('empty-peer: a bare `-` (at the empty node right after the dash)', () => {
    expectAt(check(peers('    -\n    - podSelector: {}\n')), 'empty-peer', 10, 6);
  });
  it('peer-mixes-ipblock (at the ipBlock key)', () => {
    expectAt(
      check(peers('    - podSelector: {}\n      ipBlock:\n        cidr: 10.0.0.0/8\n')),
      'peer-mixes-ipblock',
      11,
      7,
    );
  });
  it('missing-cidr', () => {
    expectAt(check(peers('    - ipBlock:\n        except: [10.0.0.0/16]\n')), 'missing-cidr', 10, 7);
  });
  it('invalid-cidr: no prefix', () => {
    expectAt(check(peers('    - ipBlock:\n        cidr: 10.0.0.1\n')), 'invalid-cidr', 11, 15);
  });
  it('invalid-cidr: octet above 255', () => {
    expectAt(check(peers('    - ipBlock:\n        cidr: 10.0.300.0/24\n')), 'invalid-cidr', 11, 15);
  });
  it('invalid-cidr: IPv6 prefix above 128', () => {
    expectAt(check(peers('    - ipBlock:\n        cidr: "2001:db8::/129"\n')), 'invalid-cidr', 11, 15);
  });
  it('accepts IPv6 blocks with except', () => {
    const ds = check(peers('    - ipBlock:\n        cidr: "2001:db8::/32"\n        except: ["2001:db8:1::/48"]\n'));
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('cidr-not-canonical: host bits set (warning)', () => {
    const d = expectAt(check(peers('    - ipBlock:\n        cidr: 10.1.2.3/8\n')), 'cidr-not-canonical', 11, 15);
    expect(d.severity).toBe('warning');
  });
  it('except-outside-cidr: disjoint', () => {
    expectAt(
      check(peers('    - ipBlock:\n        cidr: 10.0.0.0/16\n        except:\n        - 10.1.0.0/24\n')),
      'except-outside-cidr',
      13,
      11,
    );
  });
  it('except-outside-cidr: equal to cidr is not strictly inside', () => {
    expectAt(
      check(peers('    - ipBlock:\n        cidr: 10.0.0.0/16\n        except: [10.0.0.0/16]\n')),
      'except-outside-cidr',
      12,
      18,
    );
  });
  it('except-outside-cidr: other IP family', () => {
    expectAt(
      check(peers('    - ipBlock:\n        cidr: 10.0.0.0/8\n        except: ["fd00::/8"]\n')),
      'except-outside-cidr',
      12,
      18,
    );
  });
  it('wrong-type: from as a map instead of a list', () => {
    expectAt(check(peers('      podSelector: {}\n')), 'wrong-type', 10, 7);
  });
});

describe('spec', () => {
  it('invalid-policy-type', () => {
    expectAt(check(policy('  podSelector: {}\n  policyTypes: [Ingress, egress]\n')), 'invalid-policy-type', 8, 26);
  });
  it('duplicate-policy-type', () => {
    expectAt(
      check(policy('  podSelector: {}\n  policyTypes:\n  - Ingress\n  - Ingress\n')),
      'duplicate-policy-type',
      10,
      5,
    );
  });
  it('too-many-policy-types', () => {
    expectAt(
      check(policy('  podSelector: {}\n  policyTypes: [Ingress, Egress, Ingress]\n')),
      'too-many-policy-types',
      8,
      3,
    );
  });
  it('unknown-field under spec (warning at the key)', () => {
    const d = expectAt(check(policy('  podSelector: {}\n  podselector: {}\n')), 'unknown-field', 8, 3);
    expect(d.severity).toBe('warning');
  });
  it('unknown-field: `from` in an egress rule', () => {
    expectAt(check(policy('  podSelector: {}\n  egress:\n  - from: []\n')), 'unknown-field', 9, 5);
  });
  it('wrong-type: spec.ingress as a string', () => {
    expectAt(check(policy('  podSelector: {}\n  ingress: all\n')), 'wrong-type', 8, 12);
  });
  it('wrong-type: podSelector as a string', () => {
    expectAt(check(policy('  podSelector: app=web\n')), 'wrong-type', 7, 16);
  });
  it('wrong-type: spec as a list', () => {
    expectAt(check(policy('  - podSelector: {}\n')), 'wrong-type', 7, 3);
  });
  it('validates NetworkPolicyList items', () => {
    const text =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicyList\nitems:\n- metadata: {name: a}\n  spec:\n    ingress:\n    - ports: [{port: 0}]\n';
    expectAt(check(text), 'invalid-port', 7, 22);
  });
  it('reports in the right file of several', () => {
    const ds = check({
      'a.yaml': policy('  podSelector: {}\n'),
      'b.yaml': policy('  podSelector: {}\n  policyTypes: [ingress]\n', 'q'),
    });
    const d = expectAt(ds, 'invalid-policy-type', 8, 17);
    expect(d.file).toBe('b.yaml');
  });
  it('excessive-aliases: alias bomb reported at the first alias', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const p = String.fromCharCode(96 + i);
      const n = String.fromCharCode(97 + i);
      lines.push(`${n}: &${n} [${Array(10).fill(`*${p}`).join(', ')}]`);
    }
    expectAt(check(`${lines.join('\n')}\n`), 'excessive-aliases', 2, 8);
  });
  it('a valid policy has no findings at all', () => {
    const ds = check(
      policy(
        '  podSelector:\n    matchLabels: {app: web}\n  policyTypes: [Ingress]\n  ingress:\n  - from:\n    - namespaceSelector: {matchLabels: {team: a}}\n      podSelector: {matchExpressions: [{key: tier, operator: NotIn, values: [db]}]}\n    - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}\n    ports:\n    - {port: 8000, endPort: 8080, protocol: TCP}\n',
      ),
    );
    expect(ds).toEqual([]);
  });
  it('every rule id used here is catalogued', () => {
    for (const id of ['wrong-type', 'unknown-field', 'invalid-port', 'except-outside-cidr', 'split-peer'])
      expect(RULES[id]).toBeDefined();
  });
});
