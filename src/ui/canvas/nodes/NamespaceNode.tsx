/** A namespace drawn as a group box; its workloads are React Flow children. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NamespaceToggle } from '../navigate/NamespaceToggle.tsx';
import { KindIcon } from './icons.tsx';
import type { NamespaceFlowNode } from '../to-flow.ts';

function NamespaceNodeView({ data, selected }: NodeProps<NamespaceFlowNode>) {
  const { node } = data;
  const policies = node.selectedBy.length;
  return (
    <div
      className={`ns-box${selected ? ' is-selected' : ''}${node.stale ? ' is-stale' : ''}`}
      data-testid="namespace-node"
      data-node-id={node.id}
      data-stale={node.stale ? 'true' : undefined}
    >
      <div className="ns-box__header">
        <KindIcon kind="namespace" size={14} />
        <span className="ns-box__kicker">namespace</span>
        <span className="ns-box__name">{node.label}</span>
        {policies > 0 && (
          <span className="ns-box__meta">
            {policies} {policies === 1 ? 'policy' : 'policies'}
          </span>
        )}
        <NamespaceToggle nodeId={node.id} label={node.label} collapse />
      </div>
      {/* Invisible ends for the namespace-to-namespace bundles a large graph draws (to-flow.ts). */}
      {data.ends && <Handle type="target" position={Position.Left} className="entity__handle" isConnectable={false} />}
      {data.ends && <Handle type="source" position={Position.Right} className="entity__handle" isConnectable={false} />}
    </div>
  );
}

export const NamespaceNode = memo(NamespaceNodeView);
