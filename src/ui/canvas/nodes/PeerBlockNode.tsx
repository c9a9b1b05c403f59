/**
 * The frame around many peers of one kind outside every namespace box in a
 * large graph (peer-blocks.ts): their edges are bundled at it, one per
 * namespace, as a namespace's are at its box. Not a peer itself: it cannot be
 * selected, dragged or connected. Zoomed out it shows its title sized for the
 * screen, as namespace boxes do (NamespaceNode).
 */
import { useTranslation } from 'react-i18next';
import { Handle, Position, useStore as useFlowStore, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { KindIcon } from './icons.tsx';
import { READABLE_ZOOM } from '../geometry/readable-fit.ts';
import type { PeerBlockFlowNode } from '../to-flow.ts';

/** On-screen size (px) of the title when zoomed out. */
const SUMMARY_NAME_PX = 13;

function PeerBlockNodeView({ data, width }: NodeProps<PeerBlockFlowNode>) {
  const { t } = useTranslation('ui-canvas');
  const title = data.kind === 'cidr' ? t('block.cidr', { count: data.count }) : t('block.other', { count: data.count });
  const far = useFlowStore((s) =>
    s.transform[2] < READABLE_ZOOM - 1e-6 ? Math.max(0.05, Math.round(s.transform[2] * 40) / 40) : 0,
  );
  return (
    <div className={`peer-block peer-block--${data.kind}`} data-testid="peer-block" data-kind={data.kind}>
      {far ? (
        <div
          className="ns-box__summary peer-block__summary"
          style={{ fontSize: SUMMARY_NAME_PX / far, maxWidth: width }}
        >
          <span className="peer-block__name">{title}</span>
        </div>
      ) : (
        <div className="peer-block__header">
          <KindIcon kind={data.kind} size={14} />
          <span className="peer-block__name">{title}</span>
          <span className="peer-block__hint">{t('block.hint')}</span>
        </div>
      )}
      {/* The ends of the bundles to namespace boxes (to-flow.ts). */}
      <Handle type="target" position={Position.Left} className="entity__handle" isConnectable={false} />
      <Handle type="source" position={Position.Right} className="entity__handle" isConnectable={false} />
    </div>
  );
}

export const PeerBlockNode = memo(PeerBlockNodeView);
