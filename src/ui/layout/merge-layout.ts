/**
 * Stable layout: after the first layout, a structural change (a new workload,
 * a selector typed into a new peer, a deleted rule) must not rearrange what
 * the user is looking at, and must show at once. Nodes that already have a
 * place keep it; new nodes go to the first free slot of their namespace box
 * (or, outside namespaces, in a row below everything), and namespace boxes
 * are then fitted around their children. No ELK here: on a 200-workload
 * cluster ELK takes seconds, far too long for a node typed into the YAML
 * (issue 4: keystroke → graph ≤ 100 ms). Only the first layout, imports,
 * mostly-new graphs and "Tidy layout" run ELK (use-auto-layout.ts).
 */
import type { GraphNode, PolicyGraph } from '../../model/graph/types.ts';
import type { Box } from '../../state/layout-slice.ts';
import { EMPTY_GROUP } from '../canvas/geometry/placement.ts';
import { GROUP_HEADER, GROUP_PADDING, NODE_HEIGHT, nodeWidth } from '../canvas/geometry/sizes.ts';

const GAP = 24;
const MIN_GROUP = { width: 220, height: 110 };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/** The first spot for `box` on rows `step` apart from `origin`, `columns` wide, that overlaps none of `taken`. */
function freeSlot(
  box: Box,
  taken: Box[],
  origin: { x: number; y: number },
  columns: number,
  step: { x: number; y: number },
): Box {
  for (let row = 0; row < 1000; row++) {
    for (let col = 0; col < columns; col++) {
      const at = { ...box, x: origin.x + col * step.x, y: origin.y + row * step.y };
      if (!taken.some((t) => overlaps(at, t))) return at;
    }
  }
  return { ...box, x: origin.x, y: origin.y + 1000 * step.y };
}

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
  // Top-level nodes first (new namespace boxes included), so new children have a box to go into.
  const ids = new Set(graph.nodes.map((n) => n.id));
  const top = (n: GraphNode) => !n.parentId || !ids.has(n.parentId);
  const taken = graph.nodes.filter((n) => top(n) && out[n.id]).map((n) => out[n.id]);
  for (const n of fresh.filter(top)) {
    const size = n.kind === 'namespace' ? { ...EMPTY_GROUP } : { width: nodeWidth(n), height: NODE_HEIGHT };
    const left = taken.length ? Math.min(...taken.map((b) => b.x)) : 0;
    const bottom = taken.length ? Math.max(...taken.map((b) => b.y + b.height)) : 0;
    // Along one row below everything: as wide as what is there, at least four cards.
    const width = taken.length ? Math.max(...taken.map((b) => b.x + b.width)) - left : 0;
    const columns = Math.max(4, Math.floor(width / (size.width + GAP)));
    out[n.id] = freeSlot({ x: 0, y: 0, ...size }, taken, { x: left, y: bottom + 2 * GAP }, columns, {
      x: size.width + GAP * 2,
      y: size.height + GAP * 2,
    });
    taken.push(out[n.id]);
  }
  for (const n of fresh.filter((x) => !top(x))) {
    const group = out[n.parentId!];
    const size = { width: nodeWidth(n), height: NODE_HEIGHT };
    const siblings = graph.nodes
      .filter((c) => c.parentId === n.parentId && c.id !== n.id && out[c.id])
      .map((c) => out[c.id]);
    const columns = Math.max(1, Math.floor((group.width - 2 * GROUP_PADDING + GAP) / (size.width + GAP)));
    const origin = {
      x: GROUP_PADDING,
      y: siblings.length ? Math.min(...siblings.map((b) => b.y)) : GROUP_HEADER + GROUP_PADDING / 2,
    };
    out[n.id] = freeSlot({ x: 0, y: 0, ...size }, siblings, origin, columns, {
      x: size.width + GAP,
      y: size.height + GAP,
    });
  }
  // Namespace boxes hug their children (which may have been added, moved or removed).
  for (const n of graph.nodes) {
    if (n.kind !== 'namespace' || !out[n.id]) continue;
    const kids = graph.nodes.filter((c) => c.parentId === n.id && out[c.id]).map((c) => out[c.id]);
    if (kids.length === 0) continue;
    const width = Math.max(MIN_GROUP.width, ...kids.map((k) => k.x + k.width + GROUP_PADDING));
    const height = Math.max(MIN_GROUP.height, ...kids.map((k) => k.y + k.height + GROUP_PADDING));
    out[n.id] = { ...out[n.id], width, height };
  }
  return out;
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
