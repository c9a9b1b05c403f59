/**
 * Edges the live analysis adds to the effective view: a removed flow as a ghost (dashed, its pill struck
 * through with a "−" mark), and a line between a workload and the "unknown peers" node for what policies
 * expose beyond the workspace (dotted). Plain curves between the two cards: they are few, and routing
 * them around the cards would move the routes of every real flow.
 */
import { useTranslation } from 'react-i18next';
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { EdgeLabelLayer } from '../canvas/edges/EdgeLabelLayer.tsx';
import { memo } from 'react';
import type { ExposureItem } from '../../model/analysis/exposure-view.ts';
import type { LiveDiffRow } from '../../model/analysis/live-diff.ts';
import { bezierBetween, labelAt, useEdgeEnds } from '../canvas/edges/edge-geometry.ts';

export type DiffGhostEdgeType = Edge<{ rows: LiveDiffRow[] }, 'diff-ghost'>;
export type ExposureEdgeType = Edge<{ items: ExposureItem[] }, 'exposure'>;

function DiffGhostEdgeView({ id, source, target, markerEnd, data }: EdgeProps<DiffGhostEdgeType>) {
  const { t } = useTranslation('ui-analysis');
  const ends = useEdgeEnds(source, target);
  if (!ends || !data) return null;
  const [path, x, y] = bezierBetween(ends);
  const title = data.rows
    .map((r) => t('diff.ghostTitle', { src: r.src.id, dst: r.dst.id, before: r.before || t('diff.nothing') }))
    .join('\n');
  const before = [...new Set(data.rows.map((r) => r.before))].join(' · ');
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className="diff-ghost-edge" />
      <EdgeLabelLayer>
        <div
          className="edge-label diff-ghost-label nodrag nopan"
          style={labelAt(x, y)}
          title={title}
          data-testid="diff-ghost-edge"
          data-edge-id={id}
        >
          <span className="live-mark live-mark--removed" aria-hidden="true">
            {t('diff.mark.removed')}
          </span>
          {before}
        </div>
      </EdgeLabelLayer>
    </>
  );
}

function ExposureEdgeView({ id, source, target, markerEnd, data }: EdgeProps<ExposureEdgeType>) {
  const { t } = useTranslation('ui-analysis');
  const ends = useEdgeEnds(source, target);
  if (!ends || !data) return null;
  const [path, x, y] = bezierBetween(ends);
  const lines = data.items.map(
    (i) => `${i.kind === 'entire-cluster' ? t('exposure.entireCluster') : i.peer}: ${i.conns}`,
  );
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className="exposure-edge" />
      <EdgeLabelLayer>
        <div
          className="edge-label exposure-label nodrag nopan"
          style={labelAt(x, y)}
          title={t('exposure.edgeTitle', { lines: lines.join('\n') })}
          data-testid="exposure-edge"
          data-edge-id={id}
        >
          {[...new Set(data.items.map((i) => i.conns))].join(' · ')}
        </div>
      </EdgeLabelLayer>
    </>
  );
}

export const DiffGhostEdge = memo(DiffGhostEdgeView);
export const ExposureEdge = memo(ExposureEdgeView);
