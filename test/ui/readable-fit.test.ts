/** The fitted view never goes below a readable zoom (issue 11): the whole graph when it fits, else the part that matters. */
import { describe, expect, it } from 'vitest';
import { readableViewport, READABLE_ZOOM, SMALLEST_NAME_PX } from '../../src/ui/canvas/geometry/readable-fit.ts';

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
