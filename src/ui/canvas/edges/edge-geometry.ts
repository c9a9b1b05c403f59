/**
 * What rule edges (FlowEdge) and effective flows (effective/EffectiveEdge)
 * share: the routed geometry the canvas computed (geometry/edge-layout.ts), or
 * on graphs too big to route, ends floating to the facing sides of the two
 * nodes (floating.ts) and the default curve between them; where the pill sits.
 */
import { getBezierPath, useInternalNode, type InternalNode } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { EdgeGeometry } from '../geometry/edge-layout.ts';
import { floatingEnds, type EdgeEnds, type Rect } from '../geometry/floating.ts';
import type { FlowNode } from '../to-flow.ts';

const rectOf = (n: InternalNode<FlowNode>): Rect => ({
  x: n.internals.positionAbsolute.x,
  y: n.internals.positionAbsolute.y,
  width: n.measured.width ?? n.width ?? 0,
  height: n.measured.height ?? n.height ?? 0,
});

/** The ends of an edge between two drawn nodes; null while either is not drawn. */
export function useEdgeEnds(source: string, target: string): EdgeEnds | null {
  const sourceNode = useInternalNode<FlowNode>(source);
  const targetNode = useInternalNode<FlowNode>(target);
  return sourceNode && targetNode ? floatingEnds(rectOf(sourceNode), rectOf(targetNode)) : null;
}

/** A bezier between the ends: [svg path, label x, label y]. */
export function bezierBetween(ends: EdgeEnds): [string, number, number] {
  const [path, x, y] = getBezierPath({
    sourceX: ends.sx,
    sourceY: ends.sy,
    sourcePosition: ends.sourcePos,
    targetX: ends.tx,
    targetY: ends.ty,
    targetPosition: ends.targetPos,
  });
  return [path, x, y];
}

/**
 * An arc bending off the straight line between the ends, to the left of the direction of travel (so A→B
 * and B→A do not overlap): for edges that would run through a card in between (bends.ts) and half-open
 * effective flows. [svg path, label x, label y].
 */
export function arcBetween(ends: EdgeEnds): [string, number, number] {
  const { sx, sy, tx, ty } = ends;
  const dx = tx - sx;
  const dy = ty - sy;
  const len = Math.hypot(dx, dy) || 1;
  const bend = 50 + len * 0.2;
  const cx = (sx + tx) / 2 + (dy / len) * bend;
  const cy = (sy + ty) / 2 - (dx / len) * bend;
  // The label sits on the curve's midpoint (t = 0.5 of the quadratic).
  return [`M ${sx},${sy} Q ${cx},${cy} ${tx},${ty}`, (sx + 2 * cx + tx) / 4, (sy + 2 * cy + ty) / 4];
}

/**
 * The label pill centred on (x, y), above the translucent namespace boxes (which would veil labels inside them);
 * `raised`: a pill shown over others on hover or selection (one that found no free place) goes on top of them.
 */
export const labelAt = (x: number, y: number, raised = false): CSSProperties => ({
  transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`,
  zIndex: raised ? 1001 : 1000,
});

/**
 * What an edge draws: its routed geometry when the canvas routed it, else the plain curve between its
 * floating ends (an arc when `bend`) with the pill in its middle. Null while an end is not drawn.
 */
export function drawnGeometry(
  geometry: EdgeGeometry | undefined,
  ends: EdgeEnds | null,
  bend: boolean,
): { path: string; labelX: number; labelY: number; placed: boolean } | null {
  if (geometry)
    return { path: geometry.path, labelX: geometry.labelX, labelY: geometry.labelY, placed: geometry.labelPlaced };
  if (!ends) return null;
  const [path, labelX, labelY] = bend ? arcBetween(ends) : bezierBetween(ends);
  return { path, labelX, labelY, placed: true };
}
