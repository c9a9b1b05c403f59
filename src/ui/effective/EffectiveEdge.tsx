/**
 * An effective flow: solid with its allowed ports, or dashed red when one side
 * allows it and the other blocks it ("blocked at ingress"). Routed and
 * labelled like rule edges (canvas/geometry/edge-layout.ts) so both views read
 * alike.
 */
import { useTranslation } from 'react-i18next';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { EdgeLabelLayer } from '../canvas/edges/EdgeLabelLayer.tsx';
import { memo, useState } from 'react';
import { drawnGeometry, labelAt, useEdgeEnds } from '../canvas/edges/edge-geometry.ts';
import { rangesLine, type EffectiveEdgeType } from './to-effective.ts';
import { connlistLinesOf, type EffectiveFlow, type ExternalRange } from '../../model/analysis/effective.ts';
import { formatConns, isEmpty } from '../../model/analysis/ports.ts';

/** `10.0.0.0-10.0.0.255 (TCP 5432)`: a range and what it gets (ranges of one end may differ). */
export const rangeText = (r: ExternalRange): string => `${r.range} (${r.conns})`;
import { useEffectiveView } from '../hooks/stores.ts';
import { DiffMark } from '../live/DiffMark.tsx';

function EffectiveEdgeView({ id, source, target, markerEnd, data, selected }: EdgeProps<EffectiveEdgeType>) {
  const ends = useEdgeEnds(source, target);
  const [hovered, setHovered] = useState(false);
  // Routed around the cards when the canvas routed it; else (a big graph) half-open flows bend off the straight
  // line, so they neither hide a middle node (web → db past api) nor overlap the allowed path.
  const drawn = drawnGeometry(data?.geometry, ends, Boolean(data?.halfOpen));
  if (!drawn || !data) return null;
  const { path, labelX, labelY, placed } = drawn;
  // A pill with no free place shows while its flow is hovered or selected ("blocked at ingress" pills no longer pile up).
  const tucked = !placed && !hovered && !selected;
  const kind = data.halfOpen ? 'half-open' : 'allowed';
  const diff = data.diff ? ` effective-edge--diff-${data.diff}` : '';
  const cls = `effective-edge effective-edge--${kind}${diff}${selected ? ' is-selected' : ''}`;
  const { t } = useTranslation('ui-effective');
  const ranges = data.flow.ranges.length
    ? `\n${t('edge.addresses', { ranges: data.flow.ranges.map(rangeText).join(', ') })}`
    : '';
  const lines = rangesLine(data.flow);
  // What is blocked and where, in the UI language (the model's English `label`/`note` sized the pill).
  const blocked = (f: EffectiveFlow) =>
    [
      isEmpty(f.blockedAtIngress) ? '' : t('edge.blockedAtIngress', { conns: formatConns(f.blockedAtIngress) }),
      isEmpty(f.blockedAtEgress) ? '' : t('edge.blockedAtEgress', { conns: formatConns(f.blockedAtEgress) }),
    ]
      .filter(Boolean)
      .join(' · ');
  const label = isEmpty(data.flow.allowed) ? blocked(data.flow) || data.label : data.label;
  const note = data.note ? blocked(data.flow) : '';
  const standsFor = `\n${t('edge.lines', { count: data.flow.lines })}`;
  return (
    <>
      <g onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
        <BaseEdge id={id} path={path} markerEnd={markerEnd} className={cls} interactionWidth={16} />
      </g>
      <EdgeLabelLayer>
        <button
          type="button"
          className={`edge-label effective-label effective-label--${kind} nodrag nopan${selected ? ' is-selected' : ''}${tucked ? ' is-tucked' : ''}`}
          style={labelAt(labelX, labelY, !placed)}
          onMouseEnter={() => setHovered(true)}
          onMouseLeave={() => setHovered(false)}
          title={`${data.flow.from} → ${data.flow.to}: ${label}${note ? `\n${note}` : ''}${ranges}${standsFor}\n${t('edge.selectHint')}`}
          // The label is the keyboard path to the Why panel (edges themselves are not focusable in a useful order).
          onClick={() => useEffectiveView.getState().selectFlow(id)}
          data-testid="effective-edge-label"
          data-edge-id={id}
          data-kind={kind}
          data-lines={data.flow.lines}
          data-connlist={connlistLinesOf(data.flow).join('\n')}
          data-diff={data.diff}
        >
          <DiffMark type={data.diff} />
          {label}
          {note && <span className="effective-label__note">{note}</span>}
          {lines && <span className="effective-label__lines">{lines}</span>}
        </button>
      </EdgeLabelLayer>
    </>
  );
}

export const EffectiveEdge = memo(EffectiveEdgeView);
