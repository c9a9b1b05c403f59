/**
 * The live diff of a workspace that holds only NetworkPolicies (the article's listings, a
 * `kubectl get netpol -o yaml` paste): both versions are compared over the same representative pods,
 * those the selectors of either version describe (representatives.ts), each row on the rule-graph node
 * the effective view draws that pod on. Before, both sides had no pod and the diff said nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { effectiveFlows } from '../../src/model/analysis/effective.ts';
import { liveDiff } from '../../src/model/analysis/live-diff.ts';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

/** The article's listing 2: backend admits frontend on 8080. */
const ALLOW_FRONTEND = (port: number, from = 'frontend') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-frontend
  namespace: production
spec:
  podSelector:
    matchLabels:
      app: backend
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: ${from}
      ports:
        - protocol: TCP
          port: ${port}
`;

const ws = (text: string) => loadWorkspace([{ name: 'x.yaml', text }]);
const pair = (d: ReturnType<typeof liveDiff>, src: string, dst: string) =>
  d.rows.filter((r) => r.src.id === src && r.dst.id === dst);

describe('liveDiff of policies without workloads', () => {
  it('lists a changed port between the pods the selectors describe, on their effective-view nodes', () => {
    const before = ws(ALLOW_FRONTEND(8080));
    const after = ws(ALLOW_FRONTEND(9090));
    const d = liveDiff(before, after);
    const [row] = pair(d, 'production/app=frontend[Pod]', 'production/app=backend[Pod]');
    expect(row).toMatchObject({ type: 'changed', before: 'TCP 8080', after: 'TCP 9090', newOrGoneWorkload: false });
    // The effective view draws this flow between the same two nodes, so the row marks its edge.
    const flow = effectiveFlows(after).find((f) => f.source === row.src.node && f.target === row.dst.node);
    expect(flow?.label).toBe('TCP 9090');
    expect(row.src.node).toBe('inferred:production/app=frontend');
    expect(liveDiff(before, before).rows).toEqual([]);
  });

  it('takes a renamed selector as what the edit does to pods like each name, not one pod gone and one new', () => {
    const d = liveDiff(ws(ALLOW_FRONTEND(8080)), ws(ALLOW_FRONTEND(8080, 'frontendx')));
    expect(pair(d, 'production/app=frontend[Pod]', 'production/app=backend[Pod]')).toMatchObject([
      { type: 'removed', before: 'TCP 8080', after: '' },
    ]);
    expect(pair(d, 'production/app=frontendx[Pod]', 'production/app=backend[Pod]')).toMatchObject([
      { type: 'added', before: '', after: 'TCP 8080' },
    ]);
    expect(d.rows.some((r) => r.newOrGoneWorkload)).toBe(false);
    // A removed flow's ends are nodes of the baseline's rule graph (drawn as ghosts there).
    const baseNodes = new Set(deriveGraph(ws(ALLOW_FRONTEND(8080))).nodes.map((n) => n.id));
    const [removed] = d.rows.filter((r) => r.type === 'removed');
    expect(baseNodes.has(removed.src.node) && baseNodes.has(removed.dst.node)).toBe(true);
  });

  it('compares a first policy with an empty baseline: what it takes away from pods like those it names', () => {
    const d = liveDiff(ws(''), ws(ALLOW_FRONTEND(8080)));
    // Without the policy backend admits frontend on every port; with it, on 8080 only.
    expect(pair(d, 'production/app=frontend[Pod]', 'production/app=backend[Pod]')).toMatchObject([
      { type: 'changed', before: 'All Connections', after: 'TCP 8080' },
    ]);
  });
});
