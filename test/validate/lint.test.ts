/**
 * One case (or more) per lint rule, with the exact line:column, counted by
 * hand. Workload manifests come first in a separate file so policy line
 * numbers stay small.
 */
import { describe, expect, it } from 'vitest';
import { check, expectAt, expectNone, header } from './helpers.ts';

const deployment = (name: string, labels: string, ports = '', ns = 'default'): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  template:
    metadata:
      labels: ${labels}
    spec:
      containers:
      - name: c
        image: x
${ports ? `        ports: ${ports}\n` : ''}---
`;

const workloads =
  deployment('web', '{app: web}', '[{containerPort: 8080, name: http}]') +
  deployment('db', '{app: db}', '[{containerPort: 5432, name: pg}]') +
  deployment('dns', '{k8s-app: kube-dns}', '[{containerPort: 53, protocol: UDP, name: dns}]', 'kube-system');

const policy = (spec: string, name = 'p'): string => `${header(name)}spec:\n${spec}`;

describe('split-peer', () => {
  it('namespaceSelector then podSelector in two peers: at the second peer', () => {
    const ds = check(
      policy(
        '  podSelector: {}\n  ingress:\n  - from:\n    - namespaceSelector:\n        matchLabels: {team: a}\n    - podSelector:\n        matchLabels: {app: web}\n',
      ),
    );
    expectAt(ds, 'split-peer', 12, 7);
  });
  it('podSelector then namespaceSelector, in egress', () => {
    const ds = check(
      policy('  podSelector: {}\n  egress:\n  - to:\n    - podSelector: {}\n    - namespaceSelector: {}\n'),
    );
    expectAt(ds, 'split-peer', 11, 7);
  });
  it('not for one peer with both selectors (AND)', () => {
    const ds = check(
      policy('  podSelector: {}\n  ingress:\n  - from:\n    - namespaceSelector: {}\n      podSelector: {}\n'),
    );
    expectNone(ds, 'split-peer');
  });
});

describe('selects-nothing', () => {
  it('podSelector matching no workload: at the podSelector key', () => {
    const ds = check({ 'a.yaml': workloads, 'b.yaml': policy('  podSelector:\n    matchLabels: {app: nosuch}\n') });
    const d = expectAt(ds, 'selects-nothing', 7, 3);
    expect(d.file).toBe('b.yaml');
  });
  it('not when the workspace has no workloads', () => {
    expectNone(check(policy('  podSelector:\n    matchLabels: {app: nosuch}\n')), 'selects-nothing');
  });
  it('not when a workload matches', () => {
    expectNone(
      check({ 'a.yaml': workloads, 'b.yaml': policy('  podSelector:\n    matchLabels: {app: web}\n') }),
      'selects-nothing',
    );
  });
});

describe('no-dns-egress', () => {
  it('explicit Egress without DNS: at the Egress item', () => {
    const ds = check(
      policy('  podSelector: {}\n  policyTypes:\n  - Ingress\n  - Egress\n  egress:\n  - to:\n    - podSelector: {}\n'),
    );
    expectAt(ds, 'no-dns-egress', 10, 5);
  });
  it('implicit Egress (egress rules, no policyTypes): at the egress key', () => {
    const ds = check(policy('  podSelector: {}\n  egress:\n  - ports:\n    - port: 443\n'));
    expectAt(ds, 'no-dns-egress', 8, 3);
  });
  it('not when a rule allows UDP 53 to kube-system', () => {
    const ds = check(
      policy(
        '  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to:\n    - namespaceSelector:\n        matchLabels: {kubernetes.io/metadata.name: kube-system}\n    ports:\n    - {port: 53, protocol: UDP}\n',
      ),
    );
    expectNone(ds, 'no-dns-egress');
  });
  it('not when another policy of the namespace allows DNS for the same pods', () => {
    const deny = policy('  podSelector: {}\n  policyTypes: [Egress]\n', 'deny');
    const dns = policy(
      '  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - ports:\n    - {port: 53, protocol: UDP}\n',
      'dns',
    );
    expectNone(check({ 'a.yaml': deny, 'b.yaml': dns }), 'no-dns-egress');
  });
});

describe('port-matches-nothing', () => {
  it('named port that the selected workload does not declare: at the port value', () => {
    const ds = check({
      'a.yaml': workloads,
      'b.yaml': policy('  podSelector:\n    matchLabels: {app: web}\n  ingress:\n  - ports:\n    - port: https\n'),
    });
    expectAt(ds, 'port-matches-nothing', 11, 13);
  });
  it('numeric port no destination declares (egress to db)', () => {
    const ds = check({
      'a.yaml': workloads,
      'b.yaml': policy(
        '  podSelector:\n    matchLabels: {app: web}\n  egress:\n  - to:\n    - podSelector:\n        matchLabels: {app: db}\n    ports:\n    - port: 3306\n',
      ),
    });
    expectAt(ds, 'port-matches-nothing', 14, 13);
  });
  it('named port with the wrong protocol matches nothing', () => {
    const ds = check({
      'a.yaml': workloads,
      'b.yaml': policy(
        '  podSelector:\n    matchLabels: {app: web}\n  ingress:\n  - ports:\n    - {port: http, protocol: UDP}\n',
      ),
    });
    expectAt(ds, 'port-matches-nothing', 11, 14);
  });
  it('not when the port is declared (range covering it)', () => {
    const ds = check({
      'a.yaml': workloads,
      'b.yaml': policy(
        '  podSelector:\n    matchLabels: {app: web}\n  ingress:\n  - ports:\n    - {port: 8000, endPort: 9000}\n    - port: http\n',
      ),
    });
    expectNone(ds, 'port-matches-nothing');
  });
});

describe('duplicate-policy', () => {
  it('same namespace/name twice: at the second metadata.name value', () => {
    const one = policy('  podSelector: {}\n');
    const ds = check(`${one}---\n${one}`);
    // 7 lines, `---` on line 8, the second document from line 9: its name is on line 12.
    const d = expectAt(ds, 'duplicate-policy', 12, 9);
    expect(d.severity).toBe('error');
  });
  it('same name in different namespaces is fine', () => {
    const a = policy('  podSelector: {}\n');
    const b = `${header('p', 'other')}spec:\n  podSelector: {}\n`;
    expectNone(check(`${a}---\n${b}`), 'duplicate-policy');
  });
});
