/**
 * An allowed flow: a bezier curve (an arc when a straight one would cross a
 * card) with an arrow and a pill naming its ports.
 * One canvas edge stands for every rule edge between the same two nodes
 * (e.g. api's ingress rule and web's egress rule for the same hop). Its ends
 * float to the facing sides of the two nodes (see floating.ts).
 */
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../state/store.ts';
import { focusInspectorField } from '../inspector/focus-field.ts';
import { arcBetween, bezierBetween, labelAt, useEdgeEnds } from './edge-geometry.ts';
import type { FlowEdgeType } from './to-flow.ts';

function FlowEdgeView({ id, source, target, markerEnd, data, selected }: EdgeProps<FlowEdgeType>) {
  const ends = useEdgeEnds(source, target);
  if (!ends) return null;
  // An edge that would run through a card in between bends around it (bends.ts).
  const [path, labelX, labelY] = data?.bend ? arcBetween(ends) : bezierBetween(ends);
  const rules = data?.rules ?? [];
  const title = rules.map((r) => `${r.policyId} · ${r.direction} rule ${r.ruleIndex + 1}: ${r.label}`).join('\n');
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={selected ? 'flow-edge is-selected' : 'flow-edge'} interactionWidth={16} />
      <EdgeLabelRenderer>
        <div
          className={`edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
          style={labelAt(labelX, labelY)}
          title={`${title}\n(double-click to edit the ports)`}
          // Double-click: edit this flow's ports in the inspector.
          onDoubleClick={() => {
            useStore.getState().select({ edges: rules.map((r) => r.id) });
            focusInspectorField('edge-ports');
          }}
          data-testid="edge-label"
          data-edge-id={id}
        >
          {data?.label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
