/**
 * Where each edge's label pill goes: on its own path, at the first candidate
 * position (the middle first, then outwards towards both ends) where the pill
 * overlaps no card, no namespace title and no pill placed before it. A label
 * with no free position anywhere along its path is not placed (null): the
 * canvas then shows it only while its edge is hovered or selected, rather
 * than on top of something the user has to read.
 *
 * Labels are placed in priority order (selected edges first), then shortest
 * path first: a short edge has few places to put its label, a long one many.
 * Pure; a coarse bucket grid keeps it near linear on big graphs.
 */
import type { Rect } from './floating.ts';
import type { Point } from './router.ts';

export interface LabelRequest {
  id: string;
  path: readonly Point[];
  width: number;
  height: number;
  /** Placed before every request of lower priority (default 0). */
  priority?: number;
}

/** Space kept between a pill and whatever is next to it (flow px). */
export const LABEL_GAP = 2;
/** The pill's centre keeps at least this far from the ends of its path (the arrowhead and the card). */
const END_KEEP = 12;
/** Between candidate positions along a path (flow px): small next to a pill, so no free spot is stepped over. */
const CANDIDATE_STEP = 4;
/** Candidate positions per path at most (longer paths get them further apart). */
const MAX_CANDIDATES = 61;

/** Between a line and a pill set beside it (flow px). */
const BESIDE = 3;

const CELL = 128;

/** Rectangles bucketed by a coarse grid, for "does this box overlap any of them". */
class Buckets {
  private readonly cells = new Map<number, Rect[]>();
  private key = (i: number, j: number) => i * 100_003 + j;
  add(r: Rect) {
    for (let i = Math.floor(r.x / CELL); i <= Math.floor((r.x + r.width) / CELL); i++)
      for (let j = Math.floor(r.y / CELL); j <= Math.floor((r.y + r.height) / CELL); j++) {
        const k = this.key(i, j);
        const list = this.cells.get(k);
        if (list) list.push(r);
        else this.cells.set(k, [r]);
      }
  }
  hits(r: Rect): boolean {
    for (let i = Math.floor(r.x / CELL); i <= Math.floor((r.x + r.width) / CELL); i++)
      for (let j = Math.floor(r.y / CELL); j <= Math.floor((r.y + r.height) / CELL); j++)
        for (const o of this.cells.get(this.key(i, j)) ?? [])
          if (r.x < o.x + o.width && o.x < r.x + r.width && r.y < o.y + o.height && o.y < r.y + r.height) return true;
    return false;
  }
}

/** The point at distance `d` along `path`. */
export function pointAlong(path: readonly Point[], d: number): Point {
  let left = d;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1],
      b = path[i];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= len || i === path.length - 1) {
      const t = len ? Math.min(1, left / len) : 0;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    left -= len;
  }
  return path[0];
}

export const pathLength = (path: readonly Point[]): number =>
  path.reduce((sum, p, i) => (i ? sum + Math.hypot(p.x - path[i - 1].x, p.y - path[i - 1].y) : 0), 0);

/** Candidate centres along `path`: its middle, then alternately towards either end, `step` apart. */
export function candidates(path: readonly Point[], step: number): Point[] {
  const length = pathLength(path);
  const mid = length / 2;
  const out: Point[] = [pointAlong(path, mid)];
  const room = mid - END_KEEP;
  if (room <= 0) return out;
  const n = Math.min((MAX_CANDIDATES - 1) / 2, Math.floor(room / step));
  const s = n > 0 ? room / n : 0;
  for (let k = 1; k <= n; k++) out.push(pointAlong(path, mid + k * s), pointAlong(path, mid - k * s));
  return out;
}

/** Which way the path runs at `p` (the segment it lies on): true for horizontal. */
function horizontalAt(path: readonly Point[], p: Point): boolean {
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1],
      b = path[i];
    const onSeg =
      Math.min(a.x, b.x) - 0.01 <= p.x &&
      p.x <= Math.max(a.x, b.x) + 0.01 &&
      Math.min(a.y, b.y) - 0.01 <= p.y &&
      p.y <= Math.max(a.y, b.y) + 0.01;
    if (onSeg) return Math.abs(b.x - a.x) >= Math.abs(b.y - a.y);
  }
  return true;
}

/** Each candidate moved off the line to either side, so the pill's edge sits BESIDE px from it. */
export function besideCandidates(
  path: readonly Point[],
  along: readonly Point[],
  width: number,
  height: number,
): Point[] {
  const out: Point[] = [];
  for (const c of along) {
    if (horizontalAt(path, c))
      out.push({ x: c.x, y: c.y + height / 2 + BESIDE }, { x: c.x, y: c.y - height / 2 - BESIDE });
    else out.push({ x: c.x + width / 2 + BESIDE, y: c.y }, { x: c.x - width / 2 - BESIDE, y: c.y });
  }
  return out;
}

/**
 * The centre of each request's pill, or null when none of its candidates is free. `blockers`: cards and
 * namespace titles (absolute flow rectangles).
 */
export function placeLabels(requests: readonly LabelRequest[], blockers: readonly Rect[]): Map<string, Point | null> {
  const taken = new Buckets();
  for (const b of blockers) taken.add(b);
  const order = requests
    .map((r) => ({ r, length: pathLength(r.path) }))
    .sort((a, b) => (b.r.priority ?? 0) - (a.r.priority ?? 0) || a.length - b.length);
  const out = new Map<string, Point | null>();
  for (const { r } of order) {
    const box = (c: Point): Rect => ({
      x: c.x - r.width / 2 - LABEL_GAP,
      y: c.y - r.height / 2 - LABEL_GAP,
      width: r.width + 2 * LABEL_GAP,
      height: r.height + 2 * LABEL_GAP,
    });
    const along = candidates(r.path, CANDIDATE_STEP);
    // On the line first; then beside it (just above/below a horizontal run, left/right of a vertical one),
    // where a pill still reads as the line's label and fits in gaps narrower than the pill is tall.
    const free =
      along.find((c) => !taken.hits(box(c))) ??
      besideCandidates(r.path, along, r.width, r.height).find((c) => !taken.hits(box(c)));
    out.set(r.id, free ?? null);
    if (free) taken.add(box(free));
  }
  return out;
}

/** East Asian wide characters (kana, CJK, Hangul, full-width forms): a monospace font gives them two cells. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
/** Monospace cells of `text`: a pill worded in Japanese (edges/edge-words.ts) is wider than its length says. */
const cells = (text: string): number => text.length + (text.match(WIDE)?.length ?? 0);

/** Approximate pill sizes for the canvas's label styles (styles.css `.edge-label`, 11 px mono; notes 10 px). */
export function pillSize(label: string, note = ''): { width: number; height: number } {
  // DejaVu Sans Mono / ui-monospace advance ≈ 0.602 em; rounded up so the estimate is never short.
  // `note` may hold several secondary lines (one per line break), each ~15 px under the label.
  const notes = note ? note.split('\n') : [];
  const text = Math.max(cells(label) * 6.7, ...notes.map((n) => cells(n) * 6.1));
  return { width: Math.ceil(text + 18), height: 21 + 15 * notes.length };
}
