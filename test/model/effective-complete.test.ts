/**
 * The effective view is complete (issue 11): policies pasted without workloads draw flows between
 * the pods their selectors describe, a CIDR peer is drawn as that CIDR (not `anywhere`), and every
 * line of the connectivity list is carried by some flow.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { connlistEntries } from '../../src/model/analysis/connlist.ts';
import { connlistLinesOf, effectiveFlows, isHalfOpen, type EffectiveFlow } from '../../src/model/analysis/effective.ts';
import { explainFlow } from '../../src/model/analysis/explain.ts';
import { formatConns, isEmpty } from '../../src/model/analysis/ports.ts';
import { labelsSatisfying, representedWorkspace } from '../../src/model/analysis/representatives.ts';
import { deriveGraph } from '../../src/model/graph/derive.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import type { Workspace } from '../../src/model/types.ts';
import { ORACLE_DIR, oraclePresent, readTree } from '../conformance/oracle.ts';
import { workspaceArb } from './arbitraries.ts';

const load = (text: string): Workspace => loadWorkspace([{ name: 't.yaml', text }]);
const edges = (fs: readonly EffectiveFlow[]): string[] =>
  fs.filter((f) => !isHalfOpen(f)).map((f) => `${f.source} -> ${f.target}: ${f.label}`);

/**
 * The connectivity-list lines the flows carry, in `src => dst : conn` form: one per allowed workload
 * pair, one per address range of an address end. Half-open flows (nothing gets through) carry none.
 */
function linesOf(fs: readonly EffectiveFlow[]): string[] {
  const out: string[] = [];
  for (const f of fs) {
    if (isEmpty(f.allowed)) continue;
    expect(f.lines).toBe(Math.max(1, f.ranges.length));
    if (f.ranges.length === 0) out.push(`${f.from} => ${f.to} : ${f.label}`);
    const addressIsSource = f.source === 'anywhere' || f.source.startsWith('cidr:');
    for (const r of f.ranges)
      out.push(
        addressIsSource
          ? `${r.range}[External] => ${f.to} : ${r.conns}`
          : `${f.from} => ${r.range}[External] : ${r.conns}`,
      );
  }
  return out.sort();
}

const connlistLines = (ws: Workspace): string[] =>
  connlistEntries(analyzeConnectivity(ws))
    .map((e) => `${e.src} => ${e.dst} : ${e.conn}`)
    .sort();

// The article's listing-06, verbatim but for its Japanese comments: three tiers, policies only.
const LISTING_06 = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: frontend-policy, namespace: production}
spec:
  podSelector: {matchLabels: {tier: frontend}}
  policyTypes: [Ingress, Egress]
  ingress:
    - from: []
      ports: [{port: 80}]
  egress:
    - to: [{podSelector: {matchLabels: {tier: backend}}}]
      ports: [{port: 8080}]
    - to: [{namespaceSelector: {}}]
      ports: [{port: 53, protocol: UDP}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: backend-policy, namespace: production}
spec:
  podSelector: {matchLabels: {tier: backend}}
  policyTypes: [Ingress, Egress]
  ingress:
    - from: [{podSelector: {matchLabels: {tier: frontend}}}]
      ports: [{port: 8080}]
  egress:
    - to: [{podSelector: {matchLabels: {tier: database}}}]
      ports: [{port: 5432}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: database-policy, namespace: production}
spec:
  podSelector: {matchLabels: {tier: database}}
  policyTypes: [Ingress]
  ingress:
    - from: [{podSelector: {matchLabels: {tier: backend}}}]
      ports: [{port: 5432}]
`;

// listing-04: egress from app=backend to the external database network only.
const LISTING_04 = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-external-db, namespace: production}
spec:
  podSelector: {matchLabels: {app: backend}}
  policyTypes: [Egress]
  egress:
    - to: [{ipBlock: {cidr: 10.0.0.0/24}}]
      ports: [{protocol: TCP, port: 5432}]
`;

const FRONTEND = 'inferred:production/tier=frontend';
const BACKEND = 'inferred:production/tier=backend';
const DATABASE = 'inferred:production/tier=database';

describe('policies without workloads (listing-06)', () => {
  const ws = load(LISTING_06);
  const fs = effectiveFlows(ws);

  it('draws the three tiers between the inferred nodes of the rules view', () => {
    const drawn = edges(fs);
    expect(drawn).toContain(`${FRONTEND} -> ${BACKEND}: TCP 8080`);
    expect(drawn).toContain(`${BACKEND} -> ${DATABASE}: TCP 5432`);
    // The point of the three tiers: frontend cannot reach the database, the database is closed to the world.
    expect(drawn.filter((e) => e.startsWith(`${FRONTEND} -> ${DATABASE}`))).toEqual([]);
    expect(drawn.filter((e) => e.endsWith(`-> ${DATABASE}: TCP 5432`))).toEqual([
      `${BACKEND} -> ${DATABASE}: TCP 5432`,
    ]);
    expect(drawn.filter((e) => e.startsWith(`anywhere -> ${DATABASE}`))).toEqual([]);
    // Public ingress to the frontend on port 80 only, from outside and from every pod.
    expect(drawn).toContain(`anywhere -> ${FRONTEND}: TCP 80`);
    expect(drawn).toContain(`all-namespaces -> ${FRONTEND}: TCP 80`);
    // DNS: frontend's egress to every namespace on UDP 53.
    expect(drawn).toContain(`${FRONTEND} -> all-namespaces: UDP 53`);
  });

  it('uses the node ids the rules view draws, so switching views moves nothing', () => {
    const ids = new Set(deriveGraph(ws).nodes.map((n) => n.id));
    for (const f of fs) for (const end of [f.source, f.target]) expect(ids, end).toContain(end);
  });

  it('the Why panel explains a flow over the same stand-in pods', () => {
    const f = fs.find((x) => x.source === FRONTEND && x.target === BACKEND)!;
    const ex = explainFlow(representedWorkspace(ws).ws, f.from, f.to);
    expect(formatConns(ex.conns)).toBe('TCP 8080');
    expect(ex.egress.isolatingPolicies.map((p) => p.id)).toEqual(['production/frontend-policy']);
    expect(ex.ingress.isolatingPolicies.map((p) => p.id)).toEqual(['production/backend-policy']);
  });

  it('deny-all alone (listing-01) has stand-in pods and no flow', () => {
    const deny = load(`
kind: NetworkPolicy
metadata: {name: default-deny-all, namespace: production}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
`);
    const rep = representedWorkspace(deny);
    expect(rep.nodeIds).toEqual(['pods:production']);
    expect(effectiveFlows(deny)).toEqual([]);
  });

  it('namespaceSelector peers get a stand-in namespace with the labels they ask for', () => {
    const ws3 = load(`
kind: NetworkPolicy
metadata: {name: allow-monitoring, namespace: production}
spec:
  podSelector: {}
  ingress: [{from: [{namespaceSelector: {matchLabels: {purpose: monitoring}}}]}]
`);
    expect(edges(effectiveFlows(ws3))).toContain('pods:nssel:purpose=monitoring| -> pods:production: All Connections');
    // Outside addresses are not let in: production is ingress-isolated and only monitoring may enter.
    expect(edges(effectiveFlows(ws3)).filter((e) => e.endsWith('-> pods:production: All Connections'))).toHaveLength(1);
  });

  it('a stand-in pod carries what its selector requires', () => {
    const sel = (matchLabels: Record<string, string>, exprs: [string, string, string[]][]) => ({
      matchLabels,
      matchExpressions: exprs.map(([key, operator, values]) => ({ key, operator, values })),
    });
    expect(labelsSatisfying(sel({ tier: 'web' }, [['env', 'In', ['prod', 'dev']]]))).toEqual({
      tier: 'web',
      env: 'prod',
    });
    expect(
      labelsSatisfying(
        sel({}, [
          ['env', 'In', ['prod', 'dev']],
          ['env', 'NotIn', ['prod']],
        ]),
      ),
    ).toEqual({ env: 'dev' });
    expect(labelsSatisfying(sel({}, [['env', 'DoesNotExist', []]]))).toEqual({});
    expect(
      labelsSatisfying(
        sel({}, [
          ['env', 'In', ['a']],
          ['env', 'NotIn', ['a']],
        ]),
      ),
    ).toBeUndefined();
  });

  it('workloads in the YAML: the analysis is over them alone, no stand-ins', () => {
    const withPod = load(`${LISTING_06}
---
kind: Pod
metadata: {name: web, namespace: production, labels: {tier: frontend}}
`);
    expect(representedWorkspace(withPod).nodeIds).toBeUndefined();
    expect(
      effectiveFlows(withPod).every((f) => !f.source.startsWith('inferred:') && !f.target.startsWith('inferred:')),
    ).toBe(true);
  });
});

describe('addresses outside the cluster', () => {
  it('a 10.0.0.0/24 peer is a 10.0.0.0/24 end, not anywhere (listing-04)', () => {
    const fs = effectiveFlows(load(LISTING_04));
    const out = fs.filter((f) => f.source === 'inferred:production/app=backend');
    expect(edges(out)).toEqual(['inferred:production/app=backend -> cidr:10.0.0.0/24: TCP 5432']);
    expect(out[0].ranges).toEqual([{ range: '10.0.0.0-10.0.0.255', conns: 'TCP 5432' }]);
  });

  it('anywhere carries what every address gets, a block what its addresses get on top', () => {
    const fs = effectiveFlows(
      load(`
kind: Pod
metadata: {name: web, namespace: app, labels: {app: web}}
---
kind: NetworkPolicy
metadata: {name: web-out, namespace: app}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
    - ports: [{port: 53, protocol: UDP}]
    - to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}]
      ports: [{port: 443}]
    - to: [{ipBlock: {cidr: 10.2.0.0/16}}]
      ports: [{port: 5432}]
`),
    );
    const web = 'wl:app/web[Pod]';
    expect(edges(fs.filter((f) => f.source === web)).sort()).toEqual([
      `${web} -> anywhere: UDP 53`,
      `${web} -> cidr:10.0.0.0/8 except 10.1.0.0/16: TCP 443,UDP 53`,
      `${web} -> cidr:10.2.0.0/16: TCP 443,5432,UDP 53`,
    ]);
    // 10.1.0.0/16 (the except) gets only what every address gets: it is drawn on `anywhere`.
    const anywhere = fs.find((f) => f.source === web && f.target === 'anywhere')!;
    expect(anywhere.ranges.map((r) => r.range)).toContain('10.1.0.0-10.1.255.255');
  });
});

describe('every connectivity-list line is carried by a flow', () => {
  const root = join(ORACLE_DIR, 'netpol-analyzer', 'onlineboutique');
  const present = oraclePresent('netpol-analyzer');
  it.skipIf(!present)('onlineboutique: the flows carry exactly netpol-analyzer’s list', () => {
    const ws = loadWorkspace(readTree(join(root, 'in')));
    const fs = effectiveFlows(ws);
    const expected = readFileSync(join(root, 'expected.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.length > 0)
      .sort();
    expect(existsSync(join(root, 'expected.txt'))).toBe(true);
    expect(linesOf(fs)).toEqual(expected);
    // The text the canvas puts on each edge (data-connlist, read by the e2e spec) says the same.
    expect(fs.flatMap(connlistLinesOf).sort()).toEqual(expected);
    // redis-cart (no policy selects it) ↔ outside: All Connections both ways, drawn on `anywhere`.
    const redis = 'wl:default/redis-cart-78746d49dc[ReplicaSet]';
    expect(edges(fs)).toEqual(
      expect.arrayContaining([`anywhere -> ${redis}: All Connections`, `${redis} -> anywhere: All Connections`]),
    );
    expect(fs.filter((f) => f.unrestricted).map((f) => f.id)).toEqual([
      `eff:anywhere>${redis}`,
      `eff:${redis}>anywhere`,
    ]);
  });

  it('random workspaces (ipBlocks with except, several families of ranges): the same lines as the connlist', () => {
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        fc.pre(new Set(ws.workloads.map((w) => w.id)).size === ws.workloads.length);
        expect(linesOf(effectiveFlows(ws))).toEqual(connlistLines(ws));
      }),
      { numRuns: 150 },
    );
  });
});
