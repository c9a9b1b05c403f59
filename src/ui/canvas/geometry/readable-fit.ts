/**
 * Fitting the view without going below a readable zoom (issue 11, "legible
 * by default"). A card's name is 13 px (a CIDR's monospace name 12 px); at
 * READABLE_ZOOM the smallest of them is MIN_TEXT_PX on screen. When the whole
 * graph fits at that zoom or more, the view shows all of it; otherwise it
 * shows the part that matters (the selection, else the namespaces with
 * policies) at a readable zoom, and the minimap and panning reach the rest.
 */
import { belowTopBar } from './top-inset.ts';

/**
 * Room for what floats over the canvas: the palette and toolbar along the top edge (top-inset.ts pushes the
 * top down when they take two rows), the zoom controls at the bottom left. Every pixel here is taken from
 * the graph: on a 1280×720 window the example fits at a readable zoom only with these.
 */
export const FIT_PADDING = { top: '64px', bottom: '16px', left: '32px', right: '20px' } as const;
/** Between a bottom note and the fitted graph: the note's own offset from the edge (editing.css, 16 px) and a gap. */
const BANNER_GAP = 28;
/** A fitted view never magnifies past this: a tiny graph at 3× looks broken, not legible. */
export const FIT_MAX_ZOOM = 1.15;
/** The smallest on-screen size (px) of the text naming a card. */
export const MIN_TEXT_PX = 9;
/** The smallest font a card's name uses (px): a CIDR's monospace label (styles.css `.entity--cidr .entity__label`). */
export const SMALLEST_NAME_PX = 12;
/** Below this zoom a card's name would be smaller than MIN_TEXT_PX: cards turn into compact summaries. */
export const READABLE_ZOOM = MIN_TEXT_PX / SMALLEST_NAME_PX;
/**
 * When only a part is fitted, it is not magnified past this: the neighbours around it stay in view.
 * (It may still be READABLE_ZOOM or more: a part that fits at 0.9 is shown at 0.9.)
 */
const FOCUS_MAX_ZOOM = 1;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Where the graph may go on a `width`×`height` pane: inside `padding`. */
export function fitRoom(width: number, height: number, padding: Padding): Rect {
  return {
    x: padding.left,
    y: padding.top,
    width: Math.max(1, width - padding.left - padding.right),
    height: Math.max(1, height - padding.top - padding.bottom),
  };
}

/** The zoom at which `r` fills `room`, capped at FIT_MAX_ZOOM. */
export function zoomToFit(r: Rect, room: Rect): number {
  if (r.width <= 0 || r.height <= 0) return FIT_MAX_ZOOM;
  return Math.min(FIT_MAX_ZOOM, room.width / r.width, room.height / r.height);
}

/**
 * The viewport that shows `all` when it fits `room` at READABLE_ZOOM or more; otherwise `focus` (or, with
 * no focus, `all`) at a readable zoom. Along an axis where the shown part is larger than the room, its
 * start (top, left: where namespace titles are) is shown rather than its middle.
 */
export function readableViewport(all: Rect, focus: Rect | undefined, room: Rect): Viewport {
  const whole = zoomToFit(all, room);
  if (whole >= READABLE_ZOOM) return place(all, whole, room);
  const part = focus ?? all;
  const zoom = Math.max(READABLE_ZOOM, Math.min(zoomToFit(part, room), FOCUS_MAX_ZOOM));
  return withinGraph(place(part, zoom, room), all, part, room);
}

/** The smallest rectangle around `rects` (at least one). */
function union(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * What a fitted view centres on, given the parts that matter (the namespaces with policies): all of
 * them when they fit `room` at READABLE_ZOOM; otherwise the first in reading order (the topmost, then
 * leftmost), where a reader starts. On a large cluster every namespace has policies: their union is
 * the whole graph, whose top-left corner is often empty canvas.
 */
export function focusOf(parts: readonly Rect[], room: Rect): Rect | undefined {
  if (parts.length === 0) return undefined;
  const all = union(parts);
  if (zoomToFit(all, room) >= READABLE_ZOOM) return all;
  return [...parts].sort((a, b) => a.y - b.y || a.x - b.x)[0];
}

function place(r: Rect, zoom: number, room: Rect): Viewport {
  const axis = (start: number, size: number, roomStart: number, roomSize: number) =>
    size * zoom <= roomSize ? roomStart + (roomSize - size * zoom) / 2 - start * zoom : roomStart - start * zoom;
  return { x: axis(r.x, r.width, room.x, room.width), y: axis(r.y, r.height, room.y, room.height), zoom };
}

/**
 * `vp` moved as little as possible so that, along each axis where the graph is larger than the room, the
 * room shows graph and no empty canvas beyond its edges (along an axis where it fits, all of it shows): the part around the focus that fits is shown
 * rather than a margin (a focus near the graph's left edge no longer cuts the card left of it in half).
 */
function withinGraph(vp: Viewport, all: Rect, part: Rect, room: Rect): Viewport {
  const axis = (t: number, start: number, size: number, partStart: number, roomStart: number, roomSize: number) => {
    // The graph fits along this axis: all of it, centred.
    if (size * vp.zoom <= roomSize) return roomStart + (roomSize - size * vp.zoom) / 2 - start * vp.zoom;
    const most = roomStart - start * vp.zoom; // the graph's start at the room's start
    const least = roomStart + roomSize - (start + size) * vp.zoom; // its end at the room's end
    // Little of the graph before the part (a row of peers above the namespaces): start at the graph's
    // start, rather than leave that row half under the toolbar.
    if ((partStart - start) * vp.zoom <= roomSize / 3) return most;
    return Math.min(most, Math.max(least, t));
  };
  return {
    x: axis(vp.x, all.x, all.width, part.x, room.x, room.width),
    y: axis(vp.y, all.y, all.height, part.y, room.y, room.height),
    zoom: vp.zoom,
  };
}

/** The room of the canvas pane on screen now (below the top bar, however many rows it takes); undefined before it exists. */
export function paneRoom(pane: HTMLElement | null = document.querySelector('.graph-pane')): Rect | undefined {
  if (!pane || pane.clientWidth === 0) return undefined;
  const pad = belowTopBar(FIT_PADDING, pane);
  // A note docked at the bottom (the effective view's legend, the large-graph notice) takes its height too.
  const notes = [...pane.querySelectorAll<HTMLElement>('.canvas-banner')].map((b) => b.offsetHeight + BANNER_GAP);
  return fitRoom(pane.clientWidth, pane.clientHeight, {
    top: parseFloat(pad.top),
    right: parseFloat(pad.right),
    bottom: Math.max(parseFloat(pad.bottom), ...notes),
    left: parseFloat(pad.left),
  });
}
