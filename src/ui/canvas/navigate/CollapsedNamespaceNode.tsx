/** A collapsed namespace: one card with its counts and isolation, the ends of its aggregated edges. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NamespaceToggle } from './NamespaceToggle.tsx';
import { KindIcon } from '../nodes/icons.tsx';
import type { CollapsedFlowNode } from '../to-flow.ts';
import { COLLAPSED_CARD } from './decorate.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Isolation in words: how many workloads are isolated per direction. */
function isolation(isolated: number, total: number, direction: string): string {
  if (total === 0) return `${direction}: —`;
  if (isolated === 0) return `${direction}: open`;
  return isolated === total ? `${direction}: isolated` : `${direction}: ${isolated}/${total} isolated`;
}

function CollapsedNamespaceNodeView({ data, selected }: NodeProps<CollapsedFlowNode>) {
  const { node, summary } = data;
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
        {plural(summary.workloads, 'workload')} · {plural(summary.policies, 'policy', 'policies')}
      </div>
      <div className="ns-card__isolation">
        {isolation(summary.ingressIsolated, summary.workloads, 'ingress')} ·{' '}
        {isolation(summary.egressIsolated, summary.workloads, 'egress')}
      </div>
      {summary.internalRules > 0 && (
        <div className="ns-card__internal">{plural(summary.internalRules, 'rule')} inside, not drawn</div>
      )}
      <Handle type="source" position={Position.Right} className="entity__handle" isConnectable={false} />
    </div>
  );
}

export const CollapsedNamespaceNode = memo(CollapsedNamespaceNodeView);
