/**
 * Which edges should bend around a card: an edge drawn straight between the
 * facing sides of its two nodes runs right through any card in between (web →
 * db past api in a row), hiding that card and its own label. Those edges are
 * drawn as an arc instead (edge-geometry.ts `arcBetween`).
 *
 * Pure, over absolute rectangles. Every edge is tested against every card, so
 * it only runs on graphs of design size; big clusters draw bundles anyway.
 */
import { floatingEnds, type Rect } from './floating.ts';

/** Above this many cards × edges the test is skipped (design-sized graphs are far below). */
export const BEND_CHECK_LIMIT = 60_000;

/** Cards are shrunk by this much before the test: grazing a corner is not crossing. */
const MARGIN = 6;

/** Does the segment p→q cross the rectangle? (Liang–Barsky clipping.) */
export function segmentHitsRect(px: number, py: number, qx: number, qy: number, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = qx - px;
  const dy = qy - py;
  const edges: Array<[number, number]> = [
    [-dx, px - r.x],
    [dx, r.x + r.width - px],
    [-dy, py - r.y],
    [dy, r.y + r.height - py],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false; // parallel and outside
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * Ids of the edges whose straight line between their nodes crosses another card.
 * `cards`: the absolute rectangles of the cards drawn (workloads and peers, not namespace boxes).
 */
export function edgesToBend(
  edges: ReadonlyArray<{ id: string; source: string; target: string }>,
  cards: ReadonlyMap<string, Rect>,
): Set<string> {
  const out = new Set<string>();
  if (edges.length * cards.size > BEND_CHECK_LIMIT) return out;
  for (const e of edges) {
    const a = cards.get(e.source);
    const b = cards.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    const ends = floatingEnds(a, b);
    for (const [id, r] of cards) {
      if (id === e.source || id === e.target) continue;
      const inner = { x: r.x + MARGIN, y: r.y + MARGIN, width: r.width - 2 * MARGIN, height: r.height - 2 * MARGIN };
      if (segmentHitsRect(ends.sx, ends.sy, ends.tx, ends.ty, inner)) {
        out.add(e.id);
        break;
      }
    }
  }
  return out;
}

/** Absolute rectangles of the cards (not namespace boxes) that have a place; children sit in their parent's frame. */
export function cardRects(
  nodes: ReadonlyArray<{ id: string; kind: string; parentId?: string }>,
  placed: Readonly<Record<string, Rect>>,
): Map<string, Rect> {
  const out = new Map<string, Rect>();
  for (const n of nodes) {
    const box = placed[n.id];
    if (!box || n.kind === 'namespace') continue;
    const parent = n.parentId ? placed[n.parentId] : undefined;
    out.set(n.id, parent ? { x: parent.x + box.x, y: parent.y + box.y, width: box.width, height: box.height } : box);
  }
  return out;
}

/**
 * `edges` with `data.bend` set where edgesToBend says; the same objects (and array) where nothing changes.
 * `cards` is only asked for on graphs small enough to check (at most `nodeCount` cards).
 */
export function withBends<E extends { id: string; source: string; target: string; data?: { bend?: boolean } }>(
  edges: E[],
  nodeCount: number,
  cards: () => ReadonlyMap<string, Rect>,
): E[] {
  // A big graph is never checked: skip the rectangles too, and the walk when no edge was bent before.
  if (edges.length * nodeCount > BEND_CHECK_LIMIT && !edges.some((e) => e.data?.bend)) return edges;
  const bend = edgesToBend(edges, cards());
  let changed = false;
  const out = edges.map((e) => {
    const want = bend.has(e.id);
    if (Boolean(e.data?.bend) === want) return e;
    changed = true;
    return { ...e, data: { ...e.data, bend: want } };
  });
  return changed ? out : edges;
}
