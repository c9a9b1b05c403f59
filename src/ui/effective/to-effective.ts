/**
 * Effective view on the canvas: which rule-graph nodes stay, and the effective
 * flows as React Flow edges. Nodes keep their rule-graph ids and layout boxes,
 * so switching views does not move anything.
 */
import { MarkerType, type Edge } from '@xyflow/react';
import { blockedNote, isHalfOpen, type EffectiveFlow } from '../../model/effective.ts';
import type { PolicyGraph } from '../../model/graph-types.ts';

export type EffectiveEdgeType = Edge<{ flow: EffectiveFlow; label: string; note: string; halfOpen: boolean }, 'effective'>;

/**
 * Workloads, the namespaces holding them, and `anywhere` when a flow uses it. Inferred and
 * peer nodes stand for selectors, not pods: the analysis has nothing to say about them.
 */
export function effectiveGraph(graph: PolicyGraph, flows: readonly EffectiveFlow[]): PolicyGraph {
  const used = new Set(flows.flatMap((f) => [f.source, f.target]));
  const withWorkloads = new Set(graph.nodes.filter((n) => n.kind === 'workload').map((n) => n.parentId));
  const nodes = graph.nodes.filter((n) =>
    n.kind === 'workload' || (n.kind === 'namespace' && withWorkloads.has(n.id)) || (n.kind === 'anywhere' && used.has(n.id)));
  return { nodes, edges: [] };
}

export function toEffectiveEdges(flows: readonly EffectiveFlow[], drawn: ReadonlySet<string>, selected: string | null): EffectiveEdgeType[] {
  return flows
    .filter((f) => drawn.has(f.source) && drawn.has(f.target))
    .map((flow) => {
      const halfOpen = isHalfOpen(flow);
      return {
        id: flow.id,
        type: 'effective' as const,
        source: flow.source,
        target: flow.target,
        data: { flow, label: flow.label, note: blockedNote(flow), halfOpen },
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: halfOpen ? 'var(--err)' : 'var(--edge)' },
        selected: flow.id === selected,
      };
    });
}
