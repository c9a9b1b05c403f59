/**
 * The layout of a large graph: one the canvas draws as namespace boxes joined
 * by one edge per pair of boxes, the flows inside a box hidden (to-flow.ts
 * `isAggregated`). Laying out the hidden edges cost ELK more than 15 s on a
 * 200-workload cluster (2,191 rules) and spread it over a 38,000 × 7,600 px
 * strip, so the fitted view landed on empty canvas. Here the layout follows
 * what is drawn: each namespace's members go in a compact grid (ordered by
 * name, selectors first), and ELK lays out only the boxes and the peers
 * outside them, joined by the bundles the canvas draws: tens of nodes, fast.
 *
 * Peers outside every box are few in a cluster, but a single policy can name
 * thousands of address ranges (one of 10,000 rules names 5,000): ELK given
 * 5,000 nodes gave up after 15 s, and the fallback grid put them in one row a
 * million pixels long. So past OUTSIDE_BLOCK_MIN peers of one kind, those
 * peers go in a grid of their own too, which ELK places as one block
 * (canvas/peer-blocks.ts: the canvas frames the same peers).
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { GraphNode, PolicyGraph } from '../../model/graph/types.ts';
import type { Box } from '../../state/layout-slice.ts';
import { emptyGroupSize, GROUP_HEADER, GROUP_PADDING, NODE_HEIGHT, nodeWidth } from '../canvas/geometry/sizes.ts';
import type { LayoutShape } from './elk-graph.ts';
import { outsideBlocks } from '../canvas/peer-blocks.ts';

/** Between two member cards of a grid, both ways. */
const CELL_GAP = 36;
/** A box with members is never narrower or lower than this (the title and its tools need the room). */
const MIN_BOX = { width: 220, height: 110 };

/** Members of a namespace as a grid: their boxes relative to the namespace box, and the box's size. */
export interface MemberGrid {
  boxes: Record<string, Box>;
  width: number;
  height: number;
}

/**
 * `members` in rows of `perRow` (default: about as many columns as rows look square on screen, since a
 * card is some four times wider than tall), all columns as wide as the widest card.
 */
export function memberGrid(members: readonly GraphNode[], perRow?: number): MemberGrid {
  const columns = Math.max(1, Math.min(members.length, perRow ?? Math.ceil(Math.sqrt(members.length * 0.35))));
  // Measured once each: a card's width reads its words (5,000 ranges: 60 ms a pass).
  const widths = members.map(nodeWidth);
  let columnWidth = 0;
  for (const w of widths) columnWidth = Math.max(columnWidth, w);
  const boxes: Record<string, Box> = {};
  members.forEach((m, i) => {
    boxes[m.id] = {
      x: GROUP_PADDING + (i % columns) * (columnWidth + CELL_GAP),
      y: GROUP_HEADER + 14 + Math.floor(i / columns) * (NODE_HEIGHT + CELL_GAP),
      width: widths[i],
      height: NODE_HEIGHT,
    };
  });
  const rows = Math.ceil(members.length / columns);
  return {
    boxes,
    width: Math.max(MIN_BOX.width, 2 * GROUP_PADDING + columns * columnWidth + (columns - 1) * CELL_GAP),
    height: Math.max(
      MIN_BOX.height,
      GROUP_HEADER + 14 + rows * NODE_HEIGHT + Math.max(0, rows - 1) * CELL_GAP + GROUP_PADDING,
    ),
  };
}

/**
 * One collator for every comparison: `localeCompare(…, 'en', { numeric: true })` builds one per call, and
 * sorting the 7,000 cards of a 5,000-workload paste that way took 185 ms of the task that draws the graph.
 */
const names = new Intl.Collator('en', { numeric: true });

/** Selector nodes ("all pods in x", "tier=api") before workloads; then by name, numbers in number order. */
const byKindThenName = (a: GraphNode, b: GraphNode): number =>
  Number(a.kind === 'workload') - Number(b.kind === 'workload') ||
  names.compare(a.label, b.label) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The members of every namespace box, sorted; nodes outside any box under `undefined`. */
function membersByBox(graph: PolicyGraph): Map<string | undefined, GraphNode[]> {
  const boxes = new Set(graph.nodes.filter((n) => n.kind === 'namespace').map((n) => n.id));
  const members = new Map<string | undefined, GraphNode[]>([[undefined, []]]);
  for (const id of boxes) members.set(id, []);
  for (const n of graph.nodes) {
    if (n.kind === 'namespace') continue;
    members.get(n.parentId && boxes.has(n.parentId) ? n.parentId : undefined)!.push(n);
  }
  for (const list of members.values()) list.sort(byKindThenName);
  return members;
}

export interface BundledLayoutInput {
  /** What ELK lays out: the boxes (as plain nodes of their grid's size), blocks, and the peers outside them. */
  elk: ElkNode;
  /** Member boxes, relative to their namespace box (or to their block), ready to use. */
  members: Record<string, Box>;
  /** Block id → the outside peers gridded in it: their boxes are made absolute once ELK placed the block. */
  blocks: Map<string, string[]>;
}

/** The ELK input of a large graph (see above), in `shape`'s root direction and aspect ratio. */
export function toElkBundled(graph: PolicyGraph, shape: LayoutShape): BundledLayoutInput {
  const members: Record<string, Box> = {};
  const children: ElkNode[] = [];
  const topOf = new Map<string, string>();
  const blocks = new Map<string, string[]>();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const [box, list] of membersByBox(graph)) {
    if (box === undefined) {
      const grouped = outsideBlocks(list, () => false);
      for (const [id, same] of grouped) {
        const grid = memberGrid(same);
        Object.assign(members, grid.boxes);
        blocks.set(
          id,
          same.map((n) => n.id),
        );
        for (const n of same) topOf.set(n.id, id);
        children.push({ id, width: grid.width, height: grid.height });
      }
      for (const n of list) {
        if (topOf.has(n.id)) continue;
        children.push({ id: n.id, width: nodeWidth(n), height: NODE_HEIGHT });
        topOf.set(n.id, n.id);
      }
      continue;
    }
    topOf.set(box, box);
    for (const n of list) topOf.set(n.id, box);
    if (list.length === 0) {
      children.push({ id: box, ...emptyGroupSize(byId.get(box)!) });
      continue;
    }
    const grid = memberGrid(list);
    Object.assign(members, grid.boxes);
    children.push({ id: box, width: grid.width, height: grid.height });
  }
  // One edge per pair of top-level nodes, as the canvas draws the bundles.
  const seen = new Set<string>();
  const edges = [];
  for (const e of graph.edges) {
    const from = topOf.get(e.source);
    const to = topOf.get(e.target);
    if (!from || !to || from === to) continue;
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `b${seen.size}`, sources: [from], targets: [to] });
  }
  const elk: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.direction': shape.root,
      ...(shape.aspectRatio ? { 'elk.aspectRatio': shape.aspectRatio.toFixed(2) } : {}),
      'elk.spacing.nodeNode': '44',
      'elk.spacing.componentComponent': '44',
      // Room for the bundles' pills ("TCP 443 (10 rules)") between layers.
      'elk.layered.spacing.nodeNodeBetweenLayers': '100',
      'elk.padding': '[top=24,left=24,bottom=24,right=24]',
    },
    children,
    edges,
  };
  return { elk, members, blocks };
}

/**
 * ELK's answer for the top level, with the members' grid positions: boxes keyed by node id. A block is no
 * node of the graph: its peers get its place added to theirs, and it gets no box.
 */
export function bundledBoxes(
  result: ElkNode,
  members: Record<string, Box>,
  blocks: ReadonlyMap<string, readonly string[]> = new Map(),
): Record<string, Box> {
  const boxes: Record<string, Box> = { ...members };
  for (const c of result.children ?? []) {
    const x = c.x ?? 0,
      y = c.y ?? 0;
    const peers = blocks.get(c.id);
    if (!peers) {
      boxes[c.id] = { x, y, width: c.width ?? 0, height: c.height ?? 0 };
      continue;
    }
    for (const id of peers) boxes[id] = { ...members[id], x: members[id].x + x, y: members[id].y + y };
  }
  return boxes;
}
