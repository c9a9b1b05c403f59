/**
 * Edits of cluster-scoped policies on a commented fixture: a rule added at the end or at an index
 * (in the shape of the kind's API version), a priority set, a rule moved. Every edit keeps every
 * comment (text and count) and keeps each rule's comment above that rule, leaves the other
 * documents byte-identical and undoes exactly (helpers.ts); the API's limits are refused.
 */
import { describe, expect, it } from 'vitest';
import type { ClusterPolicy } from '../../src/model/cluster-types.ts';
import type { EndpointRef, PolicyEdit } from '../../src/model/edits/index.ts';
import type { Workspace } from '../../src/model/types.ts';
import { applyEdit } from '../../src/sync/index.ts';
import { CLUSTER, comments, missing } from './fixtures.ts';
import { applyOk, docRegions, ws } from './helpers.ts';

const ANP = { kind: 'AdminNetworkPolicy', name: 'vault-guard' } as const;
const BANP = { kind: 'BaselineAdminNetworkPolicy', name: 'default' } as const;
const CNP = { kind: 'ClusterNetworkPolicy', name: 'shop-out' } as const;
const web: EndpointRef = { type: 'workload', namespace: 'shop', name: 'web' };
const db: EndpointRef = { type: 'workload', namespace: 'vault', name: 'db' };

const cluster = (w: Workspace, ref: { kind: string; name: string }): ClusterPolicy =>
  w.clusterPolicies!.find((p) => p.kind === ref.kind && p.name === ref.name)!;

/** Applies, checks the writer's invariants and that no comment was lost; returns the new text. */
function edited(edit: PolicyEdit, text = CLUSTER): string {
  const r = applyOk(text, edit);
  expect(r.changes.length).toBeGreaterThan(0);
  expect(missing(comments(text), comments(r.text))).toEqual([]);
  expect(comments(r.text)).toHaveLength(comments(text).length);
  // Only the edited policy's document changed.
  const before = docRegions(text);
  const after = docRegions(r.text);
  expect(after).toHaveLength(before.length);
  expect(r.touchedDocs).toHaveLength(1);
  after.forEach((d, i) => {
    if (!r.touchedDocs.includes(i)) expect(d).toBe(before[i]);
  });
  return r.text;
}

const refused = (edit: PolicyEdit, text = CLUSTER): string => {
  const r = applyEdit(text, edit);
  expect(r).toHaveProperty('error');
  return (r as { error: string }).error;
};

/** The line right above the line that contains `marker`. */
const lineAbove = (text: string, marker: string): string => {
  const lines = text.split('\n');
  return lines[lines.findIndex((l) => l.includes(marker)) - 1].trim();
};

describe('addClusterRule', () => {
  it('appends a Deny rule after the existing rules of an AdminNetworkPolicy', () => {
    const text = edited({
      op: 'addClusterRule',
      policy: ANP,
      direction: 'ingress',
      action: 'Deny',
      peers: [web],
      ports: [{ protocol: 'TCP', port: 5432 }],
    });
    const p = cluster(ws(text), ANP);
    expect(p.ingress.map((r) => r.name)).toEqual(['pass-within', 'allow-monitoring', 'deny-from-web']);
    const rule = p.ingress[2];
    expect(rule.action).toBe('Deny');
    expect(rule.peers).toMatchObject([
      {
        kind: 'pods',
        pods: {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } },
          podSelector: { matchLabels: { app: 'web' } },
        },
      },
    ]);
    expect(rule.ports).toMatchObject([{ kind: 'number', protocol: 'TCP', port: 5432 }]);
    // Written in the document's own layout, after the last rule and before the list's closing comment.
    expect(text).toContain(
      [
        '        port: 9090   # metrics',
        '  - name: deny-from-web',
        '    action: Deny',
        '    from:',
        '    - pods:',
        '        namespaceSelector:',
        '          matchLabels:',
        '            kubernetes.io/metadata.name: shop',
        '        podSelector:',
        '          matchLabels:',
        '            app: web',
        '    ports:',
        '    - portNumber:',
        '        protocol: TCP',
        '        port: 5432',
        '  # end of the rules — fin',
      ].join('\n'),
    );
    // The other rules keep their comments right above them.
    expect(lineAbove(text, 'name: pass-within')).toBe("# the vault's own traffic — 内部");
    expect(lineAbove(text, 'name: allow-monitoring')).toBe('# monitoring may scrape');
  });

  it('inserts at index 0: the old first rule keeps the comment written above it', () => {
    const text = edited({
      op: 'addClusterRule',
      policy: ANP,
      direction: 'ingress',
      action: 'Allow',
      peers: [{ type: 'namespace', namespace: 'shop' }],
      name: 'shop-first',
      index: 0,
    });
    const p = cluster(ws(text), ANP);
    expect(p.ingress.map((r) => r.name)).toEqual(['shop-first', 'pass-within', 'allow-monitoring']);
    expect(p.ingress[0].peers).toMatchObject([
      { kind: 'namespaces', namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } } },
    ]);
    expect(p.ingress[0].ports).toBeUndefined();
    expect(lineAbove(text, 'name: pass-within')).toBe("# the vault's own traffic — 内部");
    expect(lineAbove(text, 'name: shop-first')).toBe('ingress:');
  });

  it('inserts between two rules', () => {
    const text = edited({
      op: 'addClusterRule',
      policy: ANP,
      direction: 'ingress',
      action: 'Pass',
      peers: [web],
      index: 1,
    });
    expect(cluster(ws(text), ANP).ingress.map((r) => [r.name, r.action])).toEqual([
      ['pass-within', 'Pass'],
      ['pass-from-web', 'Pass'],
      ['allow-monitoring', 'Allow'],
    ]);
    expect(lineAbove(text, 'name: allow-monitoring')).toBe('# monitoring may scrape');
  });

  it('writes v1alpha1 ports: named ports, ranges, and a protocol alone as its whole range', () => {
    const text = edited({
      op: 'addClusterRule',
      policy: ANP,
      direction: 'ingress',
      action: 'Deny',
      peers: [web],
      ports: [
        { port: 'pg' },
        { protocol: 'UDP', port: 8000, endPort: 8100 },
        { protocol: 'SCTP' },
        { port: 80, endPort: 80 },
      ],
    });
    expect(cluster(ws(text), ANP).ingress[2].ports).toMatchObject([
      { kind: 'named', name: 'pg' },
      { kind: 'range', protocol: 'UDP', start: 8000, end: 8100 },
      { kind: 'range', protocol: 'SCTP', start: 1, end: 65535 },
      { kind: 'number', protocol: 'TCP', port: 80 },
    ]);
    expect(text).toContain(
      '    - namedPort: pg\n    - portRange:\n        protocol: UDP\n        start: 8000\n        end: 8100\n',
    );
  });

  it('writes a ClusterNetworkPolicy rule in the v1alpha2 shape (protocols, Accept), creating the list', () => {
    const text = edited({
      op: 'addClusterRule',
      policy: CNP,
      direction: 'egress',
      action: 'Accept',
      peers: [db, { type: 'cidr', cidr: '10.0.0.0/8' }],
      ports: [{ protocol: 'TCP', port: 5432 }, { protocol: 'UDP', port: 53, endPort: 54 }, { port: 'pg' }],
    });
    const rule = cluster(ws(text), CNP).egress[0];
    expect(rule).toMatchObject({ name: 'accept-to-db-10.0.0.0-8', action: 'Accept' });
    expect(rule.peers).toMatchObject([{ kind: 'pods' }, { kind: 'networks', cidrs: ['10.0.0.0/8'] }]);
    expect(rule.ports).toMatchObject([
      { kind: 'number', protocol: 'TCP', port: 5432 },
      { kind: 'range', protocol: 'UDP', start: 53, end: 54 },
      { kind: 'named', name: 'pg' },
    ]);
    // The document has no list of its own: written in the layout of the rest of the text (flush `- `).
    expect(text).toContain(
      [
        '      podSelector: {}',
        '  egress:',
        '  - name: accept-to-db-10.0.0.0-8',
        '    action: Accept',
        '    to:',
        '    - pods:',
      ].join('\n'),
    );
    expect(text).toContain('    - networks:\n      - 10.0.0.0/8\n');
    expect(text).toContain(
      '    protocols:\n    - tcp:\n        destinationPort:\n          number: 5432\n    - udp:\n        destinationPort:\n          range:\n            start: 53\n            end: 54\n    - destinationNamedPort: pg\n',
    );
    expect(text.endsWith('# trailing comment — 終わり\n')).toBe(true);
  });

  it('adds to a BaselineAdminNetworkPolicy in its indented layout, before its deny', () => {
    const text = edited({
      op: 'addClusterRule',
      policy: BANP,
      direction: 'egress',
      action: 'Allow',
      peers: [{ type: 'all-namespaces' }],
      ports: [{ protocol: 'UDP', port: 53 }],
      name: 'dns',
      index: 0,
    });
    expect(cluster(ws(text), BANP).egress.map((r) => [r.name, r.action])).toEqual([
      ['dns', 'Allow'],
      ['deny-all', 'Deny'],
    ]);
    expect(text).toContain('  egress:\n    - name: dns\n      action: Allow\n      to:\n        - namespaces: {}\n');
    expect(text).toContain('    - name: deny-all   # closed by default');
  });

  it('names a rule uniquely among the rules of its direction', () => {
    const edit: PolicyEdit = { op: 'addClusterRule', policy: ANP, direction: 'ingress', action: 'Deny', peers: [web] };
    const once = edited(edit);
    const twice = edited(edit, once);
    expect(
      cluster(ws(twice), ANP)
        .ingress.map((r) => r.name)
        .slice(2),
    ).toEqual(['deny-from-web', 'deny-from-web-2']);
  });

  it('selects a namespace peer by the labels chosen for it', () => {
    const text = edited({
      op: 'addClusterRule',
      policy: ANP,
      direction: 'ingress',
      action: 'Deny',
      peers: [{ type: 'namespace', namespace: 'vault', namespaceLabels: { tier: 'secret' } }],
    });
    expect(cluster(ws(text), ANP).ingress[2].peers).toMatchObject([
      { kind: 'namespaces', namespaces: { matchLabels: { tier: 'secret' } } },
    ]);
  });

  it.each<[string, PolicyEdit, RegExp]>([
    [
      'an action of another kind',
      { op: 'addClusterRule', policy: CNP, direction: 'egress', action: 'Allow', peers: [db] },
      /Allow is not an action of a ClusterNetworkPolicy rule: it takes Accept, Deny, Pass/,
    ],
    [
      'Pass in a BaselineAdminNetworkPolicy',
      { op: 'addClusterRule', policy: BANP, direction: 'egress', action: 'Pass', peers: [db] },
      /takes Allow, Deny/,
    ],
    [
      'an address as an ingress peer',
      {
        op: 'addClusterRule',
        policy: ANP,
        direction: 'ingress',
        action: 'Deny',
        peers: [{ type: 'cidr', cidr: '10.0.0.0/8' }],
      },
      /Ingress rules of cluster policies select namespaces or pods/,
    ],
    [
      'an address with except',
      {
        op: 'addClusterRule',
        policy: CNP,
        direction: 'egress',
        action: 'Deny',
        peers: [{ type: 'cidr', cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] }],
      },
      /no except list/,
    ],
    [
      'a range that ends below its start',
      {
        op: 'addClusterRule',
        policy: ANP,
        direction: 'ingress',
        action: 'Deny',
        peers: [web],
        ports: [{ port: 90, endPort: 80 }],
      },
      /end port is below the start port/,
    ],
    [
      'a bad port name',
      {
        op: 'addClusterRule',
        policy: ANP,
        direction: 'ingress',
        action: 'Deny',
        peers: [web],
        ports: [{ port: 'Not_A_Name' }],
      },
      /Port name "Not_A_Name"/,
    ],
    [
      'no peer',
      { op: 'addClusterRule', policy: ANP, direction: 'ingress', action: 'Deny', peers: [] },
      /at least one peer/,
    ],
    [
      '26 peers',
      { op: 'addClusterRule', policy: ANP, direction: 'ingress', action: 'Deny', peers: Array(26).fill(web) },
      /26 peers; the API allows at most 25/,
    ],
    [
      '26 ports',
      {
        op: 'addClusterRule',
        policy: ANP,
        direction: 'ingress',
        action: 'Deny',
        peers: [web],
        ports: Array.from({ length: 26 }, (_, i) => ({ port: 1000 + i })),
      },
      /26 ports; the API allows at most 25/,
    ],
    [
      'a name over 100 characters',
      { op: 'addClusterRule', policy: ANP, direction: 'ingress', action: 'Deny', peers: [web], name: 'x'.repeat(101) },
      /101 characters long; the API allows at most 100/,
    ],
    [
      'an index past the end',
      { op: 'addClusterRule', policy: ANP, direction: 'ingress', action: 'Deny', peers: [web], index: 3 },
      /has 2 ingress rules: a new rule cannot go at #3/,
    ],
    [
      'a policy that is not there',
      {
        op: 'addClusterRule',
        policy: { kind: 'AdminNetworkPolicy', name: 'nope' },
        direction: 'ingress',
        action: 'Deny',
        peers: [web],
      },
      /No AdminNetworkPolicy nope in the workspace/,
    ],
    [
      'a workload that is not there',
      {
        op: 'addClusterRule',
        policy: ANP,
        direction: 'ingress',
        action: 'Deny',
        peers: [{ type: 'workload', namespace: 'shop', name: 'ghost' }],
      },
      /No workload shop\/ghost/,
    ],
  ])('refuses %s', (_, edit, message) => {
    expect(refused(edit)).toMatch(message);
  });

  it('refuses a 26th rule, and takes a 25th', () => {
    const rules = Array.from(
      { length: 24 },
      (_, i) => `    - name: r${i}\n      action: Deny\n      to:\n        - namespaces: {}\n`,
    ).join('');
    const full = CLUSTER.replace('        - namespaces: {}\n---', `        - namespaces: {}\n${rules}---`);
    expect(cluster(ws(full), BANP).egress).toHaveLength(25);
    expect(
      refused({ op: 'addClusterRule', policy: BANP, direction: 'egress', action: 'Deny', peers: [db] }, full),
    ).toMatch(/has 25 egress rules; the API allows at most 25/);
    const less = full.replace('    - name: r23\n      action: Deny\n      to:\n        - namespaces: {}\n', '');
    edited({ op: 'addClusterRule', policy: BANP, direction: 'egress', action: 'Deny', peers: [db] }, less);
  });
});

describe('setClusterPriority', () => {
  it('sets the priority in place, its trailing comment kept', () => {
    const text = edited({ op: 'setClusterPriority', policy: ANP, priority: 5 });
    expect(cluster(ws(text), ANP).priority).toBe(5);
    expect(text).toContain('  priority: 5 # lower first\n');
    const cnp = edited({ op: 'setClusterPriority', policy: CNP, priority: 1000 });
    expect(cnp).toContain('  priority: 1000   # after the vault guard\n');
  });

  it.each([-1, 1001, 2.5, Number.NaN])('refuses priority %s', (priority) => {
    expect(refused({ op: 'setClusterPriority', policy: ANP, priority })).toMatch(/takes a whole number from 0 to 1000/);
  });

  it('refuses a priority for the BaselineAdminNetworkPolicy', () => {
    expect(refused({ op: 'setClusterPriority', policy: BANP, priority: 3 })).toMatch(/has no priority/);
  });
});

describe('moveClusterRule', () => {
  it('moves a rule up with its comment, and the first rule keeps the comment written above it', () => {
    const text = edited({ op: 'moveClusterRule', policy: ANP, direction: 'ingress', rule: 1, to: 0 });
    expect(cluster(ws(text), ANP).ingress.map((r) => r.name)).toEqual(['allow-monitoring', 'pass-within']);
    expect(lineAbove(text, 'name: allow-monitoring')).toBe('# monitoring may scrape');
    expect(lineAbove(text, 'name: pass-within')).toBe("# the vault's own traffic — 内部");
    expect(text).toContain('    action: Pass   # to the NetworkPolicies\n');
    expect(text).toContain('        port: 9090   # metrics\n');
    // The list's closing comment stays at the end of the list.
    expect(text).toContain('        matchLabels: {tier: secret}\n  # end of the rules — fin\n');
  });

  it('moving down and back up restores the text', () => {
    const down = edited({ op: 'moveClusterRule', policy: ANP, direction: 'ingress', rule: 0, to: 1 });
    expect(cluster(ws(down), ANP).ingress.map((r) => r.name)).toEqual(['allow-monitoring', 'pass-within']);
    const back = edited({ op: 'moveClusterRule', policy: ANP, direction: 'ingress', rule: 1, to: 0 }, down);
    expect(back).toBe(CLUSTER);
  });

  it('moving a rule onto its own place changes nothing', () => {
    const r = applyOk(CLUSTER, { op: 'moveClusterRule', policy: ANP, direction: 'ingress', rule: 1, to: 1 });
    expect(r.text).toBe(CLUSTER);
  });

  it.each<[PolicyEdit, RegExp]>([
    [
      { op: 'moveClusterRule', policy: ANP, direction: 'ingress', rule: 1, to: 2 },
      /has 2 ingress rules: rule #1 cannot move to #2/,
    ],
    [{ op: 'moveClusterRule', policy: ANP, direction: 'ingress', rule: 0, to: -1 }, /cannot move to #-1/],
    [{ op: 'moveClusterRule', policy: ANP, direction: 'egress', rule: 0, to: 0 }, /has no egress rule #0/],
  ])('refuses %j', (edit, message) => {
    expect(refused(edit)).toMatch(message);
  });
});
