/**
 * An allowed flow: a bezier curve (an arc when a straight one would cross a
 * card) with an arrow and a pill naming its ports (when zoomed in enough to
 * read it, see LABEL_MIN_ZOOM).
 * One canvas edge stands for every rule edge between the same two nodes
 * (e.g. api's ingress rule and web's egress rule for the same hop). Its ends
 * float to the facing sides of the two nodes (see floating.ts).
 */
import { BaseEdge, EdgeLabelRenderer, useStore as useFlowStore, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { focusInspectorField } from '../../inspector/focus-field.ts';
import { arcBetween, bezierBetween, labelAt, useEdgeEnds } from './edge-geometry.ts';
import type { FlowEdgeType } from '../to-flow.ts';
import { useStore } from '../../hooks/stores.ts';

/**
 * Below this zoom a pill's 11 px text is under 5 px on screen: unreadable, and on a big graph hundreds of
 * them make every repaint slower. Then only the pills of selected edges, and of the edges of selected
 * nodes, are drawn.
 */
export const LABEL_MIN_ZOOM = 0.45;

function FlowEdgeView({ id, source, target, markerEnd, data, selected }: EdgeProps<FlowEdgeType>) {
  const ends = useEdgeEnds(source, target);
  const zoomedOut = useFlowStore((s) => s.transform[2] < LABEL_MIN_ZOOM);
  const endSelected = useStore((s) => s.selectedNodeIds.includes(source) || s.selectedNodeIds.includes(target));
  if (!ends) return null;
  // An edge that would run through a card in between bends around it (bends.ts).
  const [path, labelX, labelY] = data?.bend ? arcBetween(ends) : bezierBetween(ends);
  const rules = data?.rules ?? [];
  const title = rules.map((r) => `${r.policyId} · ${r.direction} rule ${r.ruleIndex + 1}: ${r.label}`).join('\n');
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={selected ? 'flow-edge is-selected' : 'flow-edge'}
        interactionWidth={16}
      />
      {(!zoomedOut || selected || endSelected) && (
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
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
