/**
 * The minimap's frame (navigate/CanvasMiniMap.tsx): what part of the flow it shows and how a point of
 * the minimap maps back into the flow. Pure, so it is tested in Node.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MiniMapFrame {
  /** Minimap pixels per flow unit. */
  scale: number;
  /** Where flow (0, 0) lands in the minimap, in its pixels. */
  offsetX: number;
  offsetY: number;
}

/** The union of `boxes` (undefined when there are none). */
export function unionOf(boxes: Iterable<Box>): Box | undefined {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return x0 <= x1 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : undefined;
}

/**
 * Fits `content` (the graph and the view) into a `width`×`height` minimap with `pad` pixels to spare on
 * each side, centred, one scale for both axes (so the graph keeps its proportions).
 */
export function frameFor(content: Box, width: number, height: number, pad = 4): MiniMapFrame {
  const w = Math.max(1, width - 2 * pad),
    h = Math.max(1, height - 2 * pad);
  const scale = Math.min(w / Math.max(1, content.width), h / Math.max(1, content.height));
  return {
    scale,
    offsetX: (width - content.width * scale) / 2 - content.x * scale,
    offsetY: (height - content.height * scale) / 2 - content.y * scale,
  };
}

/** The minimap pixel of a flow point. */
export const toMiniMap = (f: MiniMapFrame, x: number, y: number): [number, number] => [
  x * f.scale + f.offsetX,
  y * f.scale + f.offsetY,
];

/** The flow point under a minimap pixel. */
export const toFlow = (f: MiniMapFrame, px: number, py: number): [number, number] => [
  (px - f.offsetX) / f.scale,
  (py - f.offsetY) / f.scale,
];
