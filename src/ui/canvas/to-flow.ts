/**
 * PolicyGraph + layout boxes → React Flow nodes and edges. Pure, so it can be
 * memoised on its two inputs.
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { GraphEdge, GraphNode, PolicyGraph } from '../../model/graph-types.ts';
import type { Box } from '../../state/layout-slice.ts';

export type NamespaceFlowNode = Node<{ node: GraphNode }, 'namespace'>;
/** `draft`: a peer dropped from the palette that no rule names yet (state/drafts.ts). */
export type EntityFlowNode = Node<{ node: GraphNode; width: number; height: number; draft?: boolean }, 'entity'>;
export type FlowNode = NamespaceFlowNode | EntityFlowNode;
export type FlowEdgeType = Edge<{ rules: GraphEdge[]; label: string }, 'flow'>;

export function toFlowNodes(graph: PolicyGraph, boxes: Record<string, Box>, selected: ReadonlySet<string>, drafts: ReadonlySet<string> = new Set()): FlowNode[] {
  const groups: FlowNode[] = [];
  const leaves: FlowNode[] = [];
  for (const n of graph.nodes) {
    const box = boxes[n.id];
    if (!box) continue; // not laid out yet: drawn once the layout answers
    if (n.kind === 'namespace') {
      groups.push({
        id: n.id, type: 'namespace', position: { x: box.x, y: box.y }, data: { node: n },
        width: box.width, height: box.height, style: { width: box.width, height: box.height },
        selected: selected.has(n.id), zIndex: 0,
      });
    } else {
      const parent = n.parentId && boxes[n.parentId] ? n.parentId : undefined;
      leaves.push({
        id: n.id, type: 'entity', position: { x: box.x, y: box.y },
        data: { node: n, width: box.width, height: box.height, ...(drafts.has(n.id) ? { draft: true } : {}) },
        width: box.width, height: box.height,
        ...(parent ? { parentId: parent, extent: 'parent' as const } : {}),
        selected: selected.has(n.id),
      });
    }
  }
  // React Flow wants parents before their children.
  return [...groups, ...leaves];
}

export function toFlowEdges(graph: PolicyGraph, drawn: ReadonlySet<string>, selected: ReadonlySet<string>): FlowEdgeType[] {
  const bundles = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    if (!drawn.has(e.source) || !drawn.has(e.target)) continue;
    const key = `${e.source}->${e.target}`;
    const list = bundles.get(key);
    if (list) list.push(e);
    else bundles.set(key, [e]);
  }
  const next = new Map<string, FlowEdgeType>();
  const out = [...bundles.entries()].map(([key, rules]) => {
    const isSelected = rules.some((r) => selected.has(r.id));
    // Keep the previous object when its rule edges are the very same objects (state/stable-graph.ts keeps
    // unchanged ones) and its selection did not change: React Flow then skips redrawing that edge.
    const old = previousEdges.get(key);
    const edge: FlowEdgeType =
      old && old.selected === isSelected && sameItems(old.data!.rules, rules)
        ? old
        : {
            id: key,
            type: 'flow',
            source: rules[0].source,
            target: rules[0].target,
            data: { rules, label: bundleLabel(rules) },
            markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: 'var(--edge)' },
            selected: isSelected,
          };
    next.set(key, edge);
    return edge;
  });
  previousEdges = next;
  return out;
}

/** Canvas edges of the last call, by id (one canvas draws rule edges). */
let previousEdges = new Map<string, FlowEdgeType>();

const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The pill of a canvas edge: its ports, and how many rules it stands for when
 * several are bundled into it (e.g. `3 rules: TCP 8080, UDP 53`); the
 * inspector lists each of them when the edge is selected.
 */
export function bundleLabel(rules: readonly GraphEdge[]): string {
  const ports = [...new Set(rules.map((r) => r.label))].join(', ');
  return rules.length > 1 ? `${rules.length} rules: ${ports}` : ports;
}
