/**
 * Navigation on the drawn elements: collapsed namespaces become cards, edges
 * with a collapsed end are labelled with their port union and rule count,
 * and out of focus elements are dimmed. Objects that need no change are
 * passed through, so React Flow skips them.
 */
import { aggregateLabel, namespaceSummary } from '../../../model/graph/collapse.ts';
import type { PolicyGraph } from '../../../model/graph/types.ts';
import type { CanvasEdge } from '../use-canvas-elements.ts';
import type { CollapsedFlowNode, FlowNode } from '../to-flow.ts';
import type { NavigationGraphs } from './use-navigation-graphs.ts';

const DIMMED = 'is-dimmed';

/** Size of a collapsed namespace card; ELK gives an empty namespace this room too (layout/elk-graph.ts). */
export const COLLAPSED_CARD = { width: 220, height: 110 };

export function decorateNodes(nodes: FlowNode[], full: PolicyGraph, nav: NavigationGraphs): FlowNode[] {
  const { collapsed, focus } = nav;
  if (collapsed.size === 0 && !focus) return nodes;
  return nodes.map((n) => {
    const dim = focus !== null && !focus.hide && !focus.nodes.has(n.id);
    if (n.type === 'namespace' && collapsed.has(n.id)) {
      const card: CollapsedFlowNode = {
        id: n.id,
        type: 'collapsed',
        position: n.position,
        data: { node: n.data.node, summary: namespaceSummary(full, n.id) },
        width: COLLAPSED_CARD.width,
        height: COLLAPSED_CARD.height,
        selected: n.selected,
        zIndex: 1,
        ...(dim ? { className: DIMMED } : {}),
      };
      return card;
    }
    return dim ? { ...n, className: DIMMED } : n;
  });
}

export function decorateEdges(edges: CanvasEdge[], nav: NavigationGraphs): CanvasEdge[] {
  const { collapsed, focus } = nav;
  if (collapsed.size === 0 && !focus) return edges;
  return edges.map((e) => {
    if (e.type !== 'flow' || !e.data) {
      // An effective flow is in focus when both its ends are.
      const out = focus !== null && !focus.hide && !(focus.nodes.has(e.source) && focus.nodes.has(e.target));
      return out ? { ...e, className: DIMMED } : e;
    }
    const rules = e.data.rules;
    const counted = collapsed.has(e.source) || collapsed.has(e.target);
    const dim = focus !== null && !focus.hide && !rules.some((r) => focus.edges.has(r.id));
    if (!counted && !dim) return e;
    return {
      ...e,
      ...(counted ? { data: { ...e.data, label: aggregateLabel(rules) } } : {}),
      ...(dim ? { className: DIMMED } : {}),
    };
  });
}
