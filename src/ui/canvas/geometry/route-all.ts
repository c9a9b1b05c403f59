/**
 * Routes for every drawn edge (router.ts), kept from one call to the next:
 * after a drag only the edges of the moved cards, and those whose route the
 * moved cards now sit on, are routed again. Edges that share a card side get
 * their ends spread along it, so two routes never leave or enter a card at
 * the same point (A→B and B→A, or five edges into one database).
 *
 * Above ROUTE_LIMIT (cards × edges) nothing is routed and the canvas draws its
 * plain curves: on a 1,000-workload cluster the graph is drawn as namespace
 * bundles anyway, and routing thousands of edges would blow the 100 ms
 * keystroke budget. Pure: no React.
 */
import { segmentHitsRect } from './bends.ts';
import type { Rect } from './floating.ts';
import { routeBetween, RouterScratch, RouteUsage, simplify, type Point } from './router.ts';

/**
 * Above this many nodes × edges, edges are not routed (see above). The generated 200-workload cluster of
 * the e2e suite (271 nodes, 986 rule edges: routed in ~0.5 s of CPU, once after its layout; later changes
 * re-route only what they touch) is below it; the 1,000-workload bench cluster (drawn as namespace
 * bundles) is far above.
 */
export const ROUTE_LIMIT = 400_000;

export interface EdgeEnds {
  id: string;
  source: string;
  target: string;
}

/**
 * A card on the router's 1/4 px grid (its far sides rounded inwards, so the route never enters the real
 * card): every port and stub then falls exactly on a grid line (router.ts `snap`).
 */
const quarter = (r: Rect): Rect => {
  const x = Math.ceil(r.x * 4) / 4,
    y = Math.ceil(r.y * 4) / 4;
  return { x, y, width: Math.floor((r.x + r.width) * 4) / 4 - x, height: Math.floor((r.y + r.height) * 4) / 4 - y };
};

const sameRect = (a: Rect | undefined, b: Rect | undefined) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

/** Shrunk by 1 px: a route along a card's border or starting on it does not cross it. */
const interior = (r: Rect): Rect => ({ x: r.x + 1, y: r.y + 1, width: r.width - 2, height: r.height - 2 });

export function crossesAny(points: readonly Point[], rects: readonly Rect[]): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1],
      b = points[i];
    const x1 = Math.min(a.x, b.x),
      x2 = Math.max(a.x, b.x),
      y1 = Math.min(a.y, b.y),
      y2 = Math.max(a.y, b.y);
    for (const r of rects) {
      // Most cards are nowhere near the segment: skip the exact test for them.
      if (x2 <= r.x || x1 >= r.x + r.width || y2 <= r.y || y1 >= r.y + r.height) continue;
      if (segmentHitsRect(a.x, a.y, b.x, b.y, interior(r))) return true;
    }
  }
  return false;
}

/** The straight segment between the facing sides' middles: the fallback when a card is walled in. */
function straight(a: Rect, b: Rect): Point[] {
  const ca = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const cb = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const gapX = Math.abs(cb.x - ca.x) - (a.width + b.width) / 2;
  const gapY = Math.abs(cb.y - ca.y) - (a.height + b.height) / 2;
  if (gapX >= gapY) {
    const sx = cb.x >= ca.x ? a.x + a.width : a.x;
    const tx = cb.x >= ca.x ? b.x : b.x + b.width;
    return [
      { x: sx, y: ca.y },
      { x: tx, y: cb.y },
    ];
  }
  const sy = cb.y >= ca.y ? a.y + a.height : a.y;
  const ty = cb.y >= ca.y ? b.y : b.y + b.height;
  return [
    { x: ca.x, y: sy },
    { x: cb.x, y: ty },
  ];
}

/** Routes for edges between cards; built again from what changed since the last call. */
export class EdgeRouter {
  private cards: ReadonlyMap<string, Rect> = new Map();
  /** Routes before their ends were spread, by edge id, with the ends they were routed for. */
  private base = new Map<string, { source: string; target: string; points: Point[] }>();
  private readonly scratch = new RouterScratch();
  /** The last call's edges' ends and its answer: a keystroke that changed only labels asks again for the same. */
  private lastEnds: readonly EdgeEnds[] = [];
  private lastOut: Map<string, Point[]> | undefined;

  /**
   * Routes by edge id (polylines from the source card's side to the target card's), or null when the
   * graph is above ROUTE_LIMIT. Edges whose ends are not both in `cards` (namespace bundles) get none.
   */
  route(edges: readonly EdgeEnds[], cards: ReadonlyMap<string, Rect>): Map<string, Point[]> | null {
    if (edges.length * cards.size > ROUTE_LIMIT) {
      this.base.clear();
      this.cards = new Map();
      this.lastOut = undefined;
      return null;
    }
    // The same edges between the same cards: the same routes, handed back as they were (spreading their
    // ends alone built new polylines for all of them, and the canvas new paths: ~12 ms of a port typed at
    // 2,000 workloads, bench:live-diff).
    if (this.lastOut && sameEnds(edges, this.lastEnds) && sameCards(cards, this.cards)) {
      this.lastEnds = edges;
      this.cards = cards;
      return this.lastOut;
    }
    const moved: Rect[] = [];
    const movedIds = new Set<string>();
    for (const [id, r] of cards)
      if (!sameRect(r, this.cards.get(id))) {
        moved.push(r);
        movedIds.add(id);
      }
    for (const id of this.cards.keys()) if (!cards.has(id)) movedIds.add(id);
    const onGrid = new Map([...cards].map(([id, r]) => [id, quarter(r)]));
    const next = new Map<string, { source: string; target: string; points: Point[] }>();
    const todo: EdgeEnds[] = [];
    const usage = new RouteUsage();
    for (const e of edges) {
      if (!cards.has(e.source) || !cards.has(e.target) || e.source === e.target) continue;
      const old = this.base.get(e.id);
      const keep =
        old &&
        old.source === e.source &&
        old.target === e.target &&
        !movedIds.has(e.source) &&
        !movedIds.has(e.target) &&
        !crossesAny(old.points, moved);
      if (keep) {
        next.set(e.id, old);
        usage.add(old.points);
      } else todo.push(e);
    }
    // Short edges first: they have the fewest ways around, and the long ones then avoid them.
    const span = (e: EdgeEnds) => {
      const a = cards.get(e.source)!,
        b = cards.get(e.target)!;
      return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    };
    todo.sort((a, b) => span(a) - span(b));
    const obstacles = [...onGrid.values()];
    for (const e of todo) {
      const a = onGrid.get(e.source)!,
        b = onGrid.get(e.target)!;
      const points =
        routeBetween(a, b, obstacles, usage, undefined, this.scratch) ??
        routeBetween(a, b, obstacles, usage, 2000, this.scratch) ??
        straight(a, b);
      usage.add(points);
      next.set(e.id, { source: e.source, target: e.target, points });
    }
    this.base = next;
    this.cards = cards;
    const out = spreadEnds(next, cards);
    for (const e of edges) {
      const card = e.source === e.target ? cards.get(e.source) : undefined;
      if (card) out.set(e.id, selfLoop(card));
    }
    this.lastEnds = edges;
    this.lastOut = out;
    return out;
  }
}

const sameEnds = (a: readonly EdgeEnds[], b: readonly EdgeEnds[]): boolean =>
  a === b ||
  (a.length === b.length &&
    a.every((e, i) => e.id === b[i].id && e.source === b[i].source && e.target === b[i].target));

function sameCards(a: ReadonlyMap<string, Rect>, b: ReadonlyMap<string, Rect>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, r] of a) if (!sameRect(r, b.get(id))) return false;
  return true;
}

/** How far a workload's rule to itself loops out of its card (flow px). */
const LOOP_OUT = 18;

/**
 * A rule from a workload to itself: a small loop out of the card's right side and back in at its top, so
 * the loop and its pill sit beside the card instead of on its name.
 */
export function selfLoop(card: Rect): Point[] {
  const right = card.x + card.width;
  const inset = Math.min(24, card.width / 3);
  const exitY = card.y + Math.min(14, card.height / 3);
  return [
    { x: right, y: exitY },
    { x: right + LOOP_OUT, y: exitY },
    { x: right + LOOP_OUT, y: card.y - LOOP_OUT },
    { x: right - inset, y: card.y - LOOP_OUT },
    { x: right - inset, y: card.y },
  ];
}

/** Space between the ends of edges sharing a card side (flow px), at most. */
const END_SPACING = 14;

interface Attachment {
  id: string;
  /** The end at the start (source) of the route or at its end (target). */
  atStart: boolean;
  /** Where along the side the route heads after its first run (sorting the ends avoids crossings). */
  towards: number;
}

/**
 * The routes with the ends of edges sharing a card side spread along that side, in the order the routes
 * head off (so they do not cross each other). An end is left in the middle when moving it would run the
 * route through a card.
 */
export function spreadEnds(
  routes: ReadonlyMap<string, { source: string; target: string; points: Point[] }>,
  cards: ReadonlyMap<string, Rect>,
): Map<string, Point[]> {
  const out = new Map<string, Point[]>();
  // By card, then by side ('t', 'b', 'l', 'r').
  const sides = new Map<string, Map<string, Attachment[]>>();
  const attach = (card: string, side: string, a: Attachment) => {
    let bySide = sides.get(card);
    if (!bySide) sides.set(card, (bySide = new Map()));
    const list = bySide.get(side);
    if (list) list.push(a);
    else bySide.set(side, [a]);
  };
  /** Straight routes: when only one of their ends has to move, the whole line moves with it (no jog). */
  const straightIds = new Set<string>();
  for (const [id, r] of routes) {
    let pts = r.points;
    if (pts.length === 2) straightIds.add(id);
    // A straight route has one run for both ends: split it so each end can move on its own.
    if (pts.length === 2) {
      const [p, q] = pts;
      const m = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
      pts = [p, m, { ...m }, q];
    }
    out.set(id, pts);
    const n = pts.length;
    const vertical = (a: Point, b: Point) => a.x === b.x;
    // The side is named by the first run's direction; `towards` by the point after it.
    const startSide = vertical(pts[0], pts[1]) ? (pts[1].y > pts[0].y ? 'b' : 't') : pts[1].x > pts[0].x ? 'r' : 'l';
    const after = pts[2];
    attach(r.source, startSide, {
      id,
      atStart: true,
      towards: startSide === 'b' || startSide === 't' ? after.x : after.y,
    });
    const endSide = vertical(pts[n - 1], pts[n - 2])
      ? pts[n - 2].y > pts[n - 1].y
        ? 'b'
        : 't'
      : pts[n - 2].x > pts[n - 1].x
        ? 'r'
        : 'l';
    const before = pts[n - 3];
    attach(r.target, endSide, {
      id,
      atStart: false,
      towards: endSide === 'b' || endSide === 't' ? before.x : before.y,
    });
  }
  const all = [...cards.values()];
  const alone = new Set<string>();
  for (const bySide of sides.values())
    for (const list of bySide.values()) if (list.length === 1) alone.add(`${list[0].id}|${list[0].atStart}`);
  for (const [card, side, list] of [...sides].flatMap(([c, m]) => [...m].map(([s, l]) => [c, s, l] as const))) {
    if (list.length < 2) continue;
    const rect = cards.get(card)!;
    const length = side === 'b' || side === 't' ? rect.width : rect.height;
    const spacing = Math.min(END_SPACING, (length - 16) / (list.length - 1));
    list.sort((a, b) => a.towards - b.towards);
    list.forEach((a, k) => {
      const offset = (k - (list.length - 1) / 2) * spacing;
      const pts = out.get(a.id)!;
      const moved = pts.map((p) => ({ ...p }));
      const [i, j] = a.atStart ? [0, 1] : [pts.length - 1, pts.length - 2];
      const whole = straightIds.has(a.id) && alone.has(`${a.id}|${!a.atStart}`);
      for (const idx of whole ? [0, 1, 2, 3] : [i, j]) {
        if (side === 'b' || side === 't') moved[idx].x += offset;
        else moved[idx].y += offset;
      }
      // The end must stay on the side (a port set level with a neighbour may sit near a corner already).
      const end = moved[i];
      const onSide =
        side === 'b' || side === 't'
          ? end.x >= rect.x + 4 && end.x <= rect.x + rect.width - 4
          : end.y >= rect.y + 4 && end.y <= rect.y + rect.height - 4;
      if (onSide && !crossesAny(moved, all)) out.set(a.id, moved);
    });
  }
  for (const [id, pts] of out) out.set(id, simplify(pts));
  return out;
}
