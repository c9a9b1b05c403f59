/**
 * Blocks of peers outside every namespace box. A cluster has few such peers,
 * but a single policy can name thousands of address ranges (one of 10,000
 * rules names 5,000): drawn one by one, with an edge each to the box they
 * reach, they made a fan of 5,000 edges and pills over the cards that took
 * React Flow a 6 s task to draw, and ELK gave up laying them out after 15 s.
 *
 * So past OUTSIDE_BLOCK_MIN peers of one kind outside every drawn box, those
 * peers go in one block: the layout grids them as one node, laying the graph
 * out as it does a large one (layout/bundled-layout.ts), the canvas draws a
 * frame around them (nodes/PeerBlockNode.tsx) and bundles their edges at the
 * frame, as it bundles a namespace's at its box in a large graph
 * (rule-bundles.ts). Selecting one of them draws its own edges, as for a
 * namespace's members.
 */
import { GROUP_HEADER, GROUP_PADDING } from './geometry/sizes.ts';
import { unionOf } from './geometry/minimap-frame.ts';

/** Past this many peers of one kind outside every box, they form a block. */
export const OUTSIDE_BLOCK_MIN = 24;

const PREFIX = '__outside:';

/** The id of the block of outside peers of `kind`: never a node id (those never start with `__`). */
export const blockIdOf = (kind: string): string => `${PREFIX}${kind}`;

/** The kind of peers a block id stands for; undefined for any other id. */
export const blockKindOf = (id: string): string | undefined =>
  id.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined;

/**
 * Block id → its peers (in the order given): the nodes, other than namespaces, that `inBox` says are outside
 * every box, grouped by kind, for the kinds with more than OUTSIDE_BLOCK_MIN of them.
 */
export function outsideBlocks<N extends { kind: string }>(
  nodes: readonly N[],
  inBox: (n: N) => boolean,
): Map<string, N[]> {
  const byKind = new Map<string, N[]>();
  for (const n of nodes) {
    if (n.kind === 'namespace' || inBox(n)) continue;
    const same = byKind.get(n.kind);
    if (same) same.push(n);
    else byKind.set(n.kind, [n]);
  }
  const out = new Map<string, N[]>();
  for (const [kind, same] of byKind) if (same.length > OUTSIDE_BLOCK_MIN) out.set(blockIdOf(kind), same);
  return out;
}

/** Whether a graph has a block: then it is laid out as a large graph is (layout/run-layout.ts), its blocks as grids. */
export function hasPeerBlocks(nodes: readonly { id: string; kind: string; parentId?: string }[]): boolean {
  const boxes = new Set(nodes.filter((n) => n.kind === 'namespace').map((n) => n.id));
  return outsideBlocks(nodes, (n) => Boolean(n.parentId && boxes.has(n.parentId))).size > 0;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The frame drawn around a block's peers: their bounding box with a namespace box's title bar and padding
 * (the room memberGrid leaves around a grid), so a block laid out as a grid is framed exactly where the
 * layout reserved it. Undefined without any placed peer.
 */
export function blockFrame(peers: readonly Rect[]): Rect | undefined {
  const around = unionOf(peers);
  if (!around) return undefined;
  const top = GROUP_HEADER + 14;
  return {
    x: around.x - GROUP_PADDING,
    y: around.y - top,
    width: around.width + 2 * GROUP_PADDING,
    height: around.height + top + GROUP_PADDING,
  };
}
