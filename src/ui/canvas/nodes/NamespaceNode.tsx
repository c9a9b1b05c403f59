/**
 * A namespace drawn as a group box; its workloads are React Flow children.
 * Zoomed out below READABLE_ZOOM its title bar would be unreadable: the box
 * then shows a summary instead (name, members, policies), drawn at a size
 * that stays readable on screen whatever the zoom (issue 11).
 */
import { useTranslation } from 'react-i18next';
import { Handle, Position, useStore as useFlowStore, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NamespaceToggle } from '../navigate/NamespaceToggle.tsx';
import { KindIcon } from './icons.tsx';
import { READABLE_ZOOM } from '../geometry/readable-fit.ts';
import type { NamespaceFlowNode } from '../to-flow.ts';

/** On-screen size (px) of the summary's name and its counts. */
const SUMMARY_NAME_PX = 13;
const SUMMARY_META_PX = 11;

function NamespaceNodeView({ data, selected, width }: NodeProps<NamespaceFlowNode>) {
  const { t } = useTranslation('ui-canvas');
  const { node, members } = data;
  const policies = node.selectedBy.length;
  // In the summary: every policy that selects the namespace or any of its members.
  const inside = data.policies;
  // The zoom while zoomed out, in steps (each step re-renders the boxes, not every frame of a zoom); 0 when close.
  const far = useFlowStore((s) =>
    s.transform[2] < READABLE_ZOOM - 1e-6 ? Math.max(0.05, Math.round(s.transform[2] * 40) / 40) : 0,
  );
  return (
    <div
      className={`ns-box${selected ? ' is-selected' : ''}${members === 0 ? ' ns-box--empty' : ''}${node.stale ? ' is-stale' : ''}`}
      data-testid="namespace-node"
      data-node-id={node.id}
      data-stale={node.stale ? 'true' : undefined}
    >
      {far ? (
        <div
          className="ns-box__summary"
          data-testid="namespace-summary"
          style={{ fontSize: SUMMARY_NAME_PX / far, maxWidth: width }}
        >
          <span className="ns-box__name" data-ns-title>
            {node.label}
          </span>
          <span className="ns-box__counts" style={{ fontSize: SUMMARY_META_PX / far }}>
            {`${t('nsbox.members', { count: members })} · ${inside ? t('nsbox.policies', { count: inside }) : t('nsbox.noPolicy')}`}
          </span>
        </div>
      ) : (
        <div className="ns-box__header">
          <KindIcon kind="namespace" size={14} />
          <span className="ns-box__kicker">{t('nsbox.kicker')}</span>
          <span className="ns-box__name" data-ns-title>
            {node.label}
          </span>
          {policies > 0 && <span className="ns-box__meta">{t('nsbox.policies', { count: policies })}</span>}
          <NamespaceToggle nodeId={node.id} label={node.label} collapse />
        </div>
      )}
      {/* Invisible ends for the namespace-to-namespace bundles a large graph draws (to-flow.ts). */}
      {data.ends && <Handle type="target" position={Position.Left} className="entity__handle" isConnectable={false} />}
      {data.ends && <Handle type="source" position={Position.Right} className="entity__handle" isConnectable={false} />}
      {/* Drag from here to allow traffic from all pods of the namespace (gestures/create.ts endpointNode).
          Last, so the bundles above keep the box's first source handle. */}
      <Handle
        id="connect"
        type="source"
        position={Position.Right}
        className="entity__connector ns-box__connector"
        title={t('nsbox.connect')}
        data-testid="namespace-connector"
      />
    </div>
  );
}

export const NamespaceNode = memo(NamespaceNodeView);
