/**
 * The window of diagnostic markers (src/ui/canvas/navigate/marker-window.ts): everything in view is
 * inside it, what is several views away is not, and small pans or zooms keep the same window (so the
 * markers do not re-render on every frame of a pan).
 */
import { describe, expect, it } from 'vitest';
import { inWindow, markerWindow } from '../../src/ui/canvas/navigate/marker-window.ts';

const view = (tx: number, ty: number, zoom: number) => ({
  transform: [tx, ty, zoom] as [number, number, number],
  width: 1200,
  height: 800,
});

describe('markerWindow', () => {
  it('holds every point in view, at any pan and zoom', () => {
    for (const [tx, ty, zoom] of [
      [0, 0, 1],
      [-5000, 300, 0.5],
      [1234, -987, 1.7],
      [-40000, -20000, 0.15],
    ]) {
      const area = markerWindow(view(tx, ty, zoom));
      // The view's corners in flow coordinates.
      for (const [sx, sy] of [
        [0, 0],
        [1200, 0],
        [0, 800],
        [1200, 800],
        [600, 400],
      ])
        expect(inWindow(area, (sx - tx) / zoom, (sy - ty) / zoom)).toBe(true);
    }
  });

  it('leaves out what is several views away', () => {
    const area = markerWindow(view(0, 0, 1));
    expect(inWindow(area, 1200 * 5, 0)).toBe(false);
    expect(inWindow(area, 0, -800 * 5)).toBe(false);
  });

  it('keeps the same window for a small pan and a small zoom', () => {
    const a = markerWindow(view(-100, -100, 1));
    expect(markerWindow(view(-110, -95, 1))).toBe(a);
    expect(markerWindow(view(-100, -100, 1.05))).toBe(a);
  });

  it('draws everything before the canvas has a size', () => {
    expect(markerWindow({ transform: [0, 0, 1], width: 0, height: 0 })).toBe('all');
    expect(inWindow('all', 1e9, -1e9)).toBe(true);
  });
});
