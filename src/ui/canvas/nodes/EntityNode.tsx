/**
 * Workloads and peers (inferred selectors, CIDRs, "pods in namespace",
 * "all namespaces", "anywhere"): one card, styled per kind via CSS.
 * The target handle only satisfies React Flow (edges need handles to render);
 * FlowEdge computes the real end points on the sides facing the other node.
 * The source handle (the dot on the right, shown on hover) starts drawing a
 * new edge; it is dropped anywhere on the other node (GraphCanvas).
 */
import { useTranslation } from 'react-i18next';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { cardName, fullName } from './display-name.ts';
import { fitText, measureText } from './fit-text.ts';
import { KindIcon } from './icons.tsx';
import { ClusterBadges } from './ClusterBadges.tsx';
import { kindTagOf, subtitleOf } from '../geometry/sizes.ts';
import { useCardWords } from './use-card-words.ts';
import type { EntityFlowNode } from '../to-flow.ts';
import { ExposureMark } from '../../live/ExposureMark.tsx';

/** The CSS font families (styles.css `--font`, `--mono`), read once: the canvas measuring text needs them. */
let families: { sans: string; mono: string } | undefined;
function fontFamilies(): { sans: string; mono: string } {
  if (!families) {
    const css = typeof document === 'undefined' ? undefined : getComputedStyle(document.documentElement);
    families = {
      sans: css?.getPropertyValue('--font').trim() || 'sans-serif',
      mono: css?.getPropertyValue('--mono').trim() || 'monospace',
    };
  }
  return families;
}

/**
 * Room for the two text lines: the card minus its border (2), padding (14 + 12), icon (28) and gap (10),
 * and the badge column with its gap when shown; 2 px to spare. Mirrors `.entity*` in styles.css.
 */
const textRoom = (width: number, badges: boolean): number => width - 68 - (badges ? 40 : 0);

function EntityNodeView({ data, selected }: NodeProps<EntityFlowNode>) {
  const { t } = useTranslation('ui-canvas');
  const words = useCardWords();
  const { node, draft } = data;
  const { ingress, egress } = node.isolated;
  const tag = kindTagOf(node, words);
  const { sans, mono } = fontFamilies();
  const room = textRoom(data.width, ingress || egress);
  // The small-caps tag after the label (10px, uppercase, 0.06em tracking, 6px margin) comes off the label's room.
  const tagWidth = tag ? measureText(tag.toUpperCase(), `500 10px ${sans}`) + tag.length * 0.6 + 6 : 0;
  const label = fitText(
    cardName(node, words),
    room - tagWidth,
    node.kind === 'cidr' ? `600 12px ${mono}` : `600 13px ${sans}`,
    measureText,
  );
  const subtitleText = draft ? t('node.draft') : subtitleOf(node, words);
  const subtitle = fitText(subtitleText, room, draft ? `italic 11px ${sans}` : `11px ${mono}`, measureText);
  const title = [
    `${fullName(node, words)}\n${subtitleOf(node, words)}`,
    node.labels && Object.keys(node.labels).length
      ? Object.entries(node.labels)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n')
      : '',
    node.selectedBy.length ? t('node.selectedBy', { names: node.selectedBy.join(', ') }) : '',
    node.stale ? t('node.stale') : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return (
    <div
      className={`entity entity--${node.kind}${selected ? ' is-selected' : ''}${draft ? ' is-draft' : ''}${node.stale ? ' is-stale' : ''}`}
      style={{ width: data.width, height: data.height }}
      title={title || undefined}
      data-testid="entity-node"
      data-kind={node.kind}
      data-node-id={node.id}
      data-stale={node.stale ? 'true' : undefined}
    >
      <Handle type="target" position={Position.Left} className="entity__handle" isConnectable={false} />
      <div className="entity__icon">
        <KindIcon kind={node.kind} size={16} />
      </div>
      <div className="entity__text">
        <div className="entity__label">
          {label}
          {tag && <span className="entity__kind">{tag}</span>}
        </div>
        <div className="entity__subtitle">{subtitle}</div>
      </div>
      {(ingress || egress) && (
        <div className="entity__badges">
          {ingress && (
            <span className="badge badge--in" title={t('node.ingressIsolated')}>
              in
            </span>
          )}
          {egress && (
            <span className="badge badge--out" title={t('node.egressIsolated')}>
              out
            </span>
          )}
        </div>
      )}
      {/* Placed on the card's top edge by CSS; after the name in the DOM, so the card reads name first. */}
      <ClusterBadges marks={node.clusterSelectedBy} />
      {node.kind === 'workload' && (
        <ExposureMark nodeId={node.id} compact={(node.clusterSelectedBy?.length ?? 0) > 0} />
      )}
      <Handle
        type="source"
        position={Position.Right}
        className={node.endpoint ? 'entity__connector' : 'entity__handle'}
        isConnectable={Boolean(node.endpoint)}
        title={node.endpoint ? t('node.connect') : undefined}
        data-testid={node.endpoint ? 'connector' : undefined}
      />
    </div>
  );
}

export const EntityNode = memo(EntityNodeView);
