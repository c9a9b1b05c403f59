import { describe, expect, it } from 'vitest';
import { deriveGraph, namespacePodsNodeId, nsNodeId } from '../../src/model/graph/index.ts';
import type { GraphNode } from '../../src/model/graph/types.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { otherEnds } from '../../src/ui/inspector/other-ends.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { textOf } from '../../src/ui/i18n/use-text.ts';

// The list's labels as an English reader sees them.
const english = createI18n('en').t;

/** The user's workspace: the article's deny-all and listing-03 in production, one workload. */
const TEXT = `apiVersion: v1
kind: Namespace
metadata: {name: monitoring, labels: {purpose: monitoring}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: production}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all, namespace: production}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-from-monitoring, namespace: production}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: {purpose: monitoring}
`;

const graph = deriveGraph(loadWorkspace([{ name: 'w.yaml', text: TEXT }]));
const node = (id: string): GraphNode => graph.nodes.find((n) => n.id === id)!;
const web = graph.nodes.find((n) => n.kind === 'workload' && n.label === 'web')!;

describe('the inspector\'s "other end" list', () => {
  it('has both the namespace box and its "all pods" node in the graph (the cause of the duplicate)', () => {
    expect(graph.nodes.filter((n) => n.label === 'production' || n.label === 'all pods in production')).toHaveLength(2);
  });

  it('lists all pods of a namespace once', () => {
    const labels = otherEnds(graph.nodes, web).map((o) => textOf(english, o.label));
    expect(labels.filter((l) => l === 'all pods in production')).toHaveLength(1);
    expect(labels).toEqual(['all pods in monitoring', 'all pods in production']);
  });

  it('leaves out the node itself under either of its two nodes', () => {
    for (const self of [nsNodeId('production'), namespacePodsNodeId('production')]) {
      const labels = otherEnds(graph.nodes, node(self)).map((o) => textOf(english, o.label));
      expect(labels).toEqual(['all pods in monitoring', 'production/web']);
    }
  });
});
