/**
 * Pure helpers that fit a finished layout to the pane: how large it can be
 * drawn there (the zoom at which it fits), and where the empty namespaces go.
 * run-layout.ts lays the graph out in a few shapes (elk-graph.ts LayoutShape)
 * and keeps the one with the largest fitting zoom, so a chain of three tiers
 * runs down a tall pane instead of across it at 6 px text.
 */
import type { PolicyGraph } from '../../model/graph/types.ts';
import type { Box } from '../../state/layout-slice.ts';
import { DEFAULT_SHAPE, type LayoutShape } from './elk-graph.ts';

/** Room the fitted graph gets on screen, in px (the pane minus what floats over its edges). */
export interface LayoutView {
  width: number;
  height: number;
}

/** The largest zoom a fitted view uses (GraphCanvas FIT_MAX_ZOOM): past it, a larger fit gains nothing. */
export const MAX_ZOOM = 1.15;
const MARGIN = 24;
const GAP = 24;

/** The bounding box of the top-level boxes (children are relative to their namespace box, so inside it). */
export function layoutBounds(graph: PolicyGraph, boxes: Record<string, Box>): Box {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const tops = graph.nodes
    .filter((n) => !n.parentId || !ids.has(n.parentId))
    .map((n) => boxes[n.id])
    .filter(Boolean);
  if (tops.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...tops.map((b) => b.x));
  const y = Math.min(...tops.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...tops.map((b) => b.x + b.width)) - x,
    height: Math.max(...tops.map((b) => b.y + b.height)) - y,
  };
}

/** The zoom at which `boxes` fit `view` whole, capped at the fitted view's largest zoom. */
export function fitZoom(graph: PolicyGraph, boxes: Record<string, Box>, view: LayoutView): number {
  const b = layoutBounds(graph, boxes);
  if (b.width === 0 || b.height === 0) return MAX_ZOOM;
  return Math.min(MAX_ZOOM, view.width / b.width, view.height / b.height);
}

/**
 * The shapes worth trying for `graph` in `view`, best guess first. A large graph gets one: each ELK run
 * takes seconds there, and it will not fit at a readable zoom in any shape (the fit then shows the part
 * that matters, GraphCanvas.tsx).
 */
export function candidateShapes(graph: PolicyGraph, view: LayoutView | undefined): LayoutShape[] {
  if (!view) return [DEFAULT_SHAPE];
  const aspectRatio = Math.max(0.5, Math.min(3, view.width / view.height));
  const small = graph.nodes.length <= 80 && graph.edges.length <= 400;
  const shapes: LayoutShape[] = small
    ? [
        { root: 'DOWN', inner: 'RIGHT' },
        { root: 'DOWN', inner: 'DOWN' },
        { root: 'DOWN', inner: 'RIGHT', wrap: true },
      ]
    : [DEFAULT_SHAPE];
  return shapes.map((s) => ({ ...s, aspectRatio }));
}

/** Of `layouts` (in the order of preference), the one that fits `view` at the largest zoom; near-ties keep the earlier. */
export function bestFit(
  graph: PolicyGraph,
  layouts: Record<string, Box>[],
  view: LayoutView | undefined,
): Record<string, Box> {
  if (!view || layouts.length === 1) return layouts[0];
  let best = layouts[0];
  let bestZoom = fitZoom(graph, best, view);
  for (const l of layouts.slice(1)) {
    const z = fitZoom(graph, l, view);
    if (z > bestZoom * 1.03) [best, bestZoom] = [l, z];
  }
  return best;
}

/**
 * Namespaces with nothing in them (and no edge to them) are compact title bars; ELK packed them as
 * components of their own, often in a row above everything. They go in rows below the rest, as wide as
 * the rest, or in a column to its right when that fits `view` at a larger zoom; the whole is moved back
 * to the margin.
 */
export function setEmptyNamespacesAside(
  graph: PolicyGraph,
  boxes: Record<string, Box>,
  view?: LayoutView,
): Record<string, Box> {
  const parents = new Set(graph.nodes.map((n) => n.parentId).filter(Boolean));
  const touched = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const empty = graph.nodes.filter(
    (n) => n.kind === 'namespace' && !parents.has(n.id) && !touched.has(n.id) && boxes[n.id],
  );
  if (empty.length === 0) return boxes;
  const emptyIds = new Set(empty.map((n) => n.id));
  const rest = { nodes: graph.nodes.filter((n) => !emptyIds.has(n.id)), edges: graph.edges };
  const b = layoutBounds(rest, boxes);
  const hasRest = b.width > 0;
  const out: Record<string, Box> = { ...boxes };
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const n of rest.nodes)
    if (out[n.id] && (!n.parentId || !ids.has(n.parentId)))
      out[n.id] = { ...out[n.id], x: out[n.id].x - b.x + MARGIN, y: out[n.id].y - b.y + MARGIN };
  const below = inRows(empty, boxes, MARGIN, hasRest ? MARGIN + b.height + GAP : MARGIN, Math.max(b.width, 600));
  if (!hasRest || !view) return { ...out, ...below };
  const options = [below];
  // Beside the lowest boxes, in the room the bottom layer leaves to their right (often most of it).
  const tops = rest.nodes.filter((n) => !n.parentId || !ids.has(n.parentId)).map((n) => out[n.id]);
  const lowest = tops.reduce((a, t) => (t.y + t.height > a.y + a.height ? t : a));
  const band = tops.filter((t) => t.y < lowest.y + lowest.height && t.y + t.height > lowest.y);
  const from = Math.max(...band.map((t) => t.x + t.width)) + 2 * GAP;
  if (MARGIN + b.width - from >= Math.max(...empty.map((n) => boxes[n.id].width)))
    options.push(inRows(empty, boxes, from, lowest.y, MARGIN + b.width - from));
  // In a column to the right of everything.
  options.push(
    inRows(empty, boxes, MARGIN + b.width + 2 * GAP, MARGIN, Math.max(...empty.map((n) => boxes[n.id].width))),
  );
  let best = below;
  let bestZoom = fitZoom(graph, { ...out, ...below }, view);
  for (const o of options.slice(1)) {
    const z = fitZoom(graph, { ...out, ...o }, view);
    if (z > bestZoom) [best, bestZoom] = [o, z];
  }
  return { ...out, ...best };
}

/** `nodes`' boxes left to right from (x, y), wrapping at `width`. */
function inRows(nodes: PolicyGraph['nodes'], boxes: Record<string, Box>, left: number, top: number, width: number) {
  const out: Record<string, Box> = {};
  let x = left;
  let y = top;
  let rowHeight = 0;
  for (const n of nodes) {
    const box = boxes[n.id];
    if (x > left && x + box.width > left + width) {
      x = left;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    out[n.id] = { ...box, x, y };
    x += box.width + GAP;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return out;
}
