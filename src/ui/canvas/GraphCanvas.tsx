/**
 * The graph pane: React Flow over the derived PolicyGraph and the layout, plus
 * the editing around it — palette drops, edge drawing, the inspector, undo.
 * Every change to the workspace goes through a PolicyEdit
 * (gestures.ts → state/commit.ts); nothing here writes YAML.
 */
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type EdgeChange,
  type EdgeTypes,
  type FinalConnectionState,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { PolicyGraph } from '../../model/graph/types.ts';
import { useDrafts, useEffectiveView, useStore } from '../hooks/stores.ts';
import { useEffectiveFlows } from '../hooks/use-effective-flows.ts';
import { useView } from '../hooks/use-view.ts';
import { FlowDialog } from '../dialogs/FlowDialog.tsx';
import { CreateDialog } from '../dialogs/CreateDialog.tsx';
import { focusInspectorField } from '../inspector/focus-field.ts';
import { Inspector } from '../inspector/Inspector.tsx';
import { EffectiveEdge } from '../effective/EffectiveEdge.tsx';
import {
  EFFECTIVE_EDGE_LIMIT,
  effectiveGraph,
  toEffectiveEdges,
  withOutsideBox,
  type EffectiveEdgeType,
} from '../effective/to-effective.ts';
import { WhyPanel } from '../effective/WhyPanel.tsx';
import { Palette, PALETTE_MIME, type PaletteKind } from '../palette/Palette.tsx';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { CanvasTopBar } from './CanvasTopBar.tsx';
import { belowTopBar } from './geometry/top-inset.ts';
import { cardRects, withBends } from './geometry/bends.ts';
import { EntityNode } from './nodes/EntityNode.tsx';
import { FlowEdge } from './edges/FlowEdge.tsx';
import { NamespaceNode } from './nodes/NamespaceNode.tsx';
import { placeNodes } from './geometry/placement.ts';
import { reuseUnchanged } from './nodes/stable-nodes.ts';
import { FlowEdges, isAggregated, toFlowNodes, type FlowEdgeType, type FlowNode } from './to-flow.ts';
import { useAutoLayout } from './use-auto-layout.ts';
import { useCanvasKeys } from './gestures/use-canvas-keys.ts';
import { canGesture } from './gestures/gestures.ts';
import { createFromPalette, drawFlow, endpointNode } from './gestures/create.ts';
import { openGraphDialog, useGraphDialog } from './gestures/dialog-store.ts';
import './editing.css';

const nodeTypes: NodeTypes = { namespace: NamespaceNode, entity: EntityNode };
const edgeTypes: EdgeTypes = { flow: FlowEdge, effective: EffectiveEdge };
/** Rule edges in the rules view, effective flows in the effective view. */
type CanvasEdge = FlowEdgeType | EffectiveEdgeType;

const miniMapColor = (n: FlowNode) => {
  if (n.type === 'namespace') return 'rgba(79, 70, 229, 0.12)';
  return n.data.node.kind === 'workload' ? '#4f46e5' : '#94a3b8';
};

/** Above these counts the canvas renders only the nodes and edges in view. */
const LARGE_NODES = 300;
const LARGE_EDGES = 1000;

/** Room for what floats over the canvas: the palette and toolbar along the top edge, the controls and minimap at the bottom. */
export const FIT_PADDING = { top: '76px', bottom: '32px', left: '32px', right: '32px' } as const;

/** Fits the view when asked (first layout, tidy, import), not after every edit: the user's viewport stays put. */
function FitOnRequest() {
  const fitRequest = useStore((s) => s.fitRequest);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (!fitRequest) return;
    const frame = requestAnimationFrame(
      () => void fitView({ padding: belowTopBar(FIT_PADDING), maxZoom: 1.15, duration: 0 }),
    );
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, fitView]);
  return null;
}

/** The controls' fit button, fitting below the top bar however many rows it takes (a fixed padding did not). */
function FitButton() {
  const { fitView } = useReactFlow();
  return (
    <ControlButton
      className="react-flow__controls-fitview"
      title="Fit view"
      aria-label="Fit view"
      onClick={() => void fitView({ padding: belowTopBar(FIT_PADDING), maxZoom: 1.15 })}
    >
      {/* Four corners of a frame. */}
      <svg viewBox="0 0 32 32" aria-hidden="true" style={{ fill: 'none' }}>
        <path d="M4 11V4h7M21 4h7v7M28 21v7h-7M11 28H4v-7" stroke="currentColor" strokeWidth="3.5" />
      </svg>
    </ControlButton>
  );
}

function Canvas() {
  const view = useView();
  const boxes = useAutoLayout(view.graph);
  useCanvasKeys();
  const manual = useStore((s) => s.manual);
  const selectedNodeIds = useStore((s) => s.selectedNodeIds);
  const selectedEdgeIds = useStore((s) => s.selectedEdgeIds);
  const layoutRunning = useStore((s) => s.layoutRunning);
  const drafts = useDrafts((s) => s.drafts);
  const { screenToFlowPosition } = useReactFlow();
  const paneRef = useRef<HTMLDivElement>(null);
  const dialog = useGraphDialog((s) => s.dialog);
  // Null in the rules view; the effective view reuses the rule graph's node ids and boxes.
  const flows = useEffectiveFlows();
  const selectedFlow = useEffectiveView((s) => s.selectedFlow);
  const setDialog = openGraphDialog;

  // Draft peers are drawn until a rule names them (then the derived node, same id, takes over).
  const graph: PolicyGraph = useMemo(() => {
    const have = new Set(view.graph.nodes.map((n) => n.id));
    const extra = Object.values(drafts).filter((d) => !have.has(d.id));
    return extra.length ? { nodes: [...view.graph.nodes, ...extra], edges: view.graph.edges } : view.graph;
  }, [view.graph, drafts]);
  const draftIds = useMemo(
    () => new Set(Object.keys(drafts).filter((id) => !view.graph.nodes.some((n) => n.id === id))),
    [drafts, view.graph],
  );
  const placed = useMemo(() => placeNodes(graph.nodes, boxes, manual), [graph.nodes, boxes, manual]);
  const previousNodes = useRef(new Map<string, FlowNode>());
  const [flowEdges] = useState(() => new FlowEdges()); // this canvas's edge memo (to-flow.ts)
  const shown = useMemo(() => (flows ? effectiveGraph(graph, flows) : graph), [graph, flows]);
  const nodes = useMemo(
    () =>
      reuseUnchanged(
        toFlowNodes(shown, flows ? withOutsideBox(shown, placed) : placed, new Set(selectedNodeIds), draftIds),
        previousNodes.current,
      ),
    [shown, placed, selectedNodeIds, draftIds],
  );
  const edges: CanvasEdge[] = useMemo(() => {
    const drawn = new Set(nodes.map((n) => n.id));
    if (flows) return toEffectiveEdges(flows, drawn, selectedFlow);
    return withBends(
      flowEdges.of(graph, drawn, new Set(selectedEdgeIds), new Set(selectedNodeIds)),
      graph.nodes.length,
      () => cardRects(graph.nodes, placed),
    );
  }, [graph, nodes, placed, selectedEdgeIds, selectedNodeIds, flows, selectedFlow, flowEdges]);
  const aggregated = !flows && isAggregated(graph);
  const graphRef = useRef(graph);
  const placedRef = useRef(placed);
  const edgesRef = useRef(edges);
  useEffect(() => {
    previousNodes.current = new Map(nodes.map((n) => [n.id, n]));
    graphRef.current = graph;
    placedRef.current = placed;
    edgesRef.current = edges;
  }, [graph, placed, edges, nodes]);

  // Nodes and edges are controlled: React Flow proposes changes, the store decides.
  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
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
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange<CanvasEdge>[]) => {
    const { select } = useStore.getState();
    let selected: Set<string> | undefined;
    for (const c of changes) {
      if (c.type !== 'select') continue;
      const edge = edgesRef.current.find((e) => e.id === c.id);
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
  }, []);

  // Drawing an edge: from a node's connector dot to anywhere on another node (or namespace box).
  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    const fromId = state.fromNode?.id;
    if (!fromId) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const hit = document.elementFromPoint(point.clientX, point.clientY)?.closest('[data-node-id]');
    const toId = state.toNode?.id ?? hit?.getAttribute('data-node-id') ?? undefined;
    if (!toId || toId === fromId) return;
    const source = endpointNode(graphRef.current, fromId);
    const target = endpointNode(graphRef.current, toId);
    if (!source || !target || !canGesture()) return;
    setDialog({ type: 'flow', source, target });
  }, []);

  // Palette: drop (or press) → a name prompt → the create edit, keeping the drop point as the node's place.
  const openCreate = useCallback((kind: PaletteKind, at: { x: number; y: number }, picked = false) => {
    if (!canGesture()) return;
    const request = createFromPalette(kind, at, graphRef.current, placedRef.current, picked);
    if (request) setDialog({ type: 'create', ...request });
  }, []);
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    const kind = e.dataTransfer.getData(PALETTE_MIME) as PaletteKind;
    if (!kind) return;
    e.preventDefault();
    openCreate(kind, screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  };
  const onPick = (kind: PaletteKind) => {
    const rect = paneRef.current!.getBoundingClientRect();
    openCreate(kind, screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }), true);
  };

  // Double-click a node: rename it in the inspector (the canvas does not zoom on double-click).
  const onNodeDoubleClick = useCallback((_: unknown, node: FlowNode) => {
    useStore.getState().select({ nodes: [node.id] });
    focusInspectorField('inspector-name');
  }, []);

  const empty = graph.nodes.length === 0;
  // A big cluster (a thousand nodes, tens of thousands of rules) only draws what is in view.
  const large = nodes.length > LARGE_NODES || edges.length > LARGE_EDGES;
  return (
    <div className="graph-pane" data-testid="graph-pane" ref={paneRef} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<FlowNode, CanvasEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnectEnd={onConnectEnd}
        onNodeDoubleClick={onNodeDoubleClick}
        zoomOnDoubleClick={false}
        nodesConnectable={!view.stale && !flows}
        // Not further out: below this a big cluster's cards are specks, and rendering all of them (every
        // node is "in view") made each keystroke ~25 ms slower on 1,000 workloads (bench:browser).
        minZoom={0.15}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        deleteKeyCode={null}
        // A selected (translucent) namespace box must not be raised over the peers beside it.
        elevateNodesOnSelect={false}
        onlyRenderVisibleElements={large}
        aria-label="Network policy graph"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
        <Controls showInteractive={false} showFitView={false} position="bottom-left">
          <FitButton />
        </Controls>
        <MiniMap<FlowNode>
          position="bottom-right"
          style={{ width: 168, height: 112 }}
          pannable
          zoomable
          nodeColor={miniMapColor}
          nodeStrokeWidth={2}
          maskColor="rgba(241, 245, 249, 0.7)"
        />
        <FitOnRequest />
      </ReactFlow>
      <CanvasTopBar>
        <Palette disabled={view.stale} onPick={onPick} />
        <CanvasToolbar />
      </CanvasTopBar>
      {flows ? <WhyPanel flows={flows} /> : <Inspector />}
      {flows && !view.stale && (
        <div className="canvas-banner effective-legend" role="note" data-testid="effective-legend">
          <b>Effective view</b> — solid: traffic that gets through ·{' '}
          <span className="effective-legend__half">dashed red</span>: one side allows it, the other blocks it. Select a
          label to see why.
          {flows.length > EFFECTIVE_EDGE_LIMIT &&
            ` Showing ${edges.length} of ${flows.length} flows, allowed ones first.`}
        </div>
      )}
      {aggregated && !view.stale && (
        <div className="canvas-banner canvas-banner--large" role="note" data-testid="aggregated-banner">
          <b>Large graph</b> — {graph.edges.length.toLocaleString('en')} rules: flows between namespaces are drawn as
          one edge per pair of namespaces (its label counts the rules), flows inside a namespace are hidden. Select a
          workload or namespace to draw its own edges.
        </div>
      )}
      {view.stale && (
        <div className="canvas-banner canvas-banner--stale" role="status" data-testid="stale-banner">
          The YAML has errors — showing the last graph that parsed. Graph editing is paused.
        </div>
      )}
      {empty && !layoutRunning && (
        <div className="canvas-empty">
          Nothing to draw yet. Paste Kubernetes manifests or NetworkPolicies into the YAML pane, or drag a namespace in
          from the palette.
        </div>
      )}
      {dialog?.type === 'flow' && (
        <FlowDialog
          source={dialog.source}
          target={dialog.target}
          onCancel={() => setDialog(null)}
          onSubmit={(ports, sides) => {
            setDialog(null);
            drawFlow(dialog.source, dialog.target, ports, sides);
          }}
        />
      )}
      {dialog?.type === 'create' && (
        <CreateDialog
          kind={dialog.kind}
          namespace={dialog.namespace}
          namespaces={dialog.namespaces}
          onCancel={() => setDialog(null)}
          onSubmit={(values) => {
            setDialog(null);
            dialog.submit(values);
          }}
        />
      )}
    </div>
  );
}

export default function GraphCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
