/** The fitted view never goes below a readable zoom (issue 11): the whole graph when it fits, else the part that matters. */
import { describe, expect, it } from 'vitest';
import {
  focusOf,
  readableViewport,
  READABLE_ZOOM,
  SMALLEST_NAME_PX,
} from '../../src/ui/canvas/geometry/readable-fit.ts';

const room = { x: 32, y: 76, width: 700, height: 500 };
const onScreen = (
  r: { x: number; y: number; width: number; height: number },
  vp: { x: number; y: number; zoom: number },
) => ({
  left: r.x * vp.zoom + vp.x,
  top: r.y * vp.zoom + vp.y,
  right: (r.x + r.width) * vp.zoom + vp.x,
  bottom: (r.y + r.height) * vp.zoom + vp.y,
});
const inside = (s: ReturnType<typeof onScreen>) =>
  s.left >= room.x - 1e-6 &&
  s.top >= room.y - 1e-6 &&
  s.right <= room.x + room.width + 1e-6 &&
  s.bottom <= room.y + room.height + 1e-6;

describe('readableViewport', () => {
  it('shows a graph that fits at a readable zoom whole', () => {
    const all = { x: 0, y: 0, width: 800, height: 400 };
    const vp = readableViewport(all, undefined, room);
    expect(vp.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(inside(onScreen(all, vp))).toBe(true);
  });
  it('keeps the smallest card name at 9 px or more when the graph is too large, showing the focus whole', () => {
    const all = { x: 0, y: 0, width: 4000, height: 3000 };
    const focus = { x: 1500, y: 1200, width: 600, height: 400 };
    const vp = readableViewport(all, focus, room);
    expect(vp.zoom * SMALLEST_NAME_PX).toBeGreaterThanOrEqual(9);
    expect(inside(onScreen(focus, vp))).toBe(true);
  });
  it('shows the start of a focus larger than the room, and no margin beyond the graph', () => {
    const all = { x: 0, y: 0, width: 4000, height: 3000 };
    const focus = { x: 0, y: 0, width: 3000, height: 2000 };
    const vp = readableViewport(all, focus, room);
    expect(vp.zoom).toBeCloseTo(READABLE_ZOOM);
    const s = onScreen(all, vp);
    expect(s.left).toBeCloseTo(room.x);
    expect(s.top).toBeCloseTo(room.y);
  });
});

describe('focusOf', () => {
  // Three namespaces with policies in a layout far larger than the room.
  const far = [
    { x: 3000, y: 900, width: 900, height: 500 },
    { x: 4200, y: 120, width: 900, height: 500 },
    { x: 24, y: 2300, width: 900, height: 500 },
  ];
  it('is every part when they fit together at a readable zoom', () => {
    const near = [
      { x: 0, y: 0, width: 300, height: 200 },
      { x: 400, y: 0, width: 300, height: 200 },
    ];
    expect(focusOf(near, room)).toEqual({ x: 0, y: 0, width: 700, height: 200 });
  });
  it('is the topmost part when together they do not fit, and the view then shows it at a readable zoom', () => {
    const focus = focusOf(far, room)!;
    expect(focus).toEqual(far[1]);
    const all = { x: 0, y: 0, width: 6000, height: 3000 };
    const vp = readableViewport(all, focus, room);
    expect(vp.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    // Its top-left corner is in the room: the namespace's title is readable.
    const s = onScreen(focus, vp);
    expect(s.left).toBeGreaterThanOrEqual(room.x - 1e-6);
    expect(s.top).toBeGreaterThanOrEqual(room.y - 1e-6);
    expect(s.left).toBeLessThan(room.x + room.width);
  });
  it('is nothing without parts', () => {
    expect(focusOf([], room)).toBeUndefined();
  });
});
