/**
 * An orthogonal edge router over the placed card rectangles: A* on a sparse
 * grid whose lines are the cards' borders, their borders pushed out by a
 * clearance, the channel centres between them and the edge's ports. Moving
 * through a card is impossible, moving inside a card's clearance costs more,
 * every bend and every overlap with or crossing of an already routed edge
 * (RouteUsage) costs a fixed amount, so routes run in the gaps between cards
 * with few bends.
 *
 * Why our own router and not ELK's: measured on ELK's raw boxes (ELK ORTHOGONAL routes, as elk-graph.ts
 * already asks for, against this router; cards crossed / bends):
 *   listing-06      ELK 6 pieces, 0 / 4    router 4 routes, 0 / 7
 *   onlineboutique  ELK 23 pieces, 0 / 44  router 19 routes, 0 / 58
 *   built-in shop   ELK 7 pieces, 0 / 3    router 4 routes, 0 / 2
 * Both keep clear of cards on a fresh layout, and ELK's routes bend a little less. But the layout lays each
 * namespace out on its own (SEPARATE_CHILDREN) with ports on the boxes, so ELK's routes come in pieces
 * (node → box port, port → port, port → node, shared by every flow through that port) that must be
 * stitched and shifted by run-layout's `tighten`; and they are stale as soon as anything moves: a drag, a
 * node placed without ELK by merge-layout.ts, a view switch (the effective view's flows are not the
 * layout's edges). Re-running ELK takes seconds on a 200-workload cluster, far past the 100 ms keystroke
 * budget. This router works on whatever rectangles are on screen and re-routes one edge in about a
 * millisecond; the extra bends are the price of routes that follow every move.
 *
 * Pure: no React, no DOM. Coordinates are absolute flow coordinates.
 */
import type { Rect } from './floating.ts';

export interface Point {
  x: number;
  y: number;
}

/** Clearance kept between a route and the cards it passes (flow px). */
export const CLEARANCE = 14;
/** What a bend costs, in px of length: a route takes a detour of up to this much to save a bend. */
const BEND_COST = 50;
/** Length inside a card's clearance costs this many times more than in the open. */
const NEAR_FACTOR = 3;
/** Running along an already routed edge, per px, and once per overlapping grid segment. */
const OVERLAP_PER_PX = 0.5;
/** Parallel runs closer than this (px) read as one line: running next to a route costs as running on it. */
const SAME_LINE = 3;
const OVERLAP_COST = 12;
/** Crossing an already routed edge. */
const CROSSING_COST = 10;
/**
 * Weight of the distance-to-go in the search (weighted A*): above 1 the search heads for the target instead
 * of widening evenly, visiting a small part of the grid on a big graph, for routes at most this factor
 * longer than the cheapest (in practice the same ones).
 */
const GREED = 1.6;
/** Corridors with more cards than this get no channel-centre lines (see `lines`). */
const CENTRES_UP_TO = 40;
/** How far around the two ends' bounding box the grid reaches on the first try. */
const CORRIDOR = 100;

/** Directions: 0 right, 1 left, 2 down, 3 up (a card side is named by the direction leaving it). */
const DX = [1, -1, 0, 0];
const DY = [0, 0, 1, -1];
const REVERSE = [1, 0, 3, 2];

/** The middle of side `side` of `r`. */
export function portOf(r: Rect, side: number): Point {
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  return {
    x: side === 0 ? r.x + r.width : side === 1 ? r.x : cx,
    y: side === 2 ? r.y + r.height : side === 3 ? r.y : cy,
  };
}

/** Segments already routed (axis-aligned), for the overlap and crossing costs of the next routes. */
export class RouteUsage {
  readonly horizontal: Array<{ y: number; x1: number; x2: number }> = [];
  readonly vertical: Array<{ x: number; y1: number; y2: number }> = [];
  add(points: readonly Point[]): void {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1],
        b = points[i];
      if (a.y === b.y && a.x !== b.x) this.horizontal.push({ y: a.y, x1: Math.min(a.x, b.x), x2: Math.max(a.x, b.x) });
      else if (a.x === b.x && a.y !== b.y)
        this.vertical.push({ x: a.x, y1: Math.min(a.y, b.y), y2: Math.max(a.y, b.y) });
    }
  }
}

const inside = (r: Rect, x: number, y: number, pad: number) =>
  x > r.x - pad && x < r.x + r.width + pad && y > r.y - pad && y < r.y + r.height + pad;

/** Rounds to the router's resolution, 1/8 px: cards come in on 1/4 px (route-all.ts), so ports and stubs are exact. */
export const snap = (v: number): number => Math.round(v * 8) / 8;

/** Sorted distinct values, snapped. */
function distinct(values: number[]): number[] {
  const sorted = values.map(snap).sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
}

/** First index with values[i] >= v. */
function lowerBound(values: readonly number[], v: number): number {
  let lo = 0,
    hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A min-heap of (priority, state) pairs. */
class Heap {
  private keys: number[] = [];
  private vals: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(key: number, val: number) {
    const k = this.keys,
      v = this.vals;
    let i = k.length;
    k.push(key);
    v.push(val);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p] <= key) break;
      k[i] = k[p];
      v[i] = v[p];
      i = p;
    }
    k[i] = key;
    v[i] = val;
  }
  /** Removes the smallest; returns its state. */
  pop(): number {
    const k = this.keys,
      v = this.vals;
    const top = v[0];
    const lastK = k.pop()!,
      lastV = v.pop()!;
    const n = k.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const c = l + 1 < n && k[l + 1] < k[l] ? l + 1 : l;
        if (k[c] >= lastK) break;
        k[i] = k[c];
        v[i] = v[c];
        i = c;
      }
      k[i] = lastK;
      v[i] = lastV;
    }
    return top;
  }
}

/**
 * Buffers one router reuses from route to route (a 200-workload cluster routes ~1,000 edges over grids of
 * ~100k points: fresh arrays each time spent most of the time in the garbage collector). Search entries
 * are valid only when stamped with the current route's number, so nothing is cleared between routes.
 */
export class RouterScratch {
  cost = new Float64Array(0);
  from = new Int32Array(0);
  seen = new Uint32Array(0);
  closed = new Uint32Array(0);
  hClass = new Uint8Array(0);
  vClass = new Uint8Array(0);
  hExtra = new Float32Array(0);
  vExtra = new Float32Array(0);
  stamp = 0;

  /** Starts a route over `cells` grid points (4 search states each, plus 4 final ones). */
  begin(cells: number): void {
    const states = cells * 4 + 4;
    if (this.cost.length < states) {
      const size = Math.ceil(states * 1.5);
      this.cost = new Float64Array(size);
      this.from = new Int32Array(size);
      this.seen = new Uint32Array(size);
      this.closed = new Uint32Array(size);
      this.stamp = 0;
    }
    if (this.hClass.length < cells) {
      const size = Math.ceil(cells * 1.5);
      this.hClass = new Uint8Array(size);
      this.vClass = new Uint8Array(size);
      this.hExtra = new Float32Array(size);
      this.vExtra = new Float32Array(size);
    }
    this.hClass.fill(0, 0, cells);
    this.vClass.fill(0, 0, cells);
    this.hExtra.fill(0, 0, cells);
    this.vExtra.fill(0, 0, cells);
    this.stamp++;
  }
}

interface End {
  /** On the card's side. */
  port: Point;
  /** The port pushed out along the side's normal: where the grid search starts or ends. */
  stub: Point;
  side: number;
}

/** Facing sides overlapping by at least this much get their ports level with each other (see endsOf). */
const MIN_OVERLAP = 16;

/**
 * The four ends of a card. Facing sides get a shorter stub when the other card is close, and when the two
 * cards overlap along the side (side by side, not quite level, as ELK leaves them) the port sits in the
 * middle of the overlap instead of the side's middle, so the route is one straight line rather than a jog.
 */
function endsOf(card: Rect, other: Rect): End[] {
  const gapX = Math.max(other.x - (card.x + card.width), card.x - (other.x + other.width));
  const gapY = Math.max(other.y - (card.y + card.height), card.y - (other.y + other.height));
  const overlapY = [Math.max(card.y, other.y), Math.min(card.y + card.height, other.y + other.height)];
  const overlapX = [Math.max(card.x, other.x), Math.min(card.x + card.width, other.x + other.width)];
  return [0, 1, 2, 3].map((side) => {
    const port = portOf(card, side);
    const facing =
      side === 0
        ? other.x >= card.x + card.width
        : side === 1
          ? other.x + other.width <= card.x
          : side === 2
            ? other.y >= card.y + card.height
            : other.y + other.height <= card.y;
    if (facing && side < 2 && overlapY[1] - overlapY[0] >= MIN_OVERLAP) port.y = (overlapY[0] + overlapY[1]) / 2;
    if (facing && side >= 2 && overlapX[1] - overlapX[0] >= MIN_OVERLAP) port.x = (overlapX[0] + overlapX[1]) / 2;
    const facingGap = side < 2 ? gapX : gapY;
    const len = facingGap > 0 && facingGap < 2 * CLEARANCE ? Math.max(2, facingGap / 2) : CLEARANCE;
    return { port, side, stub: { x: port.x + DX[side] * len, y: port.y + DY[side] * len } };
  });
}

/**
 * The route from `source` to `target` as a polyline from a port on the source's side to one on the
 * target's side (axis-aligned segments), avoiding `obstacles` (every card, the two ends included); null
 * when no route exists inside `bounds` (a card walled in).
 */
export function routeBetween(
  source: Rect,
  target: Rect,
  obstacles: readonly Rect[],
  usage?: RouteUsage,
  pad = CORRIDOR,
  scratch = new RouterScratch(),
): Point[] | null {
  const starts = endsOf(source, target);
  const goals = endsOf(target, source);
  const pts = [...starts, ...goals].map((e) => e.stub);
  const bounds = {
    x1: Math.min(...pts.map((p) => p.x)) - pad,
    x2: Math.max(...pts.map((p) => p.x)) + pad,
    y1: Math.min(...pts.map((p) => p.y)) - pad,
    y2: Math.max(...pts.map((p) => p.y)) + pad,
  };
  const near = obstacles.filter(
    (r) =>
      r.x - CLEARANCE < bounds.x2 &&
      r.x + r.width + CLEARANCE > bounds.x1 &&
      r.y - CLEARANCE < bounds.y2 &&
      r.y + r.height + CLEARANCE > bounds.y1,
  );
  const clip = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const lines = (lo: number, hi: number, get: (r: Rect) => [number, number], ports: number[]) => {
    const borders = distinct(
      near.flatMap((r) => {
        const [a, b] = get(r);
        return [a - CLEARANCE, b + CLEARANCE].map((v) => clip(v, lo, hi));
      }),
    );
    // Channel centres between neighbouring borders: routes through a gap can run down its middle. Not
    // through a crowd of cards, where they would double the grid for little gain (routes keep their
    // clearance either way).
    const centres = near.length > CENTRES_UP_TO ? [] : borders.slice(1).map((v, i) => (v + borders[i]) / 2);
    return distinct([lo, hi, ...borders, ...centres, ...ports]);
  };
  const xs = lines(
    bounds.x1,
    bounds.x2,
    (r) => [r.x, r.x + r.width],
    pts.map((p) => p.x),
  );
  const ys = lines(
    bounds.y1,
    bounds.y2,
    (r) => [r.y, r.y + r.height],
    pts.map((p) => p.y),
  );
  const nx = xs.length,
    ny = ys.length;
  scratch.begin(nx * ny);
  const grid = new SegmentCosts(xs, ys, near, usage, scratch);

  const at = (p: Point) => lowerBound(xs, snap(p.x)) + nx * lowerBound(ys, snap(p.y));
  const goalAt = new Map<number, End>();
  for (const g of goals) goalAt.set(at(g.stub), g);
  const h = (node: number) => {
    const x = xs[node % nx],
      y = ys[(node / nx) | 0];
    let best = Infinity;
    for (const g of goals) best = Math.min(best, Math.abs(g.stub.x - x) + Math.abs(g.stub.y - y));
    return best;
  };

  // State = node * 4 + direction of arrival; a final pseudo-state per goal side closes the route.
  const states = nx * ny * 4;
  const { cost: costs, from, seen, closed, stamp } = scratch;
  const cost = (state: number) => (seen[state] === stamp ? costs[state] : Infinity);
  const reach = (state: number, g: number, prev: number) => {
    costs[state] = g;
    from[state] = prev;
    seen[state] = stamp;
  };
  const heap = new Heap();
  for (const s of starts) {
    const state = at(s.stub) * 4 + s.side;
    const g = Math.abs(s.stub.x - s.port.x) + Math.abs(s.stub.y - s.port.y);
    if (g < cost(state)) {
      reach(state, g, -1);
      heap.push(g + GREED * h(at(s.stub)), state);
    }
  }
  let done = -1;
  while (heap.size) {
    const state = heap.pop();
    if (closed[state] === stamp) continue;
    closed[state] = stamp;
    if (state >= states) {
      done = state;
      break;
    }
    const node = state >> 2,
      dir = state & 3;
    const g = costs[state];
    const goal = goalAt.get(node);
    if (goal) {
      // Into the target card against the side's normal; arriving any other way needs one more bend.
      const inward = REVERSE[goal.side];
      const last = g + (dir === inward ? 0 : BEND_COST) + CLEARANCE;
      const fin = states + goal.side;
      if (last < cost(fin)) {
        reach(fin, last, state);
        heap.push(last, fin);
      }
    }
    const i = node % nx,
      j = (node / nx) | 0;
    for (let d = 0; d < 4; d++) {
      if (d === REVERSE[dir]) continue;
      const step = grid.step(i, j, d);
      if (step < 0) continue;
      const next = node + (d === 0 ? 1 : d === 1 ? -1 : d === 2 ? nx : -nx);
      const ns = next * 4 + d;
      if (closed[ns] === stamp) continue;
      const ng = g + step + (d === dir ? 0 : BEND_COST);
      if (ng < cost(ns)) {
        reach(ns, ng, state);
        heap.push(ng + GREED * h(next), ns);
      }
    }
  }
  if (done < 0) return null;
  const goal = goals[done - states];
  const nodes: Point[] = [goal.port];
  let first = -1;
  for (let s = from[done]; s >= 0; s = from[s]) {
    nodes.push({ x: xs[(s >> 2) % nx], y: ys[((s >> 2) / nx) | 0] });
    first = s;
  }
  // The search began at a start stub, in the direction leaving its side: that names the start.
  nodes.push(starts[first & 3].port);
  return simplify(nodes.reverse());
}

/** Drops repeated points and the middle of straight runs. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/**
 * The cost of each grid step: -1 through a card, length × NEAR_FACTOR inside a card's clearance, plus
 * what overlapping or crossing earlier routes costs. Filled per card over the grid cells it covers.
 */
class SegmentCosts {
  /** Per horizontal step (i,j)→(i+1,j) and vertical step (i,j)→(i,j+1): 0 open, 1 near a card, 2 in a card. */
  private readonly hClass: Uint8Array;
  private readonly vClass: Uint8Array;
  private readonly hExtra: Float32Array;
  private readonly vExtra: Float32Array;
  /** `scratch`: cleared for this grid's size by RouterScratch.begin. */
  constructor(
    private readonly xs: readonly number[],
    private readonly ys: readonly number[],
    cards: readonly Rect[],
    usage: RouteUsage | undefined,
    scratch: RouterScratch,
  ) {
    const nx = xs.length,
      ny = ys.length;
    ({ hClass: this.hClass, vClass: this.vClass, hExtra: this.hExtra, vExtra: this.vExtra } = scratch);
    for (const r of cards) {
      for (const [pad, level] of [
        [CLEARANCE, 1],
        [1, 2],
      ] as const) {
        // From the grid line before the zone: a step may start outside it and run across (no grid line
        // needs to fall inside a card).
        const i0 = Math.max(0, lowerBound(xs, r.x - pad) - 1),
          i1 = lowerBound(xs, r.x + r.width + pad);
        const j0 = Math.max(0, lowerBound(ys, r.y - pad) - 1),
          j1 = lowerBound(ys, r.y + r.height + pad);
        for (let j = j0; j <= j1 && j < ny; j++)
          for (let i = i0; i <= i1 && i < nx; i++) {
            const k = i + j * nx;
            if (i + 1 < nx && inside(r, (xs[i] + xs[i + 1]) / 2, ys[j], pad - 0.01))
              this.hClass[k] = Math.max(this.hClass[k], level);
            if (j + 1 < ny && inside(r, xs[i], (ys[j] + ys[j + 1]) / 2, pad - 0.01))
              this.vClass[k] = Math.max(this.vClass[k], level);
          }
      }
    }
    if (usage) this.markUsage(usage);
  }

  private markUsage(usage: RouteUsage) {
    const { xs, ys } = this;
    const nx = xs.length;
    const x1 = xs[0],
      x2 = xs[xs.length - 1],
      y1 = ys[0],
      y2 = ys[ys.length - 1];
    for (const s of usage.horizontal) {
      if (s.y < y1 || s.y > y2 || s.x2 < x1 || s.x1 > x2) continue;
      // Lines closer than SAME_LINE to a used one count as running along it (they look the same).
      for (let j = lowerBound(ys, s.y - SAME_LINE); j < ys.length && ys[j] <= s.y + SAME_LINE; j++)
        for (let i = lowerBound(xs, s.x1); i + 1 < nx && xs[i + 1] <= s.x2; i++)
          this.hExtra[i + j * nx] += OVERLAP_COST + OVERLAP_PER_PX * (xs[i + 1] - xs[i]);
      // Vertical steps that cut through this segment.
      const jc = lowerBound(ys, s.y) - 1;
      if (jc >= 0 && jc + 1 < ys.length)
        for (let i = lowerBound(xs, s.x1 + 0.01); i < nx && xs[i] < s.x2; i++)
          this.vExtra[i + jc * nx] += CROSSING_COST;
    }
    for (const s of usage.vertical) {
      if (s.x < x1 || s.x > x2 || s.y2 < y1 || s.y1 > y2) continue;
      for (let i = lowerBound(xs, s.x - SAME_LINE); i < nx && xs[i] <= s.x + SAME_LINE; i++)
        for (let j = lowerBound(ys, s.y1); j + 1 < ys.length && ys[j + 1] <= s.y2; j++)
          this.vExtra[i + j * nx] += OVERLAP_COST + OVERLAP_PER_PX * (ys[j + 1] - ys[j]);
      const ic = lowerBound(xs, s.x) - 1;
      if (ic >= 0 && ic + 1 < nx)
        for (let j = lowerBound(ys, s.y1 + 0.01); j < ys.length && ys[j] < s.y2; j++)
          this.hExtra[ic + j * nx] += CROSSING_COST;
    }
  }

  /** The cost of one step from (i, j) in direction d; -1 when blocked or off the grid. */
  step(i: number, j: number, d: number): number {
    const nx = this.xs.length,
      ny = this.ys.length;
    let k: number, cls: number, extra: number, len: number;
    if (d < 2) {
      const a = d === 0 ? i : i - 1;
      if (a < 0 || a + 1 >= nx) return -1;
      k = a + j * nx;
      cls = this.hClass[k];
      extra = this.hExtra[k];
      len = this.xs[a + 1] - this.xs[a];
    } else {
      const b = d === 2 ? j : j - 1;
      if (b < 0 || b + 1 >= ny) return -1;
      k = i + b * nx;
      cls = this.vClass[k];
      extra = this.vExtra[k];
      len = this.ys[b + 1] - this.ys[b];
    }
    if (cls === 2) return -1;
    return len * (cls === 1 ? NEAR_FACTOR : 1) + extra;
  }
}
