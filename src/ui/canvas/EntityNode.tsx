/**
 * Workloads and peers (inferred selectors, CIDRs, "pods in namespace",
 * "all namespaces", "anywhere"): one card, styled per kind via CSS.
 * The target handle only satisfies React Flow (edges need handles to render);
 * FlowEdge computes the real end points on the sides facing the other node.
 * The source handle (the dot on the right, shown on hover) starts drawing a
 * new edge; it is dropped anywhere on the other node (GraphCanvas).
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { KindIcon } from './icons.tsx';
import { kindTagOf, subtitleOf } from './sizes.ts';
import type { EntityFlowNode } from './to-flow.ts';

function EntityNodeView({ data, selected }: NodeProps<EntityFlowNode>) {
  const { node, draft } = data;
  const { ingress, egress } = node.isolated;
  const tag = kindTagOf(node);
  const title = [
    `${node.label}\n${subtitleOf(node)}`,
    node.labels && Object.keys(node.labels).length ? Object.entries(node.labels).map(([k, v]) => `${k}=${v}`).join('\n') : '',
    node.selectedBy.length ? `Selected by: ${node.selectedBy.join(', ')}` : '',
  ].filter(Boolean).join('\n\n');
  return (
    <div
      className={`entity entity--${node.kind}${selected ? ' is-selected' : ''}${draft ? ' is-draft' : ''}`}
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
        <div className="entity__subtitle">{draft ? 'not in the YAML yet: draw an edge' : subtitleOf(node)}</div>
      </div>
      {(ingress || egress) && (
        <div className="entity__badges">
          {ingress && <span className="badge badge--in" title="Ingress-isolated: only traffic a policy allows gets in">in</span>}
          {egress && <span className="badge badge--out" title="Egress-isolated: only traffic a policy allows gets out">out</span>}
        </div>
      )}
      <Handle
        type="source"
        position={Position.Right}
        className={node.endpoint ? 'entity__connector' : 'entity__handle'}
        isConnectable={Boolean(node.endpoint)}
        title={node.endpoint ? 'Drag to another node to allow traffic' : undefined}
        data-testid={node.endpoint ? 'connector' : undefined}
      />
    </div>
  );
}

export const EntityNode = memo(EntityNodeView);
