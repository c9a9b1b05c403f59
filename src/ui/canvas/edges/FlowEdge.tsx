/**
 * An allowed flow: its route around the cards (geometry/edge-layout.ts) with
 * an arrow and a pill naming its ports, where the pill covers no card, title
 * or other pill; a pill with no free place is shown while the edge is hovered
 * or selected. Graphs too big to route draw a bezier (an arc when a straight
 * one would cross a card) with the pill in its middle. Pills show when zoomed
 * in enough to read them (see LABEL_MIN_ZOOM).
 * One canvas edge stands for every rule edge between the same two nodes
 * (e.g. api's ingress rule and web's egress rule for the same hop).
 */
import { useTranslation } from 'react-i18next';
import { BaseEdge, useStore as useFlowStore, type EdgeProps } from '@xyflow/react';
import { EdgeLabelLayer } from './EdgeLabelLayer.tsx';
import { memo, useState } from 'react';
import { focusInspectorField } from '../../inspector/focus-field.ts';
import { drawnGeometry, labelAt, useEdgeEnds } from './edge-geometry.ts';
import type { FlowEdgeType } from '../to-flow.ts';
import { useStore } from '../../hooks/stores.ts';
import { useRulesTitle } from './rule-title.ts';
import type { GraphEdge } from '../../../model/graph/types.ts';

/**
 * Below this zoom a pill's 11 px text is under 5 px on screen: unreadable, and on a big graph hundreds of
 * them make every repaint slower. Then only the pills of selected edges, and of the edges of selected
 * nodes, are drawn.
 */
export const LABEL_MIN_ZOOM = 0.45;

const NO_RULES: GraphEdge[] = [];

function FlowEdgeView({ id, source, target, markerEnd, data, selected }: EdgeProps<FlowEdgeType>) {
  const { t } = useTranslation('ui-canvas');
  const ends = useEdgeEnds(source, target);
  const zoomedOut = useFlowStore((s) => s.transform[2] < LABEL_MIN_ZOOM);
  const endSelected = useStore((s) => s.selectedNodeIds.includes(source) || s.selectedNodeIds.includes(target));
  const [hovered, setHovered] = useState(false);
  const rules = data?.rules ?? NO_RULES;
  const title = useRulesTitle(rules);
  const drawn = drawnGeometry(data?.geometry, ends, Boolean(data?.bend));
  if (!drawn) return null;
  const { path, labelX, labelY, placed } = drawn;
  // A pill that found no free place waits for its edge to be hovered or selected (still in the DOM).
  const tucked = !placed && !hovered && !selected && !endSelected;
  const style = data?.style;
  return (
    <>
      <g onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
        <BaseEdge
          id={id}
          path={path}
          markerEnd={markerEnd}
          className={`flow-edge${style ? ` flow-edge--${style}` : ''}${selected ? ' is-selected' : ''}`}
          interactionWidth={16}
        />
      </g>
      {(!zoomedOut || selected || endSelected) && (
        <EdgeLabelLayer>
          <div
            className={`edge-label nodrag nopan${style ? ` edge-label--${style}` : ''}${selected ? ' is-selected' : ''}${tucked ? ' is-tucked' : ''}`}
            style={labelAt(labelX, labelY, !placed)}
            onMouseEnter={() => setHovered(true)}
            onMouseLeave={() => setHovered(false)}
            title={`${title}\n${t('edge.editHint')}`}
            // Double-click: edit this flow's ports in the inspector.
            onDoubleClick={() => {
              useStore.getState().select({ edges: rules.map((r) => r.id) });
              focusInspectorField('edge-ports');
            }}
            data-testid="edge-label"
            data-edge-id={id}
            data-style={style}
          >
            {data?.label}
          </div>
        </EdgeLabelLayer>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
