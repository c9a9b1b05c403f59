/**
 * An effective flow: solid with its allowed ports, or dashed red when one side
 * allows it and the other blocks it ("blocked at ingress"). Same floating ends
 * as rule edges (floating.ts) so both views read alike.
 */
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEffectiveView } from '../../state/effective-view.ts';
import { bezierBetween, labelAt, useEdgeEnds } from '../canvas/edge-geometry.ts';
import type { EffectiveEdgeType } from './to-effective.ts';

/**
 * Half-open flows bend off the straight line: they often join nodes that also
 * have a direct allowed path through a middle node (web → db past api), and a
 * straight curve would run through that node and hide its label. The bend is
 * to the left of the direction of travel, so A→B and B→A do not overlap.
 */
function arc(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const dx = tx - sx;
  const dy = ty - sy;
  const len = Math.hypot(dx, dy) || 1;
  const bend = 50 + len * 0.2;
  const cx = (sx + tx) / 2 + (dy / len) * bend;
  const cy = (sy + ty) / 2 - (dx / len) * bend;
  // The label sits on the curve's midpoint (t = 0.5 of the quadratic).
  return [`M ${sx},${sy} Q ${cx},${cy} ${tx},${ty}`, (sx + 2 * cx + tx) / 4, (sy + 2 * cy + ty) / 4];
}

function EffectiveEdgeView({ id, source, target, markerEnd, data, selected }: EdgeProps<EffectiveEdgeType>) {
  const ends = useEdgeEnds(source, target);
  if (!ends || !data) return null;
  const [path, labelX, labelY] = data.halfOpen ? arc(ends.sx, ends.sy, ends.tx, ends.ty) : bezierBetween(ends);
  const kind = data.halfOpen ? 'half-open' : 'allowed';
  const cls = `effective-edge effective-edge--${kind}${selected ? ' is-selected' : ''}`;
  const ranges = data.flow.ranges.length ? `\naddresses: ${data.flow.ranges.join(', ')}` : '';
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={cls} interactionWidth={16} />
      <EdgeLabelRenderer>
        <button
          type="button"
          className={`edge-label effective-label effective-label--${kind} nodrag nopan${selected ? ' is-selected' : ''}`}
          style={labelAt(labelX, labelY)}
          title={`${data.flow.from} → ${data.flow.to}: ${data.label}${data.note ? `\n${data.note}` : ''}${ranges}\n(select to see why)`}
          // The label is the keyboard path to the Why panel (edges themselves are not focusable in a useful order).
          onClick={() => useEffectiveView.getState().selectFlow(id)}
          data-testid="effective-edge-label"
          data-edge-id={id}
          data-kind={kind}
        >
          {data.label}
          {data.note && <span className="effective-label__note">{data.note}</span>}
        </button>
      </EdgeLabelRenderer>
    </>
  );
}

export const EffectiveEdge = memo(EffectiveEdgeView);
