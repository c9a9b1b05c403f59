/**
 * The drawn geometry of every edge of a view: its route around the cards
 * (route-all.ts) as an SVG path, and where its label pill goes (label-placer.ts),
 * clear of cards, namespace titles and the other pills. Shared by rule edges
 * and effective flows. Pure: the canvas hands in absolute rectangles.
 */
import type { Rect } from './floating.ts';
import { roundedPath } from './edge-path.ts';
import { pathLength, pillSize, placeLabels, pointAlong, type LabelRequest } from './label-placer.ts';
import type { EdgeRouter } from './route-all.ts';
import type { Point } from './router.ts';

export interface EdgeGeometry {
  path: string;
  /** Centre of the pill: a free spot along the route when `labelPlaced`, else the route's middle. */
  labelX: number;
  labelY: number;
  /** False when no free spot was found: the pill is shown only while its edge is hovered or selected. */
  labelPlaced: boolean;
}

export interface EdgeToLay {
  id: string;
  source: string;
  target: string;
  label: string;
  /** A second, smaller line under the label (effective view: "blocked at ingress"). */
  note?: string;
  /** Placed first. */
  selected?: boolean;
}

/**
 * Geometry by edge id, or null when the graph is too big to route (route-all.ts ROUTE_LIMIT): then every
 * edge keeps the canvas's plain curve. Edges with an end that is not a card (namespace bundles) get none.
 * `titles`: the namespace boxes' title bars.
 */
/**
 * A route's SVG path, once per route: the router hands back the same polylines while the edges' ends and
 * the cards stay (route-all.ts), as when a port is typed. A weak memo, so it goes with the routes.
 */
const svgPaths = new WeakMap<readonly Point[], string>();
function svgPathOf(points: readonly Point[]): string {
  let d = svgPaths.get(points);
  if (d === undefined) svgPaths.set(points, (d = roundedPath(points)));
  return d;
}

export function layoutEdges(
  edges: readonly EdgeToLay[],
  cards: ReadonlyMap<string, Rect>,
  titles: readonly Rect[],
  router: EdgeRouter,
): Map<string, EdgeGeometry> | null {
  const routes = router.route(edges, cards);
  if (!routes) return null;
  const requests: LabelRequest[] = [];
  for (const e of edges) {
    const path = routes.get(e.id);
    if (path && e.label) requests.push({ id: e.id, path, ...pillSize(e.label, e.note), priority: e.selected ? 1 : 0 });
  }
  const placed = placeLabels(requests, [...cards.values(), ...titles]);
  const out = new Map<string, EdgeGeometry>();
  for (const e of edges) {
    const path = routes.get(e.id);
    if (!path) continue;
    const at: Point = placed.get(e.id) ?? pointAlong(path, pathLength(path) / 2);
    out.set(e.id, { path: svgPathOf(path), labelX: at.x, labelY: at.y, labelPlaced: Boolean(placed.get(e.id)) });
  }
  return out;
}

const sameGeometry = (a: EdgeGeometry | undefined, b: EdgeGeometry | undefined) =>
  a === b ||
  (!!a &&
    !!b &&
    a.path === b.path &&
    a.labelX === b.labelX &&
    a.labelY === b.labelY &&
    a.labelPlaced === b.labelPlaced);

/**
 * Edges with `data.geometry` set, carried from one call to the next: an edge whose input object and
 * geometry did not change comes back as the very object returned last time (React Flow then skips it),
 * and the array too when no edge changed. One per canvas, like FlowEdges.
 */
export class GeometryMemo<E extends { id: string; data?: object }> {
  private last = new Map<string, { input: E; geometry: EdgeGeometry | undefined; out: E }>();
  private lastOut: E[] = [];

  apply(edges: readonly E[], geometry: ReadonlyMap<string, EdgeGeometry> | null): E[] {
    const next = new Map<string, { input: E; geometry: EdgeGeometry | undefined; out: E }>();
    const out = edges.map((e) => {
      const g = geometry?.get(e.id);
      const old = this.last.get(e.id);
      const edge =
        old && old.input === e && sameGeometry(old.geometry, g)
          ? old.out
          : g
            ? ({ ...e, data: { ...e.data, geometry: g } } as E)
            : e;
      next.set(e.id, { input: e, geometry: g, out: edge });
      return edge;
    });
    this.last = next;
    const prev = this.lastOut;
    const same = prev.length === out.length && out.every((e, i) => e === prev[i]);
    if (!same) this.lastOut = out;
    return this.lastOut;
  }
}

/** The title bar of each namespace box (absolute), which pills must leave readable. */
export function titleRects(boxes: Iterable<Rect>, headerHeight: number): Rect[] {
  return [...boxes].map((b) => ({ x: b.x, y: b.y, width: b.width, height: headerHeight }));
}
