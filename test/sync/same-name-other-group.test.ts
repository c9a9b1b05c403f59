/**
 * A Calico NetworkPolicy (projectcalico.org/v3) and a Kubernetes one with the
 * same namespace and name, the Calico one first: every edit of the policy on
 * the canvas writes into the Kubernetes document and leaves the Calico
 * document byte-identical. (Edits once found their document by kind,
 * namespace and name alone, and wrote into the first: the Calico one.)
 */
import { describe, expect, it } from 'vitest';
import type { PolicyEdit } from '../../src/model/edits/index.ts';
import type { NetworkPolicy, Workspace } from '../../src/model/types.ts';
import { applyOk, docRegions, ws } from './helpers.ts';

const CALICO = `# Calico's policy: ordered rules with actions, not a Kubernetes NetworkPolicy
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: allow-web # same name as the Kubernetes one
  namespace: shop
spec:
  selector: app == 'web'
  types: [Ingress, Egress]
  ingress:
    - action: Allow # from api only
      protocol: TCP
      source:
        selector: app == 'api'
      destination:
        ports: [8080]
  egress:
    - action: Allow
`;

const CALICO_DENY = `# Calico's own default deny, same name again
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: deny-ingress
  namespace: shop
spec:
  selector: all()
  types: [Ingress]
`;

const TEXT = `# Shop workspace
apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: api, image: nginx}]}
---
${CALICO}---
# The Kubernetes policy
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-web
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: web # the web pods
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: api
        - ipBlock:
            cidr: 10.0.0.0/8 # the office
      ports:
        - port: 8080 # http
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: shop
---
${CALICO_DENY}---
# Kubernetes default deny of ingress
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-ingress
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

/** The region (as the writer splits the text) of the document containing `marker`. */
function regionWith(text: string, marker: string): string | undefined {
  const hits = docRegions(text).filter((r) => r.includes(marker));
  expect(hits.length).toBeLessThanOrEqual(1);
  return hits[0];
}

const calicoBefore = regionWith(TEXT, "selector: app == 'web'")!;
const calicoDenyBefore = regionWith(TEXT, 'selector: all()')!;

const pol = (w: Workspace, name: string): NetworkPolicy | undefined =>
  w.policies.find((p) => p.namespace === 'shop' && p.name === name);
const web = { type: 'workload', namespace: 'shop', name: 'web' } as const;
const api = { type: 'workload', namespace: 'shop', name: 'api' } as const;

interface Case {
  name: string;
  edit: PolicyEdit;
  /** What the Kubernetes policy (or the workspace) looks like after the edit. */
  check: (after: Workspace, text: string) => void;
}

const cases: Case[] = [
  {
    name: 'setRulePorts rewrites the ports of the Kubernetes rule',
    edit: { op: 'setRulePorts', policy: 'shop/allow-web', direction: 'ingress', rule: 0, ports: [{ port: 9090 }] },
    check: (w) => expect(pol(w, 'allow-web')!.ingress[0].ports.map((p) => p.port)).toEqual([9090]),
  },
  {
    name: 'setRulePorts with no ports removes the Kubernetes rule ports',
    edit: { op: 'setRulePorts', policy: 'shop/allow-web', direction: 'ingress', rule: 0, ports: [] },
    check: (w) => expect(pol(w, 'allow-web')!.ingress[0].ports).toEqual([]),
  },
  {
    name: 'deletePolicy deletes the Kubernetes document',
    edit: { op: 'deletePolicy', policy: 'shop/allow-web' },
    check: (w, text) => {
      expect(pol(w, 'allow-web')).toBeUndefined();
      expect(text).not.toContain('# The Kubernetes policy');
    },
  },
  {
    name: 'setPolicyTypes writes the Kubernetes policyTypes',
    edit: { op: 'setPolicyTypes', policy: 'shop/allow-web', ingress: true, egress: true },
    check: (w) => expect(pol(w, 'allow-web')!.policyTypes).toEqual({ ingress: true, egress: true }),
  },
  {
    name: 'removeEdge removes the Kubernetes peer',
    edit: { op: 'removeEdge', policy: 'shop/allow-web', direction: 'ingress', rule: 0, peer: 1 },
    check: (w) => expect(pol(w, 'allow-web')!.ingress[0].peers.map((p) => !!p.podSelector)).toEqual([true]),
  },
  {
    name: 'removeEdge of the last peer removes the Kubernetes rule',
    edit: { op: 'removeEdge', policy: 'shop/allow-web', direction: 'ingress', rule: 1, peer: 0 },
    check: (w) => expect(pol(w, 'allow-web')!.ingress).toHaveLength(1),
  },
  {
    name: 'addIpBlockPeer to a rule appends to the Kubernetes rule',
    edit: { op: 'addIpBlockPeer', policy: 'shop/allow-web', direction: 'ingress', rule: 0, cidr: '192.168.0.0/16' },
    check: (w) => expect(pol(w, 'allow-web')!.ingress[0].peers[2].ipBlock?.cidr).toBe('192.168.0.0/16'),
  },
  {
    name: 'addIpBlockPeer as a new rule (egress: policyTypes follow) changes the Kubernetes policy',
    edit: { op: 'addIpBlockPeer', policy: 'shop/allow-web', direction: 'egress', cidr: '0.0.0.0/0' },
    check: (w) => {
      const p = pol(w, 'allow-web')!;
      expect(p.egress.map((r) => r.peers[0].ipBlock?.cidr)).toEqual(['0.0.0.0/0']);
      expect(p.policyTypes).toEqual({ ingress: true, egress: true });
    },
  },
  {
    name: 'allowFlow extends the Kubernetes policy that selects the destination',
    edit: { op: 'allowFlow', from: api, to: web, ports: [{ port: 9090 }], sides: 'ingress' },
    check: (w) => {
      const rules = pol(w, 'allow-web')!.ingress;
      expect(rules).toHaveLength(3);
      expect(rules[2].ports.map((p) => p.port)).toEqual([9090]);
    },
  },
  {
    name: 'setDefaultDeny off deletes the Kubernetes deny-all',
    edit: { op: 'setDefaultDeny', namespace: 'shop', direction: 'ingress', enabled: false },
    check: (w, text) => {
      expect(pol(w, 'deny-ingress')).toBeUndefined();
      expect(text).not.toContain('# Kubernetes default deny of ingress');
    },
  },
  {
    name: 'createPolicy appends a new Kubernetes policy',
    edit: { op: 'createPolicy', for: api, policyTypes: { ingress: true, egress: false } },
    check: (w) => expect(w.policies.map((p) => p.name)).toEqual(['allow-web', 'deny-ingress', 'api-policy']),
  },
];

describe('a Calico NetworkPolicy before a Kubernetes one of the same name', () => {
  it('the workspace reads only the Kubernetes ones, and remembers their group', () => {
    const w = ws(TEXT);
    expect(w.policies.map((p) => [p.id, p.group, p.apiVersion])).toEqual([
      ['shop/allow-web', 'networking.k8s.io', 'networking.k8s.io/v1'],
      ['shop/deny-ingress', 'networking.k8s.io', 'networking.k8s.io/v1'],
    ]);
  });

  for (const c of cases) {
    it(`${c.name}; the Calico documents stay byte-identical`, () => {
      const r = applyOk(TEXT, c.edit);
      expect(r.text).not.toBe(TEXT);
      expect(regionWith(r.text, "selector: app == 'web'")).toBe(calicoBefore);
      expect(regionWith(r.text, 'selector: all()')).toBe(calicoDenyBefore);
      c.check(ws(r.text), r.text);
    });
  }

  it('renameNamespace moves both (every object of a namespace moves) but rewrites selectors of the Kubernetes one only', () => {
    const r = applyOk(TEXT, { op: 'renameNamespace', from: 'shop', to: 'store' });
    const moved = (region: string) => region.replace('namespace: shop', 'namespace: store');
    expect(regionWith(r.text, "selector: app == 'web'")).toBe(moved(calicoBefore));
    expect(regionWith(r.text, 'selector: all()')).toBe(moved(calicoDenyBefore));
    const p = ws(r.text).policies.find((x) => x.id === 'store/allow-web')!;
    expect(p.ingress[1].peers[0].namespaceSelector?.matchLabels).toEqual({ 'kubernetes.io/metadata.name': 'store' });
  });

  it('removeNamespace removes every object of the namespace, whatever its group', () => {
    const r = applyOk(TEXT, { op: 'removeNamespace', name: 'shop' });
    expect(r.text).not.toContain('projectcalico.org');
    expect(r.text).not.toContain('networking.k8s.io');
  });
});
