/**
 * Effective view on the canvas: which rule-graph nodes stay, and the effective
 * flows as React Flow edges. Nodes keep their rule-graph ids and layout boxes,
 * so switching views does not move anything.
 */
import { MarkerType, type Edge } from '@xyflow/react';
import type { DiffType } from '../../model/analysis/diff.ts';
import { blockedNote, isHalfOpen, type EffectiveFlow } from '../../model/analysis/effective.ts';
import { ANYWHERE_ID, parseNodeId } from '../../model/graph/index.ts';
import type { GraphNode, PolicyGraph } from '../../model/graph/types.ts';
import type { Box } from '../../state/layout-slice.ts';
import type { EdgeGeometry } from '../canvas/geometry/edge-layout.ts';
import { GAP } from '../canvas/geometry/placement.ts';
import { NODE_HEIGHT, nodeWidth } from '../canvas/geometry/sizes.ts';

/** `geometry`: as for rule edges (canvas/geometry/edge-layout.ts); `diff`: its live-diff mark (ui/live). */
export type EffectiveEdgeType = Edge<
  { flow: EffectiveFlow; label: string; note: string; halfOpen: boolean; geometry?: EdgeGeometry; diff?: DiffType },
  'effective'
>;

/** Rule-graph nodes that stand for pods the policies describe rather than for workloads of the YAML. */
const STANDS_FOR_PODS = new Set<GraphNode['kind']>(['inferred', 'namespace-pods', 'all-namespaces']);

/**
 * No workloads in the YAML, only policies: the effective view analyses one representative pod per
 * inferred / "all pods" node (model/analysis/representatives.ts) and says so on the canvas.
 */
export const isInferredView = (graph: PolicyGraph): boolean =>
  !graph.nodes.some((n) => n.kind === 'workload') && graph.nodes.some((n) => STANDS_FOR_PODS.has(n.kind));

/**
 * Beyond this many unrestricted address flows (workloads no policy isolates: every address, all
 * connections, one connectivity-list line per address range) they are not drawn one by one but counted
 * in the legend: on a cluster with few policies they would be an edge to `anywhere` from every card.
 */
export const UNRESTRICTED_EDGE_LIMIT = 12;

/** The flows to draw, and the unrestricted address flows counted in the legend instead. */
export function splitFlows(flows: readonly EffectiveFlow[]): { shown: EffectiveFlow[]; counted: EffectiveFlow[] } {
  const counted = flows.filter((f) => f.unrestricted);
  if (counted.length <= UNRESTRICTED_EDGE_LIMIT) return { shown: [...flows], counted: [] };
  return { shown: flows.filter((f) => !f.unrestricted), counted };
}

/**
 * Workloads (or, with policies alone, the nodes representative pods stand for), the address ends the
 * flows use, and the namespaces holding them. Ends the rules view does not draw (`anywhere` where rules
 * name only CIDRs) are added here and placed by withOutsideBoxes.
 */
export function effectiveGraph(graph: PolicyGraph, flows: readonly EffectiveFlow[]): PolicyGraph {
  const used = new Set(flows.flatMap((f) => [f.source, f.target]));
  const inferred = isInferredView(graph);
  const keep = (n: GraphNode) =>
    n.kind !== 'namespace' && (n.kind === 'workload' || used.has(n.id) || (inferred && STANDS_FOR_PODS.has(n.kind)));
  const parents = new Set(graph.nodes.filter(keep).map((n) => n.parentId));
  const nodes = graph.nodes.filter((n) => keep(n) || (n.kind === 'namespace' && parents.has(n.id)));
  const have = new Set(nodes.map((n) => n.id));
  for (const id of used) if (!have.has(id)) nodes.push(addressNode(id));
  return { nodes, edges: [] };
}

/** `anywhere`, or a CIDR end from a rule the rules view does not draw. */
function addressNode(id: string): GraphNode {
  const parts = parseNodeId(id);
  if (parts?.kind !== 'cidr') return OUTSIDE;
  const detail = parts.except.length ? `except ${parts.except.join(', ')}` : undefined;
  return { id, kind: 'cidr', label: parts.cidr, detail, selectedBy: [], isolated: { ingress: false, egress: false } };
}

const OUTSIDE: GraphNode = {
  id: ANYWHERE_ID,
  kind: 'anywhere',
  label: 'anywhere',
  detail: 'outside the cluster',
  selectedBy: [],
  isolated: { ingress: false, egress: false },
};

/**
 * The layout boxes plus one for each address end effectiveGraph added to the rule graph `rules` (the
 * layout never saw them): a column left of everything, so none lands on a node.
 */
export function withOutsideBoxes(
  shown: PolicyGraph,
  rules: PolicyGraph,
  boxes: Record<string, Box>,
): Record<string, Box> {
  const laidOut = new Set(rules.nodes.map((n) => n.id));
  const missing = shown.nodes.filter((n) => !laidOut.has(n.id) && !boxes[n.id]);
  if (missing.length === 0) return boxes;
  const top = shown.nodes.filter((n) => !n.parentId && boxes[n.id]).map((n) => boxes[n.id]);
  const x = top.length ? Math.min(...top.map((b) => b.x)) : 0;
  let y = top.length ? Math.min(...top.map((b) => b.y)) : 0;
  const width = Math.max(...missing.map(nodeWidth));
  const out = { ...boxes };
  for (const n of missing) {
    out[n.id] = { x: x - width - 80, y, width: nodeWidth(n), height: NODE_HEIGHT };
    y += NODE_HEIGHT + GAP * 2;
  }
  return out;
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

/** An address end stands for one connectivity-list line per address range: the pill says how many, when more than one. */
export const rangesLine = (flow: EffectiveFlow): string => (flow.lines > 1 ? `${flow.lines} address ranges` : '');

/** The pill's secondary lines (what is blocked, how many ranges), one per line break: its size depends on them. */
export const pillNote = (data: { flow: EffectiveFlow; note: string }): string =>
  [data.note, rangesLine(data.flow)].filter(Boolean).join('\n');
