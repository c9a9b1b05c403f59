/**
 * Effective view on the canvas: which rule-graph nodes stay, and the effective
 * flows as React Flow edges. Nodes keep their rule-graph ids and layout boxes,
 * so switching views does not move anything.
 */
import { MarkerType, type Edge } from '@xyflow/react';
import { blockedNote, isHalfOpen, type EffectiveFlow } from '../../model/analysis/effective.ts';
import { ANYWHERE_ID } from '../../model/graph/index.ts';
import type { GraphNode, PolicyGraph } from '../../model/graph/types.ts';
import type { Box } from '../../state/layout-slice.ts';
import type { EdgeGeometry } from '../canvas/geometry/edge-layout.ts';
import { NODE_HEIGHT, nodeWidth } from '../canvas/geometry/sizes.ts';

/** `geometry`: as for rule edges (canvas/geometry/edge-layout.ts). */
export type EffectiveEdgeType = Edge<
  { flow: EffectiveFlow; label: string; note: string; halfOpen: boolean; geometry?: EdgeGeometry },
  'effective'
>;

/**
 * Workloads, the namespaces holding them, and `anywhere` when a flow uses it. Inferred and
 * peer nodes stand for selectors, not pods: the analysis has nothing to say about them.
 */
export function effectiveGraph(graph: PolicyGraph, flows: readonly EffectiveFlow[]): PolicyGraph {
  const used = new Set(flows.flatMap((f) => [f.source, f.target]));
  const withWorkloads = new Set(graph.nodes.filter((n) => n.kind === 'workload').map((n) => n.parentId));
  const nodes = graph.nodes.filter(
    (n) =>
      n.kind === 'workload' ||
      (n.kind === 'namespace' && withWorkloads.has(n.id)) ||
      (n.kind === 'anywhere' && used.has(n.id)),
  );
  // Rules naming only CIDRs draw cidr nodes, not `anywhere`: the effective view still needs one end for outside.
  if (used.has(ANYWHERE_ID) && !nodes.some((n) => n.id === ANYWHERE_ID)) nodes.push(OUTSIDE);
  return { nodes, edges: [] };
}

const OUTSIDE: GraphNode = {
  id: ANYWHERE_ID,
  kind: 'anywhere',
  label: 'anywhere',
  detail: 'outside the cluster',
  selectedBy: [],
  isolated: { ingress: false, egress: false },
};

/** The layout boxes plus one for a synthesised `anywhere` node: left of everything, so it never lands on a node. */
export function withOutsideBox(graph: PolicyGraph, boxes: Record<string, Box>): Record<string, Box> {
  if (boxes[ANYWHERE_ID] || !graph.nodes.some((n) => n.id === ANYWHERE_ID)) return boxes;
  const top = Object.entries(boxes)
    .filter(([id]) => graph.nodes.some((n) => n.id === id && !n.parentId))
    .map(([, b]) => b);
  const x = top.length ? Math.min(...top.map((b) => b.x)) : 0;
  const y = top.length ? Math.min(...top.map((b) => b.y)) : 0;
  const width = nodeWidth(OUTSIDE);
  return { ...boxes, [ANYWHERE_ID]: { x: x - width - 80, y, width, height: NODE_HEIGHT } };
}

/**
 * Beyond this many edges the canvas stops being readable (and React Flow slow): allowed flows are
 * drawn first, then half-open ones, and the legend says how many were left out.
 */
export const EFFECTIVE_EDGE_LIMIT = 800;

/** The flows drawn: both ends laid out, at most EFFECTIVE_EDGE_LIMIT, allowed first. */
export function drawnFlows(flows: readonly EffectiveFlow[], drawn: ReadonlySet<string>): EffectiveFlow[] {
  const visible = flows.filter((f) => drawn.has(f.source) && drawn.has(f.target));
  if (visible.length <= EFFECTIVE_EDGE_LIMIT) return visible;
  return [...visible.filter((f) => !isHalfOpen(f)), ...visible.filter(isHalfOpen)].slice(0, EFFECTIVE_EDGE_LIMIT);
}

export function toEffectiveEdges(
  flows: readonly EffectiveFlow[],
  drawn: ReadonlySet<string>,
  selected: string | null,
): EffectiveEdgeType[] {
  return drawnFlows(flows, drawn).map((flow) => {
    const halfOpen = isHalfOpen(flow);
    return {
      id: flow.id,
      type: 'effective' as const,
      source: flow.source,
      target: flow.target,
      data: { flow, label: flow.label, note: blockedNote(flow), halfOpen },
      markerEnd: {
        type: MarkerType.ArrowClosed,
        width: 18,
        height: 18,
        color: halfOpen ? 'var(--err)' : 'var(--edge)',
      },
      selected: flow.id === selected,
    };
  });
}
