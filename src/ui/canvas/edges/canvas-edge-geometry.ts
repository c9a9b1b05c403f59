/**
 * The geometry of the canvas's edges (rule edges or effective flows): what
 * edge-layout.ts needs, read off the nodes and boxes the canvas draws.
 */
import type { GraphNode } from '../../../model/graph/types.ts';
import type { Box } from '../../../state/layout-slice.ts';
import { cardRects } from '../geometry/bends.ts';
import { layoutEdges, titleRects, type EdgeGeometry } from '../geometry/edge-layout.ts';
import { ROUTE_LIMIT, type EdgeRouter } from '../geometry/route-all.ts';
import { GROUP_HEADER } from '../geometry/sizes.ts';
import type { FlowEdgeType } from '../to-flow.ts';
import { pillNote, type EffectiveEdgeType } from '../../effective/to-effective.ts';

/**
 * Geometry by edge id; null above ROUTE_LIMIT, checked before any rectangle is built, so a keystroke on a
 * 1,000-workload cluster pays nothing here (its edges keep their plain curves and midpoint pills).
 */
export function canvasEdgeGeometry(
  edges: ReadonlyArray<FlowEdgeType | EffectiveEdgeType>,
  nodes: readonly GraphNode[],
  boxes: Readonly<Record<string, Box>>,
  router: EdgeRouter,
  collapsed: ReadonlySet<string>,
): Map<string, EdgeGeometry> | null {
  if (edges.length === 0 || edges.length * nodes.length > ROUTE_LIMIT) return null;
  const cards = cardRects(nodes, boxes);
  // A collapsed namespace is drawn as a card (navigate/decorate.ts): routes go around it, it has no title bar.
  for (const id of collapsed) if (boxes[id]) cards.set(id, boxes[id]);
  const namespaces = nodes
    .filter((n) => n.kind === 'namespace' && boxes[n.id] && !collapsed.has(n.id))
    .map((n) => boxes[n.id]);
  const toLay = edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    label: e.data?.label ?? '',
    note: e.type === 'effective' && e.data ? pillNote(e.data) : undefined,
    selected: e.selected,
  }));
  return layoutEdges(toLay, cards, titleRects(namespaces, GROUP_HEADER), router);
}
