/**
 * Floating edge ends: an edge leaves and enters a node on the side facing the
 * other node (left/right/top/bottom), at that side's middle. With namespaces
 * laid out separately, fixed left→right handles would draw edges straight
 * through sibling nodes; facing sides keep them in the gaps.
 */
import { Position } from '@xyflow/react';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeEnds {
  sx: number;
  sy: number;
  sourcePos: Position;
  tx: number;
  ty: number;
  targetPos: Position;
}

const center = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

function sidePoint(r: Rect, pos: Position) {
  switch (pos) {
    case Position.Left:
      return { x: r.x, y: r.y + r.height / 2 };
    case Position.Right:
      return { x: r.x + r.width, y: r.y + r.height / 2 };
    case Position.Top:
      return { x: r.x + r.width / 2, y: r.y };
    default:
      return { x: r.x + r.width / 2, y: r.y + r.height };
  }
}

export function floatingEnds(source: Rect, target: Rect): EdgeEnds {
  const a = center(source);
  const b = center(target);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // Compare the gaps between the boxes, not the centres: wide nodes side by side
  // should still connect horizontally.
  const gapX = Math.abs(dx) - (source.width + target.width) / 2;
  const gapY = Math.abs(dy) - (source.height + target.height) / 2;
  const horizontal = gapX >= gapY;
  const sourcePos = horizontal ? (dx >= 0 ? Position.Right : Position.Left) : dy >= 0 ? Position.Bottom : Position.Top;
  const targetPos = horizontal ? (dx >= 0 ? Position.Left : Position.Right) : dy >= 0 ? Position.Top : Position.Bottom;
  const s = sidePoint(source, sourcePos);
  const t = sidePoint(target, targetPos);
  return { sx: s.x, sy: s.y, sourcePos, tx: t.x, ty: t.y, targetPos };
}
