/**
 * React Flow's EdgeLabelRenderer, without its DOM query: that one's store selector looks the label layer up
 * with `querySelector` on every change of React Flow's store, once per label drawn. With hundreds of
 * labels and a store that changes many times a keystroke, that was ~1.4 s of the ten keystrokes typed
 * into a 10,000-rule policy (bench:big, a CPU profile of one slow run). Here the layer is looked up once
 * per canvas and kept while it stays in the page.
 */
import { useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const layers = new WeakMap<HTMLElement, HTMLElement>();

function labelLayer(s: ReactFlowState): HTMLElement | null {
  const root = s.domNode;
  if (!root) return null;
  let layer = layers.get(root);
  if (!layer?.isConnected) {
    layer = root.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? undefined;
    if (!layer) return null;
    layers.set(root, layer);
  }
  return layer;
}

/** Renders `children` in the canvas's edge label layer (HTML over the edges, in flow coordinates). */
export function EdgeLabelLayer({ children }: { children: ReactNode }) {
  const layer = useFlowStore(labelLayer);
  return layer ? createPortal(children, layer) : null;
}
