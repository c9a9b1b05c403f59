/**
 * An allowed flow: a bezier curve with an arrow and a pill naming its ports.
 * One canvas edge stands for every rule edge between the same two nodes
 * (e.g. api's ingress rule and web's egress rule for the same hop). Its ends
 * float to the facing sides of the two nodes (see floating.ts).
 */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../state/store.ts';
import { focusInspectorField } from '../inspector/focus-field.ts';
import { floatingEnds, type Rect } from './floating.ts';
import type { FlowEdgeType, FlowNode } from './to-flow.ts';

const rectOf = (n: InternalNode<FlowNode>): Rect => ({
  x: n.internals.positionAbsolute.x,
  y: n.internals.positionAbsolute.y,
  width: n.measured.width ?? n.width ?? 0,
  height: n.measured.height ?? n.height ?? 0,
});

function FlowEdgeView({ id, source, target, markerEnd, data, selected }: EdgeProps<FlowEdgeType>) {
  const sourceNode = useInternalNode<FlowNode>(source);
  const targetNode = useInternalNode<FlowNode>(target);
  if (!sourceNode || !targetNode) return null;
  const ends = floatingEnds(rectOf(sourceNode), rectOf(targetNode));
  const [path, labelX, labelY] = getBezierPath({
    sourceX: ends.sx, sourceY: ends.sy, sourcePosition: ends.sourcePos,
    targetX: ends.tx, targetY: ends.ty, targetPosition: ends.targetPos,
  });
  const rules = data?.rules ?? [];
  const title = rules.map((r) => `${r.policyId} · ${r.direction} rule ${r.ruleIndex + 1}: ${r.label}`).join('\n');
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={selected ? 'flow-edge is-selected' : 'flow-edge'} interactionWidth={16} />
      <EdgeLabelRenderer>
        <div
          className={`edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
          // Above the translucent namespace boxes, which would otherwise veil labels inside them.
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, zIndex: 1000 }}
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
