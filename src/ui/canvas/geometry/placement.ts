/**
 * Where each node is drawn: ELK's box, overridden by the user's manual
 * position. A node the user dropped before ELK has answered (or a draft peer
 * ELK never sees) is drawn at its manual position with its computed size; a
 * draft with no position at all (Tidy layout forgets drop points) takes a free
 * spot below everything, so it is never dropped from the canvas.
 */
import type { GraphNode } from '../../../model/graph/types.ts';
import { mergeManual, type Box, type XY } from '../../../state/layout-slice.ts';
import { NODE_HEIGHT, nodeWidth } from './sizes.ts';

/** Size of a namespace box that has no children laid out yet. */
export const EMPTY_GROUP = { width: 240, height: 120 };

/** Space kept between a placed node and its neighbours. */
export const GAP = 24;

/** Whether `a` and `b` are closer than GAP. */
export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/** The first spot for `box` on rows `step` apart from `origin`, `columns` wide, that overlaps none of `taken`. */
export function freeSlot(
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

export function placeNodes(
  nodes: readonly GraphNode[],
  boxes: Record<string, Box>,
  manual: Record<string, XY>,
  drafts: ReadonlySet<string> = new Set(),
): Record<string, Box> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const withNew: Record<string, Box> = { ...boxes };
  for (const [id, xy] of Object.entries(manual)) {
    const n = byId.get(id);
    if (!n || withNew[id]) continue;
    withNew[id] =
      n.kind === 'namespace' ? { ...xy, ...EMPTY_GROUP } : { ...xy, width: nodeWidth(n), height: NODE_HEIGHT };
  }
  const placed = mergeManual(withNew, manual, (id) => byId.get(id)?.parentId);
  const homeless = [...drafts].filter((id) => byId.has(id) && !placed[id]);
  if (homeless.length === 0) return placed;
  // Top-level boxes only: children are relative to their namespace box.
  const taken = nodes.filter((n) => !(n.parentId && placed[n.parentId]) && placed[n.id]).map((n) => placed[n.id]);
  const left = taken.length ? Math.min(...taken.map((b) => b.x)) : 0;
  const bottom = taken.length ? Math.max(...taken.map((b) => b.y + b.height)) : 0;
  for (const id of homeless) {
    const size = { x: 0, y: 0, width: nodeWidth(byId.get(id)!), height: NODE_HEIGHT };
    placed[id] = freeSlot(size, taken, { x: left, y: bottom + 2 * GAP }, 4, {
      x: size.width + 2 * GAP,
      y: size.height + 2 * GAP,
    });
    taken.push(placed[id]);
  }
  return placed;
}
