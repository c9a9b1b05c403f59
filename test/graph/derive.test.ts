/**
 * Graph derivation on commented fixtures (test/sync/fixtures.ts): node kinds,
 * nesting, selectedBy/isolated flags, edge direction and labels, and ids that
 * survive re-parsing and unrelated edits.
 */
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import type { PolicyGraph } from '../../src/model/graph/types.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { applyEdit } from '../../src/sync/index.ts';
import { allowFlowEdit, removeEdgeEdit, setEdgePortsEdit } from '../../src/model/edits/index.ts';
import { LIST_CRLF, POLICIES_ONLY, SHOP } from '../sync/fixtures.ts';

const graphOf = (text: string): PolicyGraph => deriveGraph(loadWorkspace([{ name: 'g.yaml', text }]));
const node = (g: PolicyGraph, id: string) => {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id} in ${g.nodes.map((x) => x.id).join(' ')}`);
  return n;
};
const edgesOf = (g: PolicyGraph, policy: string) => g.edges.filter((e) => e.policyId === policy);

describe('deriveGraph', () => {
  const g = graphOf(SHOP);

  it('draws namespaces as groups with workloads inside', () => {
    expect(node(g, 'ns:shop')).toMatchObject({
      kind: 'namespace',
      label: 'shop',
      labels: { team: 'web', env: 'prod' },
    });
    for (const id of ['wl:shop/web[Deployment]', 'wl:shop/api[Deployment]', 'wl:shop/db[StatefulSet]']) {
      expect(node(g, id)).toMatchObject({ kind: 'workload', parentId: 'ns:shop', namespace: 'shop' });
    }
    expect(node(g, 'wl:shop/web[Deployment]').ports).toEqual([{ containerPort: 8080, name: 'http', protocol: 'TCP' }]);
    expect(node(g, 'wl:shop/web[Deployment]').endpoint).toEqual({
      type: 'workload',
      namespace: 'shop',
      name: 'web',
      kind: 'Deployment',
    });
  });

  it('flags selection and isolation per direction', () => {
    expect(node(g, 'wl:shop/api[Deployment]')).toMatchObject({
      selectedBy: ['shop/api-allow'],
      isolated: { ingress: true, egress: true },
    });
    expect(node(g, 'wl:shop/db[StatefulSet]')).toMatchObject({
      selectedBy: ['shop/db-allow'],
      isolated: { ingress: true, egress: false },
    });
    expect(node(g, 'wl:shop/web[Deployment]')).toMatchObject({
      selectedBy: [],
      isolated: { ingress: false, egress: false },
    });
  });

  it('draws ingress peer → selected and egress selected → peer, one edge per rule peer', () => {
    const api = edgesOf(g, 'shop/api-allow');
    expect(api.map((e) => [e.source, e.target, e.direction, e.ruleIndex, e.peerIndex, e.label])).toEqual(
      expect.arrayContaining([
        ['wl:shop/web[Deployment]', 'wl:shop/api[Deployment]', 'ingress', 0, 0, 'TCP 8080'],
        ['inferred:shop/app=admin', 'wl:shop/api[Deployment]', 'ingress', 0, 1, 'TCP 8080'],
        ['anywhere', 'wl:shop/api[Deployment]', 'ingress', 1, -1, 'TCP 9090'],
        ['wl:shop/api[Deployment]', 'wl:shop/db[StatefulSet]', 'egress', 0, 0, 'TCP 5432'],
        ['wl:shop/api[Deployment]', 'pods:nssel:|k8s-app=kube-dns', 'egress', 1, 0, 'UDP 53, TCP 53'],
      ]),
    );
    expect(api).toHaveLength(5);
    expect(api[0].span?.line).toBeGreaterThan(0);
  });

  it('names edges by policy, direction, canonical peer and ends — not by ports or positions', () => {
    const e = g.edges.find((x) => x.policyId === 'shop/api-allow' && x.peerIndex === 0 && x.direction === 'ingress')!;
    expect(e.id).toBe(
      'edge:shop/api-allow:ingress:ns:shop|pods:app=web:wl:shop/web[Deployment]>wl:shop/api[Deployment]',
    );
    expect(new Set(g.edges.map((x) => x.id)).size).toBe(g.edges.length);
    const r = applyEdit(SHOP, setEdgePortsEdit(e, [{ protocol: 'TCP', port: 9999 }]));
    if ('error' in r) throw new Error(r.error);
    const after = graphOf(r.text).edges.find((x) => x.id === e.id);
    expect(after?.label).toBe('TCP 9999');
  });

  it('draws inferred nodes, cidr peers with except, and selector peers distinctly', () => {
    expect(node(g, 'inferred:shop/app=admin')).toMatchObject({
      kind: 'inferred',
      label: 'app=admin',
      parentId: 'ns:shop',
    });
    expect(node(g, 'cidr:10.0.0.0/8 except 10.1.0.0/16')).toMatchObject({
      kind: 'cidr',
      label: '10.0.0.0/8',
      detail: 'except 10.1.0.0/16',
    });
    expect(node(g, 'pods:nssel:|k8s-app=kube-dns')).toMatchObject({
      kind: 'namespace-pods',
      label: 'pods k8s-app=kube-dns in all namespaces',
    });
  });

  it('draws a file of only policies (inferred nodes, ranges, named ports, all ports)', () => {
    const p = graphOf(POLICIES_ONLY);
    expect(node(p, 'ns:prod')).toMatchObject({ kind: 'namespace', detail: 'not declared' });
    expect(node(p, 'inferred:prod/tier=backend')).toMatchObject({
      kind: 'inferred',
      selectedBy: ['prod/backend', 'prod/default-deny'],
      isolated: { ingress: true, egress: true },
    });
    expect(node(p, 'pods:prod')).toMatchObject({
      kind: 'namespace-pods',
      selectedBy: ['prod/default-deny'],
      isolated: { ingress: true, egress: true },
    });
    const labels = p.edges.map((e) => [e.source, e.target, e.label]);
    expect(labels).toEqual(
      expect.arrayContaining([
        ['inferred:prod/tier=frontend', 'inferred:prod/tier=backend', 'TCP 8000-8100'],
        ['pods:nssel:team=ops|', 'inferred:prod/tier=backend', 'TCP 8000-8100'],
        ['inferred:prod/tier=frontend', 'cidr:0.0.0.0/0', 'TCP http'],
        ['inferred:prod/tier=frontend', 'anywhere', 'all ports'],
      ]),
    );
    expect(node(p, 'pods:nssel:team=ops|').label).toBe('all pods in namespaces team=ops');
  });

  it('draws every namespace named anywhere, and all namespaces', () => {
    const l = graphOf(LIST_CRLF);
    expect(node(l, 'ns:shop')).toMatchObject({ kind: 'namespace', detail: 'not declared' });
    expect(l.edges.map((e) => [e.source, e.target])).toEqual([['pods:shop', 'wl:lab/solo[Pod]']]);
    const all = graphOf(`# all namespaces — すべて
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: from-all, namespace: x}   # flow metadata
spec:
  podSelector: {}
  ingress:
  - from:
    - namespaceSelector: {}
`);
    expect(all.edges.map((e) => [e.source, e.target, e.label])).toEqual([['all-namespaces', 'pods:x', 'all ports']]);
    const named = graphOf(`# namespaces by name — 名前
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: from-two, namespace: x}
spec:
  podSelector: {}
  ingress:
  - from:
    - namespaceSelector:   # two namespaces, named
        matchExpressions:
        - {key: kubernetes.io/metadata.name, operator: In, values: [b, a]}
      podSelector: {matchLabels: {app: m}}
`);
    expect(named.edges.map((e) => e.source)).toEqual(['inferred:a/app=m', 'inferred:b/app=m']);
    expect(node(named, 'ns:a')).toMatchObject({ kind: 'namespace', detail: 'not declared' });
    expect(node(all, 'all-namespaces')).toMatchObject({ kind: 'all-namespaces', endpoint: { type: 'all-namespaces' } });
  });

  it('keeps ids across re-parses of a reformatted text and across unrelated edits', () => {
    const reformatted = graphOf('# a new header comment — neu\n\n' + SHOP.replace(/ {3}#/g, ' #'));
    expect(reformatted.nodes.map((n) => n.id)).toEqual(g.nodes.map((n) => n.id));
    expect(reformatted.edges.map((e) => e.id)).toEqual(g.edges.map((e) => e.id));
    // Removing the first ingress rule shifts rule indices; the remaining edges keep their ids.
    const r = applyEdit(SHOP, { op: 'removeEdge', policy: 'shop/api-allow', direction: 'ingress', rule: 0, peer: 0 });
    if ('error' in r) throw new Error(r.error);
    const r2 = applyEdit(r.text, {
      op: 'removeEdge',
      policy: 'shop/api-allow',
      direction: 'ingress',
      rule: 0,
      peer: 0,
    });
    if ('error' in r2) throw new Error(r2.error);
    const after = graphOf(r2.text);
    const metrics = after.edges.find((e) => e.source === 'anywhere')!;
    expect(metrics.ruleIndex).toBe(0);
    expect(g.edges.find((e) => e.source === 'anywhere')!.id).toBe(metrics.id);
    const unrelated = applyEdit(SHOP, {
      op: 'renameWorkload',
      workload: { namespace: 'shop', name: 'web' },
      to: 'www',
    });
    if ('error' in unrelated) throw new Error(unrelated.error);
    const u = graphOf(unrelated.text);
    const dbEdges = (x: PolicyGraph) => edgesOf(x, 'shop/db-allow').map((e) => e.id);
    expect(dbEdges(u)).toEqual(dbEdges(g));
  });

  it('maps every edge back to an edit that removes exactly it', () => {
    for (const e of g.edges) {
      const r = applyEdit(SHOP, removeEdgeEdit(e));
      if ('error' in r) throw new Error(r.error);
      const after = graphOf(r.text);
      expect(
        after.edges.map((x) => x.id),
        e.id,
      ).not.toContain(e.id);
      expect(after.edges.length).toBe(g.edges.length - 1);
    }
  });

  it('turns a drawn edge between two nodes into a flow the graph then shows', () => {
    const from = node(g, 'wl:shop/web[Deployment]');
    const to = node(g, 'wl:shop/db[StatefulSet]');
    const edit = allowFlowEdit(from, to, [{ protocol: 'TCP', port: 5432 }]);
    if (!edit) throw new Error('no edit');
    const r = applyEdit(SHOP, edit);
    if ('error' in r) throw new Error(r.error);
    const after = graphOf(r.text);
    expect(
      after.edges.some(
        (e) => e.source === from.id && e.target === to.id && e.direction === 'ingress' && e.label === 'TCP 5432',
      ),
    ).toBe(true);
    expect(allowFlowEdit(node(g, 'ns:shop'), to)).toBeUndefined();
  });
});
