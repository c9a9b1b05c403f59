/**
 * Which diagnostic markers the canvas draws: those in a window around the view (DiagnosticMarkers.tsx).
 * Pure, so its snapping is tested in Node.
 */
import type { ReactFlowState } from '@xyflow/react';

/**
 * The part of the flow in which markers are drawn, as `x0,y0,x1,y1`: the view widened by at least half
 * of it on every side, snapped to a grid whose step is a power of two of at least half the view. The
 * string changes only when panning crosses a grid line or zooming halves or doubles the step, so a pan
 * does not re-render the markers on every frame, and a big graph draws the few dozen markers near the
 * view rather than all of them (410 on bench:browser's 1,000 workloads, re-rendered on every keystroke).
 */
export function markerWindow(s: Pick<ReactFlowState, 'transform' | 'width' | 'height'>): string {
  const [tx, ty, zoom] = s.transform;
  const w = s.width / zoom,
    h = s.height / zoom;
  if (!(w > 0 && h > 0)) return 'all';
  const step = 2 ** Math.ceil(Math.log2(Math.max(w, h) / 2));
  const left = -tx / zoom,
    top = -ty / zoom;
  const x0 = (Math.floor(left / step) - 1) * step,
    y0 = (Math.floor(top / step) - 1) * step;
  const x1 = (Math.ceil((left + w) / step) + 1) * step,
    y1 = (Math.ceil((top + h) / step) + 1) * step;
  return `${x0},${y0},${x1},${y1}`;
}

/** Whether the flow point (x, y) lies in a window of markerWindow. */
export function inWindow(area: string, x: number, y: number): boolean {
  if (area === 'all') return true;
  const [x0, y0, x1, y1] = area.split(',').map(Number);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}
