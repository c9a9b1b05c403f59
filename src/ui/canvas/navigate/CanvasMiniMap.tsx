/**
 * The minimap, drawn on one <canvas>. React Flow's own MiniMap renders an SVG rect per node, each a
 * component subscribed to the flow store: on 1,000 workloads that is 1,176 selectors run on every store
 * update (each keystroke makes several) and 1,176 elements re-rendered, for a 168×112 picture. Here one
 * subscription schedules one redraw per frame at most, whatever the graph's size.
 *
 * Click or drag to centre the view there (at the current zoom); scroll to zoom.
 */
import { useTranslation } from 'react-i18next';
import { Panel, useReactFlow, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent, type WheelEvent } from 'react';
import { frameFor, toFlow, toMiniMap, unionOf, type Box, type MiniMapFrame } from '../geometry/minimap-frame.ts';
import type { FlowNode } from '../to-flow.ts';

interface Colours {
  node: (n: FlowNode) => string;
  mask: string;
  viewStroke: string;
}

/**
 * CSS colours (theme variables, color-mix) as the canvas takes them, per theme, for the page's life:
 * resolving one reads a computed style, which forces a style recalculation of the whole page. On the small
 * start-up example that is nothing; remounted during a big paste, the minimap's four lookups cost ~0.5 s.
 */
const resolvedColours = new Map<string, string>();
function resolver(el: HTMLElement, theme: string): (css: string) => string {
  return (css) => {
    const key = `${theme}|${css}`;
    let out = resolvedColours.get(key);
    if (out === undefined) {
      el.style.color = css;
      out = getComputedStyle(el).color;
      resolvedColours.set(key, out);
    }
    return out;
  };
}

function nodeBox(n: InternalNode<FlowNode>): Box {
  const { x, y } = n.internals.positionAbsolute;
  return { x, y, width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0 };
}

/** Draws the graph's boxes (namespaces under their members), the dimmed outside of the view and its frame. */
function paint(
  canvas: HTMLCanvasElement,
  s: ReactFlowState<FlowNode>,
  colours: Colours,
  colour: (css: string) => string,
  frozen: MiniMapFrame | undefined,
  size: { width: number; height: number },
): MiniMapFrame | undefined {
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  // The box's size is known (never read from layout: during a big paste a forced layout cost seconds).
  const { width, height } = size;
  const ratio = globalThis.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
  if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const [tx, ty, zoom] = s.transform;
  const view: Box = { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
  const shown = [...s.nodeLookup.values()].filter((n) => !n.hidden);
  const content = unionOf([view, ...shown.map(nodeBox)]);
  if (!content) return undefined;
  const f = frozen ?? frameFor(content, width, height);
  const rect = (b: Box): [number, number, number, number] => {
    const [x, y] = toMiniMap(f, b.x, b.y);
    return [x, y, Math.max(1, b.width * f.scale), Math.max(1, b.height * f.scale)];
  };
  // Namespace boxes first: their members are drawn over them.
  for (const pass of [true, false])
    for (const n of shown) {
      if ((n.type === 'namespace') !== pass) continue;
      ctx.fillStyle = colour(colours.node(n.internals.userNode));
      ctx.fillRect(...rect(nodeBox(n)));
    }
  ctx.beginPath();
  ctx.rect(0, 0, width, height);
  ctx.rect(...rect(view));
  ctx.fillStyle = colour(colours.mask);
  ctx.fill('evenodd');
  ctx.strokeStyle = colour(colours.viewStroke);
  ctx.lineWidth = 1;
  ctx.strokeRect(...rect(view));
  return f;
}

const MASK = 'color-mix(in srgb, var(--surface-3) 70%, transparent)';
const VIEW_STROKE = 'var(--line-2)';

export function CanvasMiniMap(props: {
  color: (n: FlowNode) => string;
  width: number;
  height: number;
  /** The theme: colours are resolved again when it changes. */
  colorMode: string;
}) {
  const { color, width, height, colorMode } = props;
  const { t } = useTranslation('ui-canvas');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi<FlowNode>();
  const flow = useReactFlow<FlowNode>();
  /** The frame of the last drawing; kept still while dragging, so the map does not slide under the pointer. */
  const frame = useRef<MiniMapFrame | undefined>(undefined);
  const dragging = useRef(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const colour = resolver(canvas, colorMode);
    const colours = { node: color, mask: MASK, viewStroke: VIEW_STROKE };
    let pending = 0;
    const draw = () => {
      pending = 0;
      frame.current = paint(canvas, store.getState(), colours, colour, dragging.current ? frame.current : undefined, {
        width,
        height,
      });
    };
    draw();
    const unsubscribe = store.subscribe(() => {
      if (!pending) pending = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      if (pending) cancelAnimationFrame(pending);
    };
  }, [store, color, colorMode, width, height]);

  const centreAt = (e: PointerEvent<HTMLCanvasElement>) => {
    const f = frame.current;
    if (!f) return;
    const r = e.currentTarget.getBoundingClientRect();
    const [x, y] = toFlow(f, e.clientX - r.left, e.clientY - r.top);
    void flow.setCenter(x, y, { zoom: store.getState().transform[2] });
  };
  const onWheel = (e: WheelEvent<HTMLCanvasElement>) => {
    const zoom = store.getState().transform[2];
    void flow.zoomTo(zoom * (e.deltaY < 0 ? 1.2 : 1 / 1.2));
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap canvas-minimap" style={{ width, height }}>
      <canvas
        ref={canvasRef}
        className="nodrag nopan nowheel"
        style={{ width: '100%', height: '100%', display: 'block', cursor: 'pointer' }}
        role="img"
        aria-label={t('minimap')}
        title={t('minimap')}
        data-testid="minimap"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          dragging.current = true;
          centreAt(e);
        }}
        onPointerMove={(e) => {
          if (dragging.current) centreAt(e);
        }}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
        onWheel={onWheel}
      />
    </Panel>
  );
}
