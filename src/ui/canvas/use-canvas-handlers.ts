/**
 * What the canvas does with the user's gestures: React Flow's proposed node
 * and edge changes (selection, moves), drawing an edge, palette drops and
 * picks, double-click to rename. Each ends in the store or in a graph dialog;
 * nothing here writes YAML.
 */
import { useReactFlow, type EdgeChange, type FinalConnectionState, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, type DragEvent, type RefObject } from 'react';
import { useEffectiveView, useStore } from '../hooks/stores.ts';
import { focusInspectorField } from '../inspector/focus-field.ts';
import { PALETTE_MIME, type PaletteKind } from '../palette/Palette.tsx';
import { registerCentreCreate } from './gestures/centre-create.ts';
import { createFromPalette, endpointNode } from './gestures/create.ts';
import { openGraphDialog } from './gestures/dialog-store.ts';
import { canGesture } from './gestures/gestures.ts';
import type { FlowNode } from './to-flow.ts';
import type { CanvasEdge, LatestElements } from './use-canvas-elements.ts';

// Nodes and edges are controlled: React Flow proposes changes, the store decides.
function onNodesChange(changes: NodeChange<FlowNode>[]) {
  const { moveNode, select } = useStore.getState();
  let selected: Set<string> | undefined;
  for (const c of changes) {
    if (c.type === 'position' && c.position) moveNode(c.id, c.position);
    else if (c.type === 'select') {
      selected ??= new Set(useStore.getState().selectedNodeIds);
      if (c.selected) selected.add(c.id);
      else selected.delete(c.id);
    }
  }
  if (selected) select({ nodes: [...selected], edges: useStore.getState().selectedEdgeIds });
}

function edgesChange(changes: EdgeChange<CanvasEdge>[], edges: readonly CanvasEdge[]) {
  const { select } = useStore.getState();
  let selected: Set<string> | undefined;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    const edge = edges.find((e) => e.id === c.id);
    if (edge?.type === 'effective') {
      // An effective edge opens the Why panel; it has no rule edges of its own to select.
      const { selectedFlow: open, selectFlow } = useEffectiveView.getState();
      if (c.selected) {
        selectFlow(c.id);
        useStore.getState().clearSelection();
      } else if (open === c.id) selectFlow(null);
      continue;
    }
    selected ??= new Set(useStore.getState().selectedEdgeIds);
    // One canvas edge stands for several rule edges: (de)select them together.
    const rules = edge?.type === 'flow' ? (edge.data?.rules ?? []) : [];
    for (const r of rules) {
      if (c.selected) selected.add(r.id);
      else selected.delete(r.id);
    }
  }
  if (selected) select({ nodes: useStore.getState().selectedNodeIds, edges: [...selected] });
}

// Double-click a node: rename it in the inspector (the canvas does not zoom on double-click).
function onNodeDoubleClick(_: unknown, node: FlowNode) {
  if (node.type === 'block') return; // a frame around peers (peer-blocks.ts): nothing to rename
  useStore.getState().select({ nodes: [node.id] });
  focusInspectorField('inspector-name');
}

const onDragOver = (e: DragEvent) => {
  if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
};

/** Handlers for the canvas; `latest` is read at the time of the gesture, `pane` for the palette's pick point. */
export function useCanvasHandlers(latest: RefObject<LatestElements>, pane: RefObject<HTMLDivElement | null>) {
  const { screenToFlowPosition } = useReactFlow();

  const onEdgesChange = useCallback(
    (changes: EdgeChange<CanvasEdge>[]) => edgesChange(changes, latest.current.edges),
    [latest],
  );

  // Drawing an edge: from a node's connector dot to anywhere on another node (or namespace box).
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const fromId = state.fromNode?.id;
      if (!fromId) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const hit = document.elementFromPoint(point.clientX, point.clientY)?.closest('[data-node-id]');
      const toId = state.toNode?.id ?? hit?.getAttribute('data-node-id') ?? undefined;
      if (!toId || toId === fromId) return;
      const source = endpointNode(latest.current.graph, fromId);
      const target = endpointNode(latest.current.graph, toId);
      if (!source || !target || !canGesture()) return;
      openGraphDialog({ type: 'flow', source, target });
    },
    [latest],
  );

  // Palette: drop (or press) → a name prompt → the create edit, keeping the drop point as the node's place.
  const openCreate = useCallback(
    (kind: PaletteKind, at: { x: number; y: number }, picked = false) => {
      if (!canGesture()) return;
      const request = createFromPalette(kind, at, latest.current.graph, latest.current.placed, picked);
      if (request) openGraphDialog({ type: 'create', ...request });
    },
    [latest],
  );
  const onDrop = (e: DragEvent) => {
    const kind = e.dataTransfer.getData(PALETTE_MIME) as PaletteKind;
    if (!kind) return;
    e.preventDefault();
    openCreate(kind, screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  };
  const onPick = (kind: PaletteKind) => {
    const rect = pane.current!.getBoundingClientRect();
    openCreate(kind, screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }), true);
  };
  // The command palette creates the same way as a pressed palette item, asking the names itself.
  useEffect(
    () =>
      registerCentreCreate((kind) => {
        const rect = pane.current?.getBoundingClientRect();
        if (!rect) return null;
        const centre = screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
        return createFromPalette(kind, centre, latest.current.graph, latest.current.placed, true);
      }),
    [latest, pane, screenToFlowPosition],
  );

  return { onNodesChange, onEdgesChange, onConnectEnd, onNodeDoubleClick, onDragOver, onDrop, onPick };
}
