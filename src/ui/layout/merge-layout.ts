/**
 * Stable layout: after the first layout, a structural change (a new workload,
 * a selector typed into a new peer, a deleted rule) must not rearrange what
 * the user is looking at, and must show at once. Nodes that already have a
 * place keep it; new nodes go to the first free slot of their namespace box
 * (or, outside namespaces, of their block of peers, else in a row below
 * everything), and namespace boxes
 * are then fitted around their children. No ELK here: on a 200-workload
 * cluster ELK takes seconds, far too long for a node typed into the YAML
 * (issue 4: keystroke → graph ≤ 100 ms). Only the first layout, imports,
 * mostly-new graphs and "Tidy layout" run ELK (use-auto-layout.ts).
 */
import type { GraphNode, PolicyGraph } from '../../model/graph/types.ts';
import type { Box } from '../../state/layout-slice.ts';
import { EMPTY_GROUP, freeSlot, GAP, overlaps } from '../canvas/geometry/placement.ts';
import { emptyGroupSize, GROUP_HEADER, GROUP_PADDING, NODE_HEIGHT, nodeWidth } from '../canvas/geometry/sizes.ts';
import { blockIdOf, OUTSIDE_BLOCK_MIN, outsideBlocks } from '../canvas/peer-blocks.ts';

const MIN_GROUP = { width: 220, height: 110 };

/** `prev`'s boxes for the nodes still in the graph, plus a box for every new node (see above). */
export function placeNewNodes(graph: PolicyGraph, prev: Record<string, Box>): Record<string, Box> {
  const out: Record<string, Box> = {};
  const fresh: GraphNode[] = [];
  for (const n of graph.nodes) {
    const old = prev[n.id];
    // A card keeps its place but takes its current width (a renamed node may be wider); groups are fitted below.
    if (old) out[n.id] = n.kind === 'namespace' ? { ...old } : { ...old, width: nodeWidth(n) };
    else fresh.push(n);
  }
  const ids = new Set(graph.nodes.map((n) => n.id));
  const top = (n: GraphNode) => !n.parentId || !ids.has(n.parentId);
  // A new namespace box comes with its members already inside, sized to hold them: a box placed at an
  // empty box's size and grown afterwards spread over whatever was placed beside it.
  for (const n of fresh) if (n.kind === 'namespace') Object.assign(out, newGroup(n, graph, out));
  // Top-level nodes first (new namespace boxes included), so new children have a box to go into.
  const taken = graph.nodes.filter((n) => top(n) && out[n.id] && prev[n.id]).map((n) => out[n.id]);
  const blocks = outsideBlocks(graph.nodes, (n) => !top(n));
  for (const n of fresh.filter(top)) {
    const size = out[n.id] ?? { width: nodeWidth(n), height: NODE_HEIGHT };
    const peers = n.kind === 'namespace' ? undefined : blocks.get(blockIdOf(n.kind));
    const inBlock =
      peers &&
      blockCell(
        size,
        peers.filter((p) => p !== n && prev[p.id]).map((p) => out[p.id]),
        taken,
      );
    if (inBlock) {
      out[n.id] = inBlock;
      taken.push(inBlock);
      continue;
    }
    const left = taken.length ? Math.min(...taken.map((b) => b.x)) : 0;
    const bottom = taken.length ? Math.max(...taken.map((b) => b.y + b.height)) : 0;
    // Along one row below everything: as wide as what is there, at least four cards.
    const width = taken.length ? Math.max(...taken.map((b) => b.x + b.width)) - left : 0;
    const columns = Math.max(4, Math.floor(width / (size.width + GAP)));
    out[n.id] = freeSlot(
      { x: 0, y: 0, width: size.width, height: size.height },
      taken,
      { x: left, y: bottom + 2 * GAP },
      columns,
      {
        x: size.width + GAP * 2,
        y: size.height + GAP * 2,
      },
    );
    taken.push(out[n.id]);
  }
  for (const n of fresh.filter((x) => !top(x) && !out[x.id])) {
    const groupId = n.parentId!;
    const siblings = graph.nodes
      .filter((c) => c.parentId === groupId && c.id !== n.id && out[c.id])
      .map((c) => out[c.id]);
    const others = graph.nodes.filter((o) => top(o) && o.id !== groupId && out[o.id]).map((o) => out[o.id]);
    out[n.id] = childSlot({ width: nodeWidth(n), height: NODE_HEIGHT }, siblings, out[groupId], others);
    out[groupId] = hug(out[groupId], [...siblings, out[n.id]]);
    shoveAside(out[groupId], graph, out, top);
  }
  // Namespace boxes hug their children (which may have been added, moved or removed).
  // (Children gathered in one pass: a filter per box was 50 × 1,000 checks at the bench's size.)
  const kidsOf = new Map<string, Box[]>();
  for (const c of graph.nodes) {
    if (!c.parentId || !out[c.id]) continue;
    const kids = kidsOf.get(c.parentId);
    if (kids) kids.push(out[c.id]);
    else kidsOf.set(c.parentId, [out[c.id]]);
  }
  for (const n of graph.nodes) {
    if (n.kind !== 'namespace' || !out[n.id]) continue;
    const kids = kidsOf.get(n.id);
    if (!kids) continue;
    out[n.id] = hug(out[n.id], kids);
  }
  return out;
}

/**
 * A spot for a new peer of a block of outside peers (canvas/peer-blocks.ts): the first free cell of the
 * grid its placed peers form, over nothing else. In a row below everything, the frame drawn around the
 * block would stretch down to it, over the namespace boxes. Undefined when too few peers are placed.
 */
export function blockCell(size: { width: number; height: number }, peers: Box[], taken: Box[]): Box | undefined {
  if (peers.length < OUTSIDE_BLOCK_MIN) return undefined;
  const xs = [...new Set(peers.map((b) => b.x))].sort((a, b) => a - b);
  const ys = [...new Set(peers.map((b) => b.y))].sort((a, b) => a - b);
  const step = {
    x: xs.length > 1 ? xs[1] - xs[0] : size.width + GAP,
    y: ys.length > 1 ? ys[1] - ys[0] : size.height + GAP,
  };
  const cell = (b: Box) => `${Math.round((b.x - xs[0]) / step.x)},${Math.round((b.y - ys[0]) / step.y)}`;
  const used = new Set(peers.map(cell));
  // Row by row through as many cells as there are peers, and one row more: a free one is among them.
  for (let i = 0; i < peers.length + xs.length; i++) {
    const col = i % xs.length,
      row = Math.floor(i / xs.length);
    if (used.has(`${col},${row}`)) continue;
    const at = { x: xs[0] + col * step.x, y: ys[0] + row * step.y, ...size };
    if (!taken.some((t) => overlaps(at, t))) return at;
  }
  return undefined;
}

/** `group` grown (never shrunk below the minimum box) to hold `kids`, which are relative to it. */
function hug(group: Box, kids: Box[]): Box {
  const width = Math.max(MIN_GROUP.width, ...kids.map((k) => k.x + k.width + GROUP_PADDING));
  const height = Math.max(MIN_GROUP.height, ...kids.map((k) => k.y + k.height + GROUP_PADDING));
  return { ...group, width, height };
}

/** A new namespace's box and its new members in a grid inside it (the box is placed by the caller). */
function newGroup(ns: GraphNode, graph: PolicyGraph, out: Record<string, Box>): Record<string, Box> {
  const kids = graph.nodes.filter((c) => c.parentId === ns.id && !out[c.id]);
  if (kids.length === 0) return { [ns.id]: { x: 0, y: 0, ...emptyGroupSize(ns) } };
  const boxes: Record<string, Box> = {};
  const columns = Math.min(3, kids.length);
  const cell = Math.max(...kids.map(nodeWidth)) + GAP;
  kids.forEach((k, i) => {
    boxes[k.id] = {
      x: GROUP_PADDING + (i % columns) * cell,
      y: GROUP_HEADER + GROUP_PADDING / 2 + Math.floor(i / columns) * (NODE_HEIGHT + GAP),
      width: nodeWidth(k),
      height: NODE_HEIGHT,
    };
  });
  boxes[ns.id] = hug({ x: 0, y: 0, ...EMPTY_GROUP }, Object.values(boxes));
  return boxes;
}

/**
 * The spot for a new card in `group` (relative to it): not over a sibling, and such that the box, grown to
 * hold it, covers no other top-level box it did not already touch. Of those, the one that grows the box
 * least (none when there is room), then the highest, then the leftmost. When every spot would grow the box
 * over a neighbour, the least-growing one; shoveAside then moves the neighbours.
 */
export function childSlot(size: { width: number; height: number }, siblings: Box[], group: Box, others: Box[]): Box {
  const step = { x: size.width + GAP, y: size.height + GAP };
  const origin = {
    x: GROUP_PADDING,
    y: siblings.length ? Math.min(...siblings.map((b) => b.y)) : GROUP_HEADER + GROUP_PADDING / 2,
  };
  const columns = Math.max(1, Math.floor((group.width - 2 * GROUP_PADDING + GAP) / step.x));
  const rows = Math.max(1, Math.ceil((group.height - origin.y) / step.y)) + 2;
  const before = others.filter((o) => !overlaps(group, o));
  let best: { at: Box; cost: number } | undefined;
  let fallback: { at: Box; cost: number } | undefined;
  for (let row = 0; row < rows; row++)
    for (let col = 0; col < columns + 2; col++) {
      const at = { x: origin.x + col * step.x, y: origin.y + row * step.y, ...size };
      if (siblings.some((s) => overlaps(at, s))) continue;
      const grown = {
        ...group,
        width: Math.max(group.width, at.x + at.width + GROUP_PADDING),
        height: Math.max(group.height, at.y + at.height + GROUP_PADDING),
      };
      const cost = grown.width * grown.height - group.width * group.height;
      if (!fallback || cost < fallback.cost) fallback = { at, cost };
      const abs = { ...grown, x: group.x, y: group.y };
      if (before.some((o) => overlaps(abs, o))) continue;
      if (!best || cost < best.cost) best = { at, cost };
    }
  return (best ?? fallback)?.at ?? { x: origin.x, y: origin.y + rows * step.y, ...size };
}

/** Moves the top-level boxes that `group` now covers down, below it: a last resort, when it had to grow over them. */
function shoveAside(group: Box, graph: PolicyGraph, out: Record<string, Box>, top: (n: GraphNode) => boolean): void {
  for (const n of graph.nodes) {
    const b = out[n.id];
    if (!top(n) || !b || b === group || !overlaps(group, b) || b.y < group.y) continue;
    out[n.id] = { ...b, y: group.y + group.height + GAP * 2 };
  }
}

/**
 * Whether a new graph is mostly new: fewer than half of its nodes had a place
 * in the last layout. Then it is a different workspace (pasted over the old
 * one, or a large block pasted in) and deserves a whole layout and a fitted
 * view; `default` and `kube-system` alone being shared must not keep the old
 * arrangement and viewport.
 */
export function mostlyNew(graph: PolicyGraph, prev: Record<string, Box>): boolean {
  const kept = graph.nodes.filter((n) => prev[n.id]).length;
  return kept * 2 < graph.nodes.length;
}
