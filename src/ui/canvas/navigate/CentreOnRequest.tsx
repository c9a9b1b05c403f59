/**
 * Centres the view on a node when asked (a search match). The node may not be
 * drawn yet (its namespace was just expanded and is being laid out): the
 * request waits until React Flow has measured it.
 */
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useStore } from '../../hooks/stores.ts';

export function CentreOnRequest() {
  const request = useStore((s) => s.centreRequest);
  const nodes = useFlowStore((s) => s.nodes);
  const { getInternalNode, setCenter, getZoom } = useReactFlow();
  const done = useRef(0);
  useEffect(() => {
    if (!request || done.current === request.seq) return;
    const node = getInternalNode(request.id);
    const width = node?.measured.width ?? node?.width;
    const height = node?.measured.height ?? node?.height;
    if (!node || width === undefined || height === undefined) return; // not drawn yet: next time nodes change
    done.current = request.seq;
    const { x, y } = node.internals.positionAbsolute;
    void setCenter(x + width / 2, y + height / 2, { zoom: Math.max(getZoom(), 1), duration: 250 });
  }, [request, nodes, getInternalNode, setCenter, getZoom]);
  return null;
}
