/**
 * Effective connectivity: who can reach whom on which ports, as the graph's
 * connectivity view and `netpol-studio list` show it. Unit cases pin the
 * DESIGN.md §1 semantics; property tests check the fast class-based analysis
 * against the direct per-pod evaluation (explain) and the invariants users
 * rely on (policies only ever add allows; deny-all denies).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeConnectivity, externalId } from '../../src/model/analysis/connectivity.ts';
import { explainFlow } from '../../src/model/analysis/explain.ts';
import { formatIp } from '../../src/model/analysis/ipset.ts';
import { connKey, formatConns, isAll, isEmpty, subtract } from '../../src/model/analysis/ports.ts';
import type { Workspace } from '../../src/model/types.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { ruleArb, workspaceArb } from './arbitraries.ts';

const yaml = (text: string): Workspace => loadWorkspace([{ name: 't.yaml', text }]);

/** All non-self pairs as `src => dst : conns` strings, for readable expectations. */
function pairs(ws: Workspace): Record<string, string> {
  const r = analyzeConnectivity(ws);
  const out: Record<string, string> = {};
  r.workloads.forEach((s, i) =>
    r.workloads.forEach((d, j) => {
      if (i !== j) out[`${s.name}->${d.name}`] = formatConns(r.between(i, j));
    }),
  );
  return out;
}

const pods = `
kind: Namespace
metadata: {name: prod, labels: {env: prod}}
---
kind: Namespace
metadata: {name: dev, labels: {env: dev}}
---
kind: Pod
metadata: {name: web, namespace: prod, labels: {app: web}}
spec: {containers: [{ports: [{name: http, containerPort: 8080}]}]}
---
kind: Pod
metadata: {name: api, namespace: prod, labels: {app: api}}
---
kind: Pod
metadata: {name: tool, namespace: dev, labels: {app: api}}
---
`;

describe('semantics (DESIGN.md §1)', () => {
  it('with no policies everything reaches everything, to and from outside', () => {
    const ws = yaml(pods);
    expect(Object.values(pairs(ws)).every((c) => c === 'All Connections')).toBe(true);
    const r = analyzeConnectivity(ws);
    expect(r.ingressBlocks.map(externalId)).toEqual(['0.0.0.0-255.255.255.255[External]']);
    expect(isAll(r.fromExternal(0, 0))).toBe(true);
  });

  it('ingress: [] (deny all) isolates the selected pods only', () => {
    const p = pairs(
      yaml(
        `${pods}kind: NetworkPolicy\nmetadata: {name: d, namespace: prod}\nspec: {podSelector: {matchLabels: {app: web}}}\n`,
      ),
    );
    expect(p['api->web']).toBe('No Connections');
    expect(p['tool->web']).toBe('No Connections');
    expect(p['web->api']).toBe('All Connections');
  });

  it('podSelector peer = same namespace; namespaceSelector peer = all pods there; both = AND', () => {
    const pol = (peer: string) =>
      pairs(
        yaml(
          `${pods}kind: NetworkPolicy\nmetadata: {name: d, namespace: prod}\nspec: {podSelector: {matchLabels: {app: web}}, ingress: [{from: [${peer}]}]}\n`,
        ),
      );
    const podOnly = pol('{podSelector: {matchLabels: {app: api}}}');
    expect([podOnly['api->web'], podOnly['tool->web']]).toEqual(['All Connections', 'No Connections']);
    const nsOnly = pol('{namespaceSelector: {matchLabels: {env: dev}}}');
    expect([nsOnly['api->web'], nsOnly['tool->web']]).toEqual(['No Connections', 'All Connections']);
    const both = pol('{namespaceSelector: {}, podSelector: {matchLabels: {app: api}}}');
    expect([both['api->web'], both['tool->web']]).toEqual(['All Connections', 'All Connections']);
    const andNarrow = pol('{namespaceSelector: {matchLabels: {env: dev}}, podSelector: {matchLabels: {app: nope}}}');
    expect(andNarrow['tool->web']).toBe('No Connections');
  });

  it('ports: numbers, endPort ranges and named ports resolved on the destination', () => {
    const p = pairs(
      yaml(
        `${pods}kind: NetworkPolicy\nmetadata: {name: d, namespace: prod}\nspec: {podSelector: {}, ingress: [{ports: [{port: http}, {port: 9000, endPort: 9010}, {protocol: UDP, port: 53}]}]}\n`,
      ),
    );
    expect(p['api->web']).toBe('TCP 8080,9000-9010,UDP 53');
    expect(p['web->api']).toBe('TCP 9000-9010,UDP 53'); // api has no port named http
  });

  it('egress and ingress must both allow; egress to outside follows ipBlocks', () => {
    const ws = yaml(`${pods}kind: NetworkPolicy
metadata: {name: e, namespace: prod}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 8080}, {port: 9999}]
  - to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}]
---
kind: NetworkPolicy
metadata: {name: i, namespace: prod}
spec: {podSelector: {matchLabels: {app: web}}, ingress: [{ports: [{port: 8080}]}]}
`);
    const p = pairs(ws);
    expect(p['api->web']).toBe('TCP 8080');
    expect(p['api->tool']).toBe('No Connections');
    const r = analyzeConnectivity(ws);
    const api = r.workloads.findIndex((w) => w.name === 'api');
    const out = r.egressBlocks.map((b, k) => `${externalId(b)} ${formatConns(r.toExternal(api, k))}`);
    expect(out).toEqual([
      '0.0.0.0-9.255.255.255[External] No Connections',
      '10.0.0.0-10.0.255.255[External] All Connections',
      '10.1.0.0-10.1.255.255[External] No Connections',
      '10.2.0.0-10.255.255.255[External] All Connections',
      '11.0.0.0-255.255.255.255[External] No Connections',
    ]);
  });

  it('a policy whose policyTypes omit a direction does not isolate that direction', () => {
    const p = pairs(
      yaml(
        `${pods}kind: NetworkPolicy\nmetadata: {name: d, namespace: prod}\nspec: {podSelector: {}, policyTypes: [Egress], ingress: []}\n`,
      ),
    );
    expect(p['tool->web']).toBe('All Connections');
    expect(p['web->api']).toBe('No Connections');
  });
});

/** Fast analysis vs. the per-pod reference (explain) on every pair and external block. */
function agreesWithReference(ws: Workspace): void {
  const r = analyzeConnectivity(ws);
  r.workloads.forEach((s, i) =>
    r.workloads.forEach((d, j) => {
      expect({ pair: `${s.id}->${d.id}`, c: connKey(r.between(i, j)) }).toEqual({
        pair: `${s.id}->${d.id}`,
        c: connKey(explainFlow(ws, s.id, d.id).conns),
      });
    }),
  );
  r.ingressBlocks.forEach((b, k) =>
    r.workloads.forEach((d, j) => {
      expect(connKey(r.fromExternal(k, j))).toBe(connKey(explainFlow(ws, formatIp(b.family, b.end), d.id).conns));
    }),
  );
  r.egressBlocks.forEach((b, k) =>
    r.workloads.forEach((s, i) => {
      expect(connKey(r.toExternal(i, k))).toBe(connKey(explainFlow(ws, s.id, formatIp(b.family, b.start)).conns));
    }),
  );
}

describe('properties', () => {
  it('the class-based analysis equals direct per-pod evaluation', () => {
    fc.assert(fc.property(workspaceArb, agreesWithReference), { numRuns: 300 });
  });

  it('adding an allow rule to a direction a policy already covers never removes a connection', () => {
    fc.assert(
      fc.property(
        workspaceArb,
        fc.nat(),
        fc.boolean(),
        ruleArb('ingress'),
        ruleArb('egress'),
        (ws, pick, ingress, inRule, egRule) => {
          fc.pre(ws.policies.length > 0);
          const pi = pick % ws.policies.length;
          const pol = ws.policies[pi];
          const dir = ingress ? 'ingress' : 'egress';
          // Adding spec.egress to a policy without policyTypes would newly isolate egress: not an "allow rule".
          fc.pre(pol.policyTypes[dir] && (dir === 'ingress' || pol.explicitPolicyTypes || pol.egress.length > 0));
          const rule = { ...(ingress ? inRule : egRule), index: pol[dir].length };
          const bigger: Workspace = {
            ...ws,
            policies: ws.policies.map((p, i) => (i === pi ? { ...p, [dir]: [...p[dir], rule] } : p)),
          };
          const before = analyzeConnectivity(ws);
          const after = analyzeConnectivity(bigger);
          ws.workloads.forEach((_, i) =>
            ws.workloads.forEach((__, j) => {
              expect(isEmpty(subtract(before.between(i, j), after.between(i, j)))).toBe(true);
            }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('removing every policy allows everything', () => {
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        const r = analyzeConnectivity({ ...ws, policies: [] });
        ws.workloads.forEach((_, i) => ws.workloads.forEach((__, j) => expect(isAll(r.between(i, j))).toBe(true)));
        expect(r.ingressBlocks).toHaveLength(1);
        ws.workloads.forEach((_, j) => expect(isAll(r.fromExternal(0, j))).toBe(true));
      }),
      { numRuns: 100 },
    );
  });

  it('a deny-all ingress policy in a namespace leaves none of its workloads reachable from other workloads', () => {
    fc.assert(
      fc.property(workspaceArb, fc.constantFrom('a', 'b', 'c'), (ws, ns) => {
        const denyAll = {
          id: `${ns}/deny-all`,
          name: 'deny-all',
          namespace: ns,
          group: 'networking.k8s.io',
          apiVersion: 'networking.k8s.io/v1',
          podSelector: { matchLabels: {}, matchExpressions: [] },
          policyTypes: { ingress: true, egress: false },
          explicitPolicyTypes: true,
          ingress: [],
          egress: [],
          file: 'x',
          docIndex: 0,
        };
        // Other policies of that namespace may still allow ingress; the property is about deny-all alone there.
        const policies = [...ws.policies.filter((p) => p.namespace !== ns), denyAll];
        const r = analyzeConnectivity({ ...ws, policies });
        ws.workloads.forEach((d, j) => {
          if (d.namespace !== ns) return;
          ws.workloads.forEach((_, i) => {
            if (i !== j) expect(isEmpty(r.between(i, j))).toBe(true);
          });
          r.ingressBlocks.forEach((_, k) => expect(isEmpty(r.fromExternal(k, j))).toBe(true));
        });
      }),
      { numRuns: 100 },
    );
  });
});
