/**
 * A routed polyline as an SVG path: straight runs joined by small rounded
 * corners (a quadratic through the corner), so a route reads as one line
 * rather than as a staircase of separate strokes. Pure.
 */
import type { Point } from './router.ts';

/** Corner radius (flow px); smaller where a run is too short for it. */
const RADIUS = 8;

export function roundedPath(points: readonly Point[], radius = RADIUS): string {
  if (points.length === 0) return '';
  const parts = [`M ${points[0].x},${points[0].y}`];
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1],
      c = points[i],
      b = points[i + 1];
    const inLen = Math.hypot(c.x - a.x, c.y - a.y);
    const outLen = Math.hypot(b.x - c.x, b.y - c.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r <= 0) continue;
    const p1 = { x: c.x - ((c.x - a.x) / inLen) * r, y: c.y - ((c.y - a.y) / inLen) * r };
    const p2 = { x: c.x + ((b.x - c.x) / outLen) * r, y: c.y + ((b.y - c.y) / outLen) * r };
    parts.push(`L ${p1.x},${p1.y}`, `Q ${c.x},${c.y} ${p2.x},${p2.y}`);
  }
  const last = points[points.length - 1];
  parts.push(`L ${last.x},${last.y}`);
  return parts.join(' ');
}
