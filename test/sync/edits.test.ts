/**
 * Every PolicyEdit kind on commented fixtures: the edit does what it says,
 * keeps every comment outside the node it changes (text and count), leaves
 * untouched documents byte-identical, and its undo restores the original.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyEdit } from '../../src/model/edits/index.ts';
import type { Workspace } from '../../src/model/types.ts';
import { applyEdit } from '../../src/sync/index.ts';
import { comments, missing, LIST_CRLF, ODD_INDENT, POLICIES_ONLY, SHOP } from './fixtures.ts';
import { applyOk, ws } from './helpers.ts';

interface Case {
  name: string;
  text: string;
  edit: PolicyEdit;
  /** Comments inside the removed/replaced node, which may go with it. */
  mayDrop?: string[];
  check: (after: Workspace, text: string) => void;
}

const web = { type: 'workload', namespace: 'shop', name: 'web' } as const;
const api = { type: 'workload', namespace: 'shop', name: 'api' } as const;
const db = { type: 'workload', namespace: 'shop', name: 'db' } as const;
const pol = (w: Workspace, id: string) => w.policies.find((p) => p.id === id)!;
const wl = (w: Workspace, name: string) => w.workloads.find((x) => x.name === name)!;

const cases: Case[] = [
  {
    name: 'addNamespace appends a Namespace document',
    text: SHOP,
    edit: { op: 'addNamespace', name: 'billing', labels: { team: 'money' } },
    check: (w) => expect(w.namespaces.get('billing')).toMatchObject({ declared: true, labels: { team: 'money' } }),
  },
  {
    name: 'removeNamespace removes the manifest and everything in it',
    text: SHOP,
    edit: { op: 'removeNamespace', name: 'shop' },
    mayDrop: comments(SHOP).filter((c) => !c.startsWith('# Shop workspace') && c !== '# second header line'),
    check: (w) => {
      expect(w.namespaces.has('shop')).toBe(false);
      expect(w.policies).toHaveLength(0);
    },
  },
  {
    name: 'renameNamespace moves objects and rewrites name-label selectors',
    text: LIST_CRLF,
    edit: { op: 'renameNamespace', from: 'lab', to: 'lab2' },
    check: (w) => {
      expect(w.workloads.map((x) => x.namespace)).toEqual(['lab2']);
      expect(w.policies[0].id).toBe('lab2/solo-in');
    },
  },
  {
    name: 'renameNamespace of a declared namespace',
    text: SHOP,
    edit: { op: 'renameNamespace', from: 'shop', to: 'store' },
    check: (w) => {
      expect(w.namespaces.get('store')?.declared).toBe(true);
      expect(w.namespaces.has('shop')).toBe(false);
      expect(w.workloads.every((x) => x.namespace === 'store')).toBe(true);
    },
  },
  {
    name: 'setNamespaceLabels edits a flow map in place',
    text: SHOP,
    edit: { op: 'setNamespaceLabels', name: 'shop', labels: { team: 'web', env: 'staging', tier: 'gold' } },
    check: (w, t) => {
      expect(w.namespaces.get('shop')?.labels).toMatchObject({ env: 'staging', tier: 'gold' });
      expect(t).toContain('labels: {team: web, env: staging, tier: gold}   # flow labels');
    },
  },
  {
    name: 'setNamespaceLabels of an undeclared namespace declares it',
    text: POLICIES_ONLY,
    edit: { op: 'setNamespaceLabels', name: 'prod', labels: { env: 'prod' } },
    check: (w) => expect(w.namespaces.get('prod')).toMatchObject({ declared: true, labels: { env: 'prod' } }),
  },
  {
    name: 'addWorkload (Deployment by default)',
    text: SHOP,
    edit: { op: 'addWorkload', namespace: 'shop', name: 'cache', ports: [{ containerPort: 6379, name: 'redis' }] },
    check: (w) =>
      expect(wl(w, 'cache')).toMatchObject({
        kind: 'Deployment',
        labels: { app: 'cache' },
        ports: [{ containerPort: 6379, name: 'redis', protocol: 'TCP' }],
      }),
  },
  {
    name: 'addWorkload of another kind',
    text: SHOP,
    edit: { op: 'addWorkload', namespace: 'shop', name: 'nightly', kind: 'CronJob', labels: { job: 'nightly' } },
    check: (w) => expect(wl(w, 'nightly')).toMatchObject({ kind: 'CronJob', labels: { job: 'nightly' } }),
  },
  {
    name: 'removeWorkload removes its document',
    text: SHOP,
    edit: { op: 'removeWorkload', workload: { namespace: 'shop', name: 'db' } },
    mayDrop: ['# データベース'],
    check: (w) => expect(w.workloads.map((x) => x.name).sort()).toEqual(['api', 'web']),
  },
  {
    name: 'removeWorkload removes its List item',
    text: LIST_CRLF,
    edit: { op: 'removeWorkload', workload: { namespace: 'lab', name: 'solo' } },
    mayDrop: ['# single pod'],
    check: (w) => expect(w.workloads).toHaveLength(0),
  },
  {
    name: 'renameWorkload keeps the trailing comment',
    text: SHOP,
    edit: { op: 'renameWorkload', workload: { namespace: 'shop', name: 'api' }, to: 'backend' },
    check: (w, t) => {
      expect(wl(w, 'backend')).toBeDefined();
      expect(t).toContain('name: backend   # API — ünïcödé');
    },
  },
  {
    name: 'setWorkloadLabels changes the template and keeps the selector matching',
    text: SHOP,
    edit: {
      op: 'setWorkloadLabels',
      workload: { namespace: 'shop', name: 'web' },
      labels: { app: 'www', tier: 'front' },
    },
    check: (w, t) => {
      expect(wl(w, 'web').labels).toEqual({ app: 'www', tier: 'front' });
      expect(t).toContain('matchLabels: {app: www}');
    },
  },
  {
    name: 'setContainerPorts reconciles the list item by item',
    text: SHOP,
    edit: {
      op: 'setContainerPorts',
      workload: { namespace: 'shop', name: 'web' },
      ports: [
        { containerPort: 8080, name: 'http' },
        { containerPort: 8443, name: 'https' },
      ],
    },
    check: (w) => expect(wl(w, 'web').ports.map((p) => p.containerPort)).toEqual([8080, 8443]),
  },
  {
    name: 'setContainerPorts on a Pod in a List (CRLF)',
    text: LIST_CRLF,
    edit: {
      op: 'setContainerPorts',
      workload: { namespace: 'lab', name: 'solo' },
      ports: [{ containerPort: 80, protocol: 'TCP' }],
    },
    check: (w, t) => {
      expect(wl(w, 'solo').ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
      expect(t.replace(/\r\n/g, '')).not.toContain('\n');
    },
  },
  {
    name: 'createPolicy for a workload selects it by its labels',
    text: SHOP,
    edit: { op: 'createPolicy', for: web },
    check: (w) => {
      const p = pol(w, 'shop/web-policy');
      expect(p.podSelector.matchLabels).toEqual({ app: 'web' });
      expect(p.policyTypes).toEqual({ ingress: true, egress: false });
    },
  },
  {
    name: 'createPolicy for an inferred selector',
    text: POLICIES_ONLY,
    edit: {
      op: 'createPolicy',
      for: { type: 'selector', namespace: 'prod', selector: { matchLabels: { tier: 'db' }, matchExpressions: [] } },
      policyTypes: { ingress: true, egress: true },
    },
    check: (w) => expect(pol(w, 'prod/tier-db-policy').policyTypes).toEqual({ ingress: true, egress: true }),
  },
  {
    name: 'deletePolicy removes its document',
    text: SHOP,
    edit: { op: 'deletePolicy', policy: 'shop/db-allow' },
    mayDrop: ['# db accepts the api only', '# office', '# trailing comment — fin'],
    check: (w) => expect(w.policies.map((p) => p.id)).toEqual(['shop/api-allow']),
  },
  {
    name: 'setPolicyTypes writes a flow sequence in place',
    text: POLICIES_ONLY,
    edit: { op: 'setPolicyTypes', policy: 'prod/default-deny', ingress: true, egress: false },
    check: (w, t) => {
      expect(pol(w, 'prod/default-deny').policyTypes).toEqual({ ingress: true, egress: false });
      expect(t).toContain('policyTypes: [Ingress]   # flow sequence');
    },
  },
  {
    name: 'setPolicyTypes adds the key when implicit',
    text: SHOP,
    edit: { op: 'setPolicyTypes', policy: 'shop/db-allow', ingress: true, egress: true },
    check: (w) =>
      expect(pol(w, 'shop/db-allow')).toMatchObject({
        explicitPolicyTypes: true,
        policyTypes: { ingress: true, egress: true },
      }),
  },
  {
    name: 'setDefaultDeny on creates a deny-all policy',
    text: SHOP,
    edit: { op: 'setDefaultDeny', namespace: 'shop', direction: 'egress', enabled: true },
    check: (w) =>
      expect(pol(w, 'shop/default-deny-egress')).toMatchObject({
        policyTypes: { ingress: false, egress: true },
        egress: [],
      }),
  },
  {
    name: 'setDefaultDeny off narrows the deny-all policy',
    text: POLICIES_ONLY,
    edit: { op: 'setDefaultDeny', namespace: 'prod', direction: 'egress', enabled: false },
    check: (w) => expect(pol(w, 'prod/default-deny').policyTypes).toEqual({ ingress: true, egress: false }),
  },
  {
    name: 'allowFlow adds a peer to the rule with the same ports',
    text: SHOP,
    edit: { op: 'allowFlow', from: db, to: api, ports: [{ protocol: 'TCP', port: 8080 }] },
    check: (w) => expect(pol(w, 'shop/api-allow').ingress[0].peers).toHaveLength(3),
  },
  {
    name: 'allowFlow adds a rule when the ports differ, and the egress side when the source is egress-isolated',
    text: SHOP,
    edit: { op: 'allowFlow', from: api, to: web, ports: [{ protocol: 'TCP', port: 8080 }] },
    check: (w) => {
      // web had no policy: one is created; api is egress-isolated: its policy gets an egress rule.
      expect(pol(w, 'shop/allow-api-to-web').ingress[0].peers[0].podSelector?.matchLabels).toEqual({
        app: 'api',
        tier: 'backend',
      });
      expect(pol(w, 'shop/api-allow').egress).toHaveLength(3);
    },
  },
  {
    name: 'allowFlow from a cidr to an inferred node with a port range',
    text: POLICIES_ONLY,
    edit: {
      op: 'allowFlow',
      from: { type: 'cidr', cidr: '192.168.0.0/16', except: ['192.168.1.0/24'] },
      to: { type: 'selector', namespace: 'prod', selector: { matchLabels: { tier: 'backend' }, matchExpressions: [] } },
      ports: [{ protocol: 'TCP', port: 9000, endPort: 9100 }],
    },
    check: (w) =>
      expect(pol(w, 'prod/backend').ingress[1].peers[0].ipBlock).toEqual({
        cidr: '192.168.0.0/16',
        except: ['192.168.1.0/24'],
      }),
  },
  {
    name: 'allowFlow across namespaces, both sides on request',
    text:
      SHOP +
      '---\n# other namespace — 他\napiVersion: v1\nkind: Pod\nmetadata:\n  name: probe\n  namespace: ops\n  labels: {app: probe}\nspec:\n  containers: [{name: p, image: busybox}]\n',
    edit: {
      op: 'allowFlow',
      from: { type: 'workload', namespace: 'ops', name: 'probe' },
      to: db,
      ports: [{ port: 5432 }],
      sides: 'both',
    },
    check: (w) => {
      expect(pol(w, 'shop/db-allow').ingress).toHaveLength(1);
      expect(pol(w, 'shop/db-allow').ingress[0].peers.at(-1)?.namespaceSelector?.matchLabels).toEqual({
        'kubernetes.io/metadata.name': 'ops',
      });
      expect(pol(w, 'ops/allow-probe-to-db-egress').egress[0].peers[0].podSelector?.matchLabels).toEqual({ app: 'db' });
    },
  },
  {
    name: 'allowFlow to all namespaces writes the egress side only',
    text: SHOP,
    edit: { op: 'allowFlow', from: web, to: { type: 'all-namespaces' } },
    check: (w) =>
      expect(pol(w, 'shop/allow-web-to-all-namespaces').egress[0].peers[0].namespaceSelector).toEqual({
        matchLabels: {},
        matchExpressions: [],
      }),
  },
  {
    name: 'removeEdge removes exactly one peer',
    text: SHOP,
    edit: { op: 'removeEdge', policy: 'shop/api-allow', direction: 'ingress', rule: 0, peer: 1 },
    check: (w) =>
      expect(pol(w, 'shop/api-allow').ingress[0].peers.map((p) => p.podSelector?.matchLabels.app)).toEqual(['web']),
  },
  {
    name: 'removeEdge removes the rule with its last peer',
    text: SHOP,
    edit: { op: 'removeEdge', policy: 'shop/api-allow', direction: 'egress', rule: 0, peer: 0 },
    mayDrop: ['# to the db'],
    check: (w) => expect(pol(w, 'shop/api-allow').egress).toHaveLength(1),
  },
  {
    name: 'removeEdge of a rule without peers',
    text: SHOP,
    edit: { op: 'removeEdge', policy: 'shop/api-allow', direction: 'ingress', rule: 1, peer: -1 },
    mayDrop: ['# metrics from anywhere'],
    check: (w) => expect(pol(w, 'shop/api-allow').ingress).toHaveLength(1),
  },
  {
    name: 'removeEdge of the last egress rule keeps egress isolation',
    text: POLICIES_ONLY,
    edit: { op: 'removeEdge', policy: 'prod/egress-web', direction: 'egress', rule: 0, peer: 0 },
    mayDrop: ['# named port'],
    check: (w) => expect(pol(w, 'prod/egress-web').egress).toHaveLength(1),
  },
  {
    name: 'setRulePorts reconciles ports (port, protocol, endPort)',
    text: SHOP,
    edit: {
      op: 'setRulePorts',
      policy: 'shop/api-allow',
      direction: 'ingress',
      rule: 0,
      ports: [
        { protocol: 'TCP', port: 8443 },
        { protocol: 'UDP', port: 9000, endPort: 9100 },
      ],
    },
    check: (w, t) => {
      expect(pol(w, 'shop/api-allow').ingress[0].ports.map((p) => [p.protocol, p.port, p.endPort])).toEqual([
        ['TCP', 8443, undefined],
        ['UDP', 9000, 9100],
      ]);
      expect(t).toContain('port: 8443   # api port');
    },
  },
  {
    name: 'setRulePorts with no ports means all ports',
    text: POLICIES_ONLY,
    edit: { op: 'setRulePorts', policy: 'prod/backend', direction: 'ingress', rule: 0, ports: [] },
    check: (w) => expect(pol(w, 'prod/backend').ingress[0].ports).toEqual([]),
  },
  {
    name: 'addIpBlockPeer to an existing rule',
    text: SHOP,
    edit: {
      op: 'addIpBlockPeer',
      policy: 'shop/db-allow',
      direction: 'ingress',
      rule: 0,
      cidr: '172.16.0.0/12',
      except: ['172.16.1.0/24'],
    },
    check: (w) =>
      expect(pol(w, 'shop/db-allow').ingress[0].peers.at(-1)?.ipBlock).toEqual({
        cidr: '172.16.0.0/12',
        except: ['172.16.1.0/24'],
      }),
  },
  {
    name: 'addIpBlockPeer as a new rule',
    text: POLICIES_ONLY,
    edit: { op: 'addIpBlockPeer', policy: 'prod/egress-web', direction: 'egress', cidr: '10.0.0.0/8' },
    check: (w) => expect(pol(w, 'prod/egress-web').egress[2].peers[0].ipBlock?.cidr).toBe('10.0.0.0/8'),
  },
  {
    name: 'an edit in a layout yaml cannot write is re-indented to the source columns',
    text: ODD_INDENT,
    edit: { op: 'addIpBlockPeer', policy: 'prod/odd', direction: 'ingress', rule: 0, cidr: '10.0.0.0/8' },
    check: (w, t) => {
      expect(pol(w, 'prod/odd').ingress[0].peers).toHaveLength(2);
      expect(t).toBe(ODD_INDENT + '                -   ipBlock:\n                        cidr: 10.0.0.0/8\n');
    },
  },
];

describe('PolicyEdit kinds', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = applyOk(c.text, c.edit);
      expect(r.changes.length).toBeGreaterThan(0);
      // Comments outside the edited node all survive: same text, same count.
      const lost = missing(comments(c.text), comments(r.text));
      expect(missing(lost, c.mayDrop ?? [])).toEqual([]);
      expect(comments(r.text).length).toBeGreaterThanOrEqual(comments(c.text).length - (c.mayDrop?.length ?? 0));
      c.check(ws(r.text), r.text);
    });
  }

  it('covers every PolicyEdit kind', () => {
    const kinds = new Set(cases.map((c) => c.edit.op));
    for (const op of [
      'addNamespace',
      'removeNamespace',
      'renameNamespace',
      'setNamespaceLabels',
      'addWorkload',
      'removeWorkload',
      'renameWorkload',
      'setWorkloadLabels',
      'setContainerPorts',
      'createPolicy',
      'deletePolicy',
      'setPolicyTypes',
      'setDefaultDeny',
      'allowFlow',
      'removeEdge',
      'setRulePorts',
      'addIpBlockPeer',
    ] as const)
      expect(kinds.has(op), op).toBe(true);
  });

  it('keeps edits small: a changed scalar is one splice of that scalar', () => {
    const r = applyOk(SHOP, { op: 'renameWorkload', workload: { namespace: 'shop', name: 'web' }, to: 'www' });
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].end - r.changes[0].offset).toBeLessThanOrEqual(3);
    expect(r.touchedDocs).toEqual([1]);
  });

  it('returns the same text object and no changes when nothing changes', () => {
    for (const edit of [
      { op: 'noop' },
      { op: 'renameWorkload', workload: { namespace: 'shop', name: 'web' }, to: 'web' },
      { op: 'setNamespaceLabels', name: 'shop', labels: { team: 'web', env: 'prod' } },
      { op: 'allowFlow', from: web, to: api, ports: [{ protocol: 'TCP', port: 8080 }] },
      {
        op: 'setRulePorts',
        policy: 'shop/db-allow',
        direction: 'ingress',
        rule: 0,
        ports: [{ port: 5432, protocol: 'TCP' }],
      },
    ] as PolicyEdit[]) {
      const r = applyEdit(SHOP, edit);
      if ('error' in r) throw new Error(r.error);
      expect(r.text, edit.op).toBe(SHOP);
      expect(r.changes).toEqual([]);
      expect(r.touchedDocs).toEqual([]);
    }
  });

  it('reports errors instead of writing', () => {
    expect(applyEdit(SHOP, { op: 'deletePolicy', policy: 'shop/nope' })).toEqual({ error: 'No policy shop/nope.' });
    expect(applyEdit(SHOP, { op: 'addNamespace', name: 'shop' })).toHaveProperty('error');
    expect(
      applyEdit(SHOP, { op: 'removeEdge', policy: 'shop/api-allow', direction: 'ingress', rule: 7, peer: 0 }),
    ).toHaveProperty('error');
    expect(
      applyEdit(SHOP, { op: 'allowFlow', from: { type: 'cidr', cidr: '1.2.3.0/24' }, to: { type: 'all-namespaces' } }),
    ).toHaveProperty('error');
  });
});

describe('workloads known only from their Pods', () => {
  // Two replicas of a ReplicaSet, as `kubectl get pods -o yaml` lists them — コメント.
  const PODS = `# pods of one owner — dos réplicas
apiVersion: v1
kind: PodList
items:
- metadata:
    name: front-abc-1
    namespace: shop
    labels: {app: front}   # replica one
    ownerReferences:
    - {kind: ReplicaSet, name: front-abc, controller: true}
  spec:
    containers: [{name: c, image: nginx}]
- metadata:
    name: front-abc-2
    namespace: shop
    labels: {app: front}
    ownerReferences:
    - {kind: ReplicaSet, name: front-abc, controller: true}
  spec:
    containers: [{name: c, image: nginx}]
`;
  const owner = { namespace: 'shop', name: 'front-abc', kind: 'ReplicaSet' };

  it('relabels every Pod of the owner', () => {
    const r = applyOk(PODS, { op: 'setWorkloadLabels', workload: owner, labels: { app: 'front', tier: 'web' } });
    expect(ws(r.text).workloads[0]).toMatchObject({
      id: 'shop/front-abc[ReplicaSet]',
      labels: { app: 'front', tier: 'web' },
    });
    expect(r.text.match(/tier: web/g)).toHaveLength(2);
    expect(missing(comments(PODS), comments(r.text))).toEqual([]);
  });

  it('sets their container ports and removes them all', () => {
    const r = applyOk(PODS, { op: 'setContainerPorts', workload: owner, ports: [{ containerPort: 80 }] });
    expect(ws(r.text).workloads[0].ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    const gone = applyOk(PODS, { op: 'removeWorkload', workload: owner });
    expect(ws(gone.text).workloads).toHaveLength(0);
    expect(comments(gone.text)).toEqual(['# pods of one owner — dos réplicas']);
  });
});

describe('writing for kubectl', () => {
  it('quotes strings YAML 1.1 would read as booleans or numbers', () => {
    const r = applyOk(SHOP, {
      op: 'setNamespaceLabels',
      name: 'shop',
      labels: { team: 'on', env: 'prod', build: '0777', ok: 'yes-really' },
    });
    expect(r.text).toContain('{team: "on", env: prod, build: "0777", ok: yes-really}');
  });

  it('leaves a broken document alone while editing another', () => {
    const broken = SHOP + '---\n# broken — kaputt\nkind: [unclosed\n';
    const r = applyOk(broken, { op: 'renameWorkload', workload: { namespace: 'shop', name: 'web' }, to: 'www' });
    expect(r.text.endsWith('---\n# broken — kaputt\nkind: [unclosed\n')).toBe(true);
    expect(r.touchedDocs).toEqual([1]);
  });
});
