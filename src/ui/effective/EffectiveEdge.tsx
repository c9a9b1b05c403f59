/**
 * An effective flow: solid with its allowed ports, or dashed red when one side
 * allows it and the other blocks it ("blocked at ingress"). Same floating ends
 * as rule edges (floating.ts) so both views read alike.
 */
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { arcBetween, bezierBetween, labelAt, useEdgeEnds } from '../canvas/edges/edge-geometry.ts';
import type { EffectiveEdgeType } from './to-effective.ts';
import { useEffectiveView } from '../hooks/stores.ts';

function EffectiveEdgeView({ id, source, target, markerEnd, data, selected }: EdgeProps<EffectiveEdgeType>) {
  const ends = useEdgeEnds(source, target);
  if (!ends || !data) return null;
  // Half-open flows often join nodes that also have a direct allowed path through a middle node (web → db
  // past api): they bend off the straight line, so they neither hide that node nor overlap the allowed path.
  const [path, labelX, labelY] = data.halfOpen ? arcBetween(ends) : bezierBetween(ends);
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
