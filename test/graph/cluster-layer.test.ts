/**
 * The cluster layer of the policy graph (issue 14): AdminNetworkPolicy / BaselineAdminNetworkPolicy /
 * ClusterNetworkPolicy rules as edges with tier, action and priority; subjects marked on their cards;
 * nodes / domainNames peers as a "not analysed" node; the ingress controller's edges; ids that survive
 * re-parsing and edits above.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import type { GraphEdge, PolicyGraph } from '../../src/model/graph/types.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

const THREE_LAYERS = readFileSync(
  join(import.meta.dirname, '../e2e/fixtures/cluster-policies/three-layers.yaml'),
  'utf8',
);
const graphOf = (text: string): PolicyGraph => deriveGraph(loadWorkspace([{ name: 'c.yaml', text }]));
const WEB = 'wl:shop/web[Deployment]';
const API = 'wl:shop/api[Deployment]';
const DB = 'wl:shop/db[Deployment]';
const brief = (e: GraphEdge) => [e.source, e.target, e.cluster?.action, e.label];

describe('cluster-scoped policies in the graph', () => {
  const g = graphOf(THREE_LAYERS);
  const ofPolicy = (id: string) => g.edges.filter((e) => e.policyId === id);

  it('draws each rule peer as an edge carrying tier, action and priority, labelled `ANP 10 · Deny TCP 5432`', () => {
    expect(ofPolicy('AdminNetworkPolicy/guard-db').map(brief)).toEqual([
      [API, DB, 'Pass', 'ANP 10 · Pass all ports'],
      [WEB, DB, 'Deny', 'ANP 10 · Deny TCP 5432'],
    ]);
    const deny = ofPolicy('AdminNetworkPolicy/guard-db').find((e) => e.cluster?.action === 'Deny')!;
    expect(deny.cluster).toEqual({
      kind: 'AdminNetworkPolicy',
      tier: 'Admin',
      action: 'Deny',
      priority: 10,
      ruleName: 'deny-web',
    });
    expect(deny).toMatchObject({ direction: 'ingress', ruleIndex: 0, peerIndex: 0 });
    // A BANP has no priority: none in its label or fields.
    expect(ofPolicy('BaselineAdminNetworkPolicy/default').map(brief)).toEqual([
      ['pods:monitoring', 'pods:shop', 'Deny', 'BANP · Deny all ports'],
    ]);
    expect(ofPolicy('BaselineAdminNetworkPolicy/default')[0].cluster).not.toHaveProperty('priority');
  });

  it('keeps NetworkPolicy edges as they were, without cluster fields', () => {
    const np = ofPolicy('shop/db-ingress');
    expect(np.map((e) => [e.source, e.target, e.label])).toEqual([[API, DB, 'TCP 5432']]);
    expect(np[0].cluster).toBeUndefined();
  });

  it('points each edge at its peer in the YAML', () => {
    const deny = ofPolicy('AdminNetworkPolicy/guard-db').find((e) => e.cluster?.action === 'Deny')!;
    const text = THREE_LAYERS.slice(deny.span!.offset, deny.span!.endOffset);
    expect(text).toContain('app: web');
    expect(text).not.toContain('app: api');
  });

  it('marks the nodes a subject selects, Admin tier by priority before Baseline', () => {
    const marks = (id: string) => g.nodes.find((n) => n.id === id)?.clusterSelectedBy?.map((m) => m.policyId);
    expect(marks(DB)).toEqual([
      'AdminNetworkPolicy/guard-db',
      'AdminNetworkPolicy/allow-monitoring',
      'BaselineAdminNetworkPolicy/default',
    ]);
    expect(marks(WEB)).toEqual(['AdminNetworkPolicy/allow-monitoring', 'BaselineAdminNetworkPolicy/default']);
    expect(marks('wl:monitoring/prometheus[Deployment]')).toEqual(['AdminNetworkPolicy/allow-monitoring']);
    expect(g.nodes.find((n) => n.id === DB)?.clusterSelectedBy?.[0]).toEqual({
      policyId: 'AdminNetworkPolicy/guard-db',
      kind: 'AdminNetworkPolicy',
      tier: 'Admin',
      priority: 10,
    });
  });

  it('adds the ingress controller with an edge to each workload an Ingress reaches, on the target port', () => {
    expect(g.nodes.find((n) => n.id === 'ingress-controller')?.kind).toBe('ingress-controller');
    const routes = g.edges.filter((e) => e.routes);
    expect(routes.map((e) => [e.id, e.target, e.label, e.routes])).toEqual([
      ['route:ingress-controller>' + WEB, WEB, 'Ingress shop/shop · TCP 8080', ['Ingress shop/shop']],
    ]);
    expect(THREE_LAYERS.slice(routes[0].span!.offset, routes[0].span!.endOffset)).toContain('web-svc');
  });

  it('keeps edge ids when the text moves and when a rule is added above', () => {
    const before = new Set(g.edges.map((e) => e.id));
    const moved = graphOf(`# a comment on top\n${THREE_LAYERS}`);
    expect(new Set(moved.edges.map((e) => e.id))).toEqual(before);
    const ruleAbove = THREE_LAYERS.replace(
      '  ingress:\n    - name: deny-web',
      '  ingress:\n    - name: first\n      action: Allow\n      from:\n        - networks: [10.0.0.0/8]\n    - name: deny-web',
    );
    const after = graphOf(ruleAbove);
    for (const id of before) expect(after.edges.some((e) => e.id === id)).toBe(true);
    const moved2 = after.edges.find((e) => e.cluster?.ruleName === 'deny-web')!;
    expect(moved2.ruleIndex).toBe(1);
    expect(after.edges.find((e) => e.cluster?.ruleName === 'first')).toMatchObject({
      source: 'cidr:10.0.0.0/8',
      target: DB,
      label: 'ANP 10 · Allow all ports',
    });
  });
});

describe('cluster policy peers', () => {
  const CNP = `
apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: egress-guard}
spec:
  tier: Admin
  priority: 5
  subject:
    namespaces: {matchLabels: {kubernetes.io/metadata.name: shop}}
  egress:
    - name: to-domains
      action: Accept
      to:
        - domainNames: ["*.example.com"]
    - name: to-nodes
      action: Deny
      to:
        - nodes: {matchLabels: {role: control-plane}}
    - name: everything-else
      action: Pass
      to:
        - namespaces: {}
`;
  const g = graphOf(CNP);

  it('draws nodes and domainNames as a node marked not analysed, namespaces {} as all namespaces', () => {
    expect(g.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['pods:shop', 'all-namespaces', 'CNP Admin 5 · Pass all ports'],
      ['pods:shop', 'not-analysed:domainNames', 'CNP Admin 5 · Accept all ports'],
      ['pods:shop', 'not-analysed:nodes', 'CNP Admin 5 · Deny all ports'],
    ]);
    const na = g.nodes.find((n) => n.id === 'not-analysed:nodes')!;
    expect(na).toMatchObject({ kind: 'not-analysed', detail: 'not analysed' });
  });

  it('marks a pod of the subject namespace', () => {
    expect(g.nodes.find((n) => n.id === 'wl:shop/api[Pod]')?.clusterSelectedBy?.map((m) => m.policyId)).toEqual([
      'ClusterNetworkPolicy/egress-guard',
    ]);
  });

  it('draws nothing extra for a workspace without cluster policies or Ingresses', () => {
    const plain = graphOf('apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x}\nspec: {containers: []}\n');
    expect(plain.nodes.map((n) => n.id)).toEqual(['ns:x', 'wl:x/a[Pod]']);
    expect(plain.nodes.every((n) => n.clusterSelectedBy === undefined)).toBe(true);
    expect(plain.edges).toEqual([]);
  });
});

describe('ids of the cluster layer nodes', () => {
  it('parse back, so effective flows and edges can name them', async () => {
    const { parseNodeId, parseEffectiveEdgeId } = await import('../../src/model/graph/ids.ts');
    expect(parseNodeId('ingress-controller')).toEqual({ kind: 'ingress-controller' });
    expect(parseNodeId('not-analysed:nodes')).toEqual({ kind: 'not-analysed', peer: 'nodes' });
    expect(parseNodeId('not-analysed:pods')).toBeUndefined();
    expect(parseEffectiveEdgeId('eff:ingress-controller>wl:shop/web[Deployment]')).toEqual({
      source: 'ingress-controller',
      target: 'wl:shop/web[Deployment]',
    });
  });
});
