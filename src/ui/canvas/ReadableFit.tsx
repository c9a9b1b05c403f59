/**
 * The canvas's fitted view, its level of detail and its minimap, each kept
 * legible (issue 11): fitting never goes below READABLE_ZOOM (geometry/
 * readable-fit.ts), the pane carries `is-far` below that zoom so cards draw as
 * compact summaries instead of shrunken text, and the minimap shows only when
 * part of the graph is out of view, never over the selection.
 */
import { useTranslation } from 'react-i18next';
import { ControlButton, useReactFlow, useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import { useStore } from '../hooks/stores.ts';
import { focusOf, paneRoom, readableViewport, READABLE_ZOOM, type Rect } from './geometry/readable-fit.ts';
import { namespacesWithPolicies } from './geometry/fit-parts.ts';
import type { FlowNode } from './to-flow.ts';
import { CanvasMiniMap } from './navigate/CanvasMiniMap.tsx';

/** Fits the view readably (see above): a function of the React Flow instance, for the fit request and the button. */
function useReadableFit(): (duration?: number) => void {
  const flow = useReactFlow<FlowNode>();
  return (duration = 0) => {
    const nodes = flow.getNodes();
    const room = paneRoom();
    if (!room || nodes.length === 0) return;
    const all = flow.getNodesBounds(nodes);
    const selected = useStore.getState().selectedNodeIds.filter((id) => flow.getNode(id));
    const focus: Rect | undefined = selected.length
      ? flow.getNodesBounds(selected)
      : focusOf(
          namespacesWithPolicies(nodes.filter((n) => n.type !== 'block')).map((n) => flow.getNodesBounds([n])),
          room,
        );
    void flow.setViewport(readableViewport(all, focus, room), { duration });
  };
}

/** Fits the view when asked (first layout, tidy, import), not after every edit: the user's viewport stays put. */
export function FitOnRequest() {
  const fitRequest = useStore((s) => s.fitRequest);
  const fit = useReadableFit();
  const latest = useRef(fit);
  latest.current = fit;
  useEffect(() => {
    if (!fitRequest) return;
    const frame = requestAnimationFrame(() => latest.current());
    return () => cancelAnimationFrame(frame);
  }, [fitRequest]);
  return null;
}

/** The controls' fit button: the same readable fit, below the top bar however many rows it takes. */
export function FitButton() {
  const fit = useReadableFit();
  const { t } = useTranslation('ui-canvas');
  return (
    <ControlButton
      className="react-flow__controls-fitview"
      title={t('fit')}
      aria-label={t('fit')}
      onClick={() => fit(200)}
    >
      {/* Four corners of a frame. */}
      <svg viewBox="0 0 32 32" aria-hidden="true" style={{ fill: 'none' }}>
        <path d="M4 11V4h7M21 4h7v7M28 21v7h-7M11 28H4v-7" stroke="currentColor" strokeWidth="3.5" />
      </svg>
    </ControlButton>
  );
}

/** Marks the pane `is-far` below READABLE_ZOOM (styles.css hides card text there; NamespaceNode summarises). */
export function ZoomDetail({ pane }: { pane: RefObject<HTMLDivElement | null> }) {
  const far = useFlowStore((s) => s.transform[2] < READABLE_ZOOM - 1e-6);
  useEffect(() => {
    pane.current?.classList.toggle('is-far', far);
  }, [far, pane]);
  return null;
}

/** The minimap's box on screen, relative to the pane: bottom-right, 168×112 at React Flow's 15 px panel margin. */
const MINIMAP = { width: 168, height: 112, margin: 15 };

/**
 * Whether the minimap is worth showing and free to: some node lies outside the view (else it only
 * repeats the canvas, over the graph's bottom-right corner), and no selected node lies under it.
 */
function minimapWanted(s: ReactFlowState): boolean {
  const [tx, ty, zoom] = s.transform;
  const corner = {
    left: s.width - MINIMAP.margin - MINIMAP.width,
    top: s.height - MINIMAP.margin - MINIMAP.height,
  };
  let outside = false;
  for (const n of s.nodeLookup.values()) {
    const { x, y } = n.internals.positionAbsolute;
    const w = n.measured.width ?? n.width ?? 0;
    const h = n.measured.height ?? n.height ?? 0;
    const left = x * zoom + tx,
      top = y * zoom + ty,
      right = (x + w) * zoom + tx,
      bottom = (y + h) * zoom + ty;
    if (left < 0 || top < 0 || right > s.width || bottom > s.height) outside = true;
    if (n.selected && right > corner.left && bottom > corner.top) return false;
  }
  return outside;
}

export function DockedMiniMap({ color, colorMode }: { color: (n: FlowNode) => string; colorMode: string }) {
  const wanted = useFlowStore(minimapWanted);
  if (!wanted) return null;
  return <CanvasMiniMap color={color} width={MINIMAP.width} height={MINIMAP.height} colorMode={colorMode} />;
}
