/**
 * Workloads and peers (inferred selectors, CIDRs, "pods in namespace",
 * "all namespaces", "anywhere"): one card, styled per kind via CSS.
 * The handles only satisfy React Flow (edges need them to render); FlowEdge
 * computes the real end points on the sides facing the other node.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { KindIcon } from './icons.tsx';
import { kindTagOf, subtitleOf } from './sizes.ts';
import type { EntityFlowNode } from './to-flow.ts';

function EntityNodeView({ data, selected }: NodeProps<EntityFlowNode>) {
  const { node } = data;
  const { ingress, egress } = node.isolated;
  const tag = kindTagOf(node);
  const title = [
    `${node.label}\n${subtitleOf(node)}`,
    node.labels && Object.keys(node.labels).length ? Object.entries(node.labels).map(([k, v]) => `${k}=${v}`).join('\n') : '',
    node.selectedBy.length ? `Selected by: ${node.selectedBy.join(', ')}` : '',
  ].filter(Boolean).join('\n\n');
  return (
    <div
      className={`entity entity--${node.kind}${selected ? ' is-selected' : ''}`}
      style={{ width: data.width, height: data.height }}
      title={title || undefined}
      data-testid="entity-node"
      data-kind={node.kind}
      data-node-id={node.id}
    >
      <Handle type="target" position={Position.Left} className="entity__handle" isConnectable={false} />
      <div className="entity__icon"><KindIcon kind={node.kind} size={16} /></div>
      <div className="entity__text">
        <div className="entity__label">
          {node.label}
          {tag && <span className="entity__kind">{tag}</span>}
        </div>
        <div className="entity__subtitle">{subtitleOf(node)}</div>
      </div>
      {(ingress || egress) && (
        <div className="entity__badges">
          {ingress && <span className="badge badge--in" title="Ingress-isolated: only traffic a policy allows gets in">in</span>}
          {egress && <span className="badge badge--out" title="Egress-isolated: only traffic a policy allows gets out">out</span>}
        </div>
      )}
      <Handle type="source" position={Position.Right} className="entity__handle" isConnectable={false} />
    </div>
  );
}

export const EntityNode = memo(EntityNodeView);
