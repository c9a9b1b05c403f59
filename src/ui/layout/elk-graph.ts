/**
 * PolicyGraph → ELK input. Layered layout with every namespace laid out on its
 * own (SEPARATE_CHILDREN): fast and compact. By default namespaces and outside
 * peers are layered top to bottom, the workloads inside a namespace left to
 * right; `LayoutShape` turns either direction so the result can match the
 * pane's aspect ratio (run-layout.ts tries several and keeps the one that fits
 * the pane at the largest zoom). Edges that cross a namespace border go
 * through ports on the namespace box (see below), so no layout run needs
 * cross-hierarchy routing. The canvas draws edges itself between facing node
 * sides (canvas/floating.ts); ELK's routes are not used.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { PolicyGraph } from '../../model/graph/types.ts';
import { memberGrid } from './bundled-layout.ts';
import { emptyGroupSize, GROUP_HEADER, GROUP_PADDING, NODE_HEIGHT, nodeWidth } from '../canvas/geometry/sizes.ts';

const common = {
  'elk.algorithm': 'layered',
  // The routes are not drawn, but the router still runs: POLYLINE crashes ELK 0.12 ("reading 'a'")
  // on a box with a SOUTH port in a RIGHT-directed layer (the onlineboutique oracle sets), ORTHOGONAL does not.
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
};

export type Direction = 'DOWN' | 'RIGHT';

/** The directions of the two levels, and the aspect ratio (width / height) ELK packs disconnected parts to. */
export interface LayoutShape {
  /** Namespaces and the peers outside them. */
  root: Direction;
  /** The members of each namespace. */
  inner: Direction;
  aspectRatio?: number;
  /** Long chains inside a namespace wrap into rows (ELK's layered wrapping) to approach `aspectRatio`. */
  wrap?: boolean;
}

export const DEFAULT_SHAPE: LayoutShape = { root: 'DOWN', inner: 'RIGHT' };

export function toElk(graph: PolicyGraph, shape: LayoutShape = DEFAULT_SHAPE): ElkNode {
  const aspect: Record<string, string> = shape.aspectRatio ? { 'elk.aspectRatio': shape.aspectRatio.toFixed(2) } : {};
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      ...common,
      ...aspect,
      'elk.direction': shape.root,
      'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
      'elk.spacing.nodeNode': '44',
      'elk.spacing.componentComponent': '44',
      // Gaps between layers leave room for an edge's port pill set on it: "TCP 8080" is 72 px wide
      // (label-placer.ts pillSize) plus 2 px each side; narrower, a short edge's pill has nowhere to go.
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.padding': '[top=24,left=24,bottom=24,right=24]',
    },
    children: [],
    edges: [],
  };
  for (const n of graph.nodes) {
    if (n.kind !== 'namespace') continue;
    const group: ElkNode = {
      id: n.id,
      layoutOptions: {
        ...common,
        ...aspect,
        ...(shape.wrap ? { 'elk.layered.wrapping.strategy': 'MULTI_EDGE' } : {}),
        'elk.direction': shape.inner,
        'elk.spacing.nodeNode': '28',
        'elk.spacing.componentComponent': '28',
        // As between root layers: a port pill ("TCP 8080", 72 px + gaps) fits between two cards.
        'elk.layered.spacing.nodeNodeBetweenLayers': '80',
        'elk.padding': `[top=${GROUP_HEADER + 14},left=${GROUP_PADDING},bottom=${GROUP_PADDING},right=${GROUP_PADDING}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': '(220, 110)',
        'elk.portConstraints': 'FIXED_SIDE',
      },
      children: [],
      ports: [],
      edges: [],
    };
    groups.set(n.id, group);
    root.children!.push(group);
  }
  for (const n of graph.nodes) {
    if (n.kind === 'namespace') continue;
    const leaf: ElkNode = { id: n.id, width: nodeWidth(n), height: NODE_HEIGHT };
    const group = n.parentId ? groups.get(n.parentId) : undefined;
    (group ? group.children! : root.children!).push(leaf);
  }
  // An empty group still needs a size for ELK: its title bar (run-layout.ts moves these aside afterwards).
  for (const g of groups.values())
    if (g.children!.length === 0) {
      const n = byId.get(g.id)!;
      Object.assign(g, emptyGroupSize(n));
      // Its own size, not the minimum a box with members gets.
      const { 'elk.nodeSize.constraints': _c, 'elk.nodeSize.minimum': _m, ...rest } = g.layoutOptions!;
      g.layoutOptions = rest;
    }

  // A flow that crosses a namespace border enters its box through a port on
  // the side facing the previous root layer (top when the root runs down, left
  // when it runs right) and leaves through the opposite one. Inside the box,
  // ELK then places the node next to its port, and at the root it lines the
  // boxes up port to port. One port per node and side.
  const [inSide, outSide] = shape.root === 'DOWN' ? (['NORTH', 'SOUTH'] as const) : (['WEST', 'EAST'] as const);
  const groupOf = (id: string) => {
    const parent = byId.get(id)?.parentId;
    return parent ? groups.get(parent) : undefined;
  };
  const port = (group: ElkNode, node: string, into: boolean) => {
    const id = `${group.id}::${into ? 'in' : 'out'}::${node}`;
    if (!group.ports!.some((p) => p.id === id)) {
      group.ports!.push({ id, width: 1, height: 1, layoutOptions: { 'elk.port.side': into ? inSide : outSide } });
      const [source, target] = into ? [id, node] : [node, id];
      group.edges!.push({ id: `${id}::edge`, sources: [source], targets: [target] });
    }
    return id;
  };
  const seen = new Set<string>();
  const add = (container: ElkNode, source: string, target: string) => {
    const key = `${source}>${target}`;
    if (source === target || seen.has(key)) return;
    seen.add(key);
    const edge: ElkExtendedEdge = { id: `e${seen.size}`, sources: [source], targets: [target] };
    container.edges!.push(edge);
  };
  for (const e of graph.edges) {
    if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) continue;
    const gs = groupOf(e.source);
    const gt = groupOf(e.target);
    if (gs && gs === gt) {
      add(gs, e.source, e.target);
      continue;
    }
    const from = gs ? port(gs, e.source, false) : e.source;
    const to = gt ? port(gt, e.target, true) : e.target;
    add(root, from, to);
  }
  return root;
}

/**
 * The same boxes without any edge or port: the fallback when ELK throws on a
 * graph (it has bugs in edge routing), so a workspace always gets a layout.
 */
export function withoutEdges(node: ElkNode): ElkNode {
  const { edges: _edges, ports: _ports, children, ...rest } = node;
  return {
    ...rest,
    ...(children ? { children: children.map(withoutEdges) } : {}),
    ...(node.edges ? { edges: [] } : {}),
  };
}

/**
 * The last resort when ELK fails even without edges: a plain grid, one box per
 * namespace with its members in rows, the peers outside any namespace in rows
 * above. Children are relative to their namespace box, as run-layout returns them.
 */
export function gridLayout(
  graph: PolicyGraph,
): Record<string, { x: number; y: number; width: number; height: number }> {
  const PER_ROW = 4,
    GROUPS_PER_ROW = 4;
  const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
  const members = new Map<string, PolicyGraph['nodes']>();
  const top: PolicyGraph['nodes'] = [];
  for (const n of graph.nodes) if (n.kind === 'namespace') members.set(n.id, []);
  for (const n of graph.nodes) {
    if (n.kind === 'namespace') continue;
    const list = n.parentId ? members.get(n.parentId) : undefined;
    (list ?? top).push(n);
  }
  // In rows, as a namespace's members are: a policy can name thousands of address ranges, and one row of
  // them was a million pixels long. (memberGrid leaves a title bar's room above: taken off here.)
  const outside = memberGrid(top, Math.max(8, Math.ceil(Math.sqrt(top.length * 0.35))));
  const [dx, dy] = [24 - GROUP_PADDING, 24 - GROUP_HEADER - 14];
  for (const n of top) {
    const b = outside.boxes[n.id];
    boxes[n.id] = { ...b, x: b.x + dx, y: b.y + dy };
  }
  // The last peer is in the last row.
  let y = top.length ? boxes[top[top.length - 1].id].y + NODE_HEIGHT + 80 : 24;
  let rowX = 24,
    rowHeight = 0,
    inRow = 0;
  for (const [id, kids] of members) {
    const grid = memberGrid(kids, PER_ROW);
    Object.assign(boxes, grid.boxes);
    const { width, height } = grid;
    if (inRow === GROUPS_PER_ROW) {
      y += rowHeight + 44;
      rowX = 24;
      rowHeight = 0;
      inRow = 0;
    }
    boxes[id] = { x: rowX, y, width, height };
    rowX += width + 44;
    rowHeight = Math.max(rowHeight, height);
    inRow++;
  }
  return boxes;
}
