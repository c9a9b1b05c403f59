/** A collapsed namespace: one card with its counts and isolation, the ends of its aggregated edges. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NamespaceToggle } from './NamespaceToggle.tsx';
import { KindIcon } from '../nodes/icons.tsx';
import type { CollapsedFlowNode } from '../to-flow.ts';
import { COLLAPSED_CARD } from '../geometry/sizes.ts';

function isolation(
  t: TFunction<'ui-canvas'>,
  isolated: number,
  total: number,
  direction: 'ingress' | 'egress',
): string {
  const dir = t(`card.${direction}`);
  if (total === 0) return t('card.none', { dir });
  if (isolated === 0) return t('card.open', { dir });
  return isolated === total ? t('card.isolated', { dir }) : t('card.someIsolated', { dir, isolated, total });
}

function CollapsedNamespaceNodeView({ data, selected }: NodeProps<CollapsedFlowNode>) {
  const { node, summary } = data;
  const { t } = useTranslation('ui-canvas');
  return (
    <div
      className={`ns-card${selected ? ' is-selected' : ''}`}
      data-testid="collapsed-namespace"
      data-node-id={node.id}
      style={COLLAPSED_CARD}
    >
      <Handle type="target" position={Position.Left} className="entity__handle" isConnectable={false} />
      <div className="ns-card__header">
        <KindIcon kind="namespace" size={14} />
        <span className="ns-card__name" title={node.label}>
          {node.label}
        </span>
        <NamespaceToggle nodeId={node.id} label={node.label} collapse={false} />
      </div>
      <div className="ns-card__counts">
        {t('card.workloads', { count: summary.workloads })} · {t('card.policies', { count: summary.policies })}
      </div>
      <div className="ns-card__isolation">
        {isolation(t, summary.ingressIsolated, summary.workloads, 'ingress')} ·{' '}
        {isolation(t, summary.egressIsolated, summary.workloads, 'egress')}
      </div>
      {summary.internalRules > 0 && (
        <div className="ns-card__internal">{t('card.internal', { count: summary.internalRules })}</div>
      )}
      <Handle type="source" position={Position.Right} className="entity__handle" isConnectable={false} />
    </div>
  );
}

export const CollapsedNamespaceNode = memo(CollapsedNamespaceNodeView);
