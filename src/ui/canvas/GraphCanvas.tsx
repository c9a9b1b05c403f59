/**
 * The graph pane: React Flow over the derived PolicyGraph and the layout, plus
 * the editing around it — palette drops, edge drawing, the inspector, undo.
 * Every change to the workspace goes through a PolicyEdit
 * (gestures.ts → state/commit.ts); nothing here writes YAML.
 */
import { useTranslation } from 'react-i18next';
import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  type EdgeChange,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useStore } from '../hooks/stores.ts';
import { useView } from '../hooks/use-view.ts';
import { Inspector } from '../inspector/Inspector.tsx';
import { EffectiveEdge } from '../effective/EffectiveEdge.tsx';
import { WhyPanel } from '../effective/WhyPanel.tsx';
import { Palette } from '../palette/Palette.tsx';
import { CanvasBanners } from './CanvasBanners.tsx';
import { CanvasDialogs } from './CanvasDialogs.tsx';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { CanvasTopBar } from './CanvasTopBar.tsx';
import { EntityNode } from './nodes/EntityNode.tsx';
import { FlowEdge } from './edges/FlowEdge.tsx';
import { NamespaceNode } from './nodes/NamespaceNode.tsx';
import { PeerBlockNode } from './nodes/PeerBlockNode.tsx';
import { CentreOnRequest } from './navigate/CentreOnRequest.tsx';
import { CollapsedNamespaceNode } from './navigate/CollapsedNamespaceNode.tsx';
import { decorateEdges, decorateNodes } from './navigate/decorate.ts';
import { SummaryCache } from './navigate/namespace-summaries.ts';
import { DiagnosticMarkers } from './navigate/DiagnosticMarkers.tsx';
import { useNavigationGraphs } from './navigate/use-navigation-graphs.ts';
import { useNavigationKeys } from './navigate/use-navigation-keys.ts';
import { DockedMiniMap, FitButton, FitOnRequest, ZoomDetail } from './ReadableFit.tsx';
import type { FlowNode } from './to-flow.ts';
import { useAutoLayout } from './use-auto-layout.ts';
import { useCanvasElements } from './use-canvas-elements.ts';
import { isInferredView } from '../effective/to-effective.ts';
import { useCanvasHandlers } from './use-canvas-handlers.ts';
import { useCanvasKeys } from './gestures/use-canvas-keys.ts';
import { useTheme } from '../theme/theme-store.ts';
import { ExposureContext } from '../live/exposure-context.ts';
import { DiffGhostEdge, ExposureEdge } from '../live/OverlayEdges.tsx';
import { canvasEdgeChanges, useLiveOverlays, type LiveCanvasEdge } from '../live/use-live-overlays.ts';
import './editing.css';
import './navigate/navigate.css';

const nodeTypes: NodeTypes = {
  namespace: NamespaceNode,
  entity: EntityNode,
  collapsed: CollapsedNamespaceNode,
  block: PeerBlockNode,
};
const edgeTypes: EdgeTypes = {
  flow: FlowEdge,
  effective: EffectiveEdge,
  'diff-ghost': DiffGhostEdge,
  exposure: ExposureEdge,
};

const miniMapColor = (n: FlowNode) => {
  // Theme tokens (theme/tokens.ts): the minimap resolves them again when the theme changes.
  if (n.type === 'namespace') return 'color-mix(in srgb, var(--accent) 12%, transparent)';
  if (n.type === 'collapsed') return 'color-mix(in srgb, var(--accent) 45%, transparent)';
  if (n.type === 'block') return 'color-mix(in srgb, var(--kind-allns-line) 12%, transparent)';
  return n.data.node.kind === 'workload' ? 'var(--kind-workload)' : 'var(--kind-allns-line)';
};

/** Above these counts the canvas renders only the nodes and edges in view. */
const LARGE_NODES = 300;
const LARGE_EDGES = 1000;

function Canvas() {
  const { t } = useTranslation('ui-canvas');
  const view = useView();
  const paneRef = useRef<HTMLDivElement>(null);
  // Collapsed namespaces are laid out as cards; filters and focus only change what is drawn (navigate/).
  const nav = useNavigationGraphs(view.graph);
  const boxes = useAutoLayout(nav.layout);
  useCanvasKeys();
  useNavigationKeys(paneRef);
  const layoutRunning = useStore((s) => s.layoutRunning);
  const colorMode = useTheme((s) => s.resolved);
  const elements = useCanvasElements(nav.shown, boxes, nav.collapsed);
  const { graph, flows, aggregated, latest } = elements;
  // The cards' counts: one pass over the rules, then only over the rules a keystroke changed (the same
  // map back when none did, so the cards are not decorated again).
  const [summaryCache] = useState(() => new SummaryCache());
  const summaries = useMemo(
    () => summaryCache.summaries(view.graph, nav.collapsed),
    [summaryCache, view.graph, nav.collapsed],
  );
  // On the parts of `nav` they read: `nav` itself is new whenever the graph is (every keystroke).
  const { collapsed, focus } = nav;
  const nodes = useMemo(
    () => decorateNodes(elements.nodes, summaries, { collapsed, focus }),
    [elements.nodes, summaries, collapsed, focus],
  );
  const edges = useMemo(() => decorateEdges(elements.edges, { focus }), [elements.edges, focus]);
  // The live diff's marks and ghosts, the exposure markers and the "unknown peers" node (ui/live).
  const live = useLiveOverlays(nodes, edges, Boolean(flows));
  const { onNodesChange, onEdgesChange, onConnectEnd, onNodeDoubleClick, onDragOver, onDrop, onPick } =
    useCanvasHandlers(latest, paneRef);
  // One function for the life of the canvas: React Flow stores each handler it is given, and a new one on
  // every render was one more store update per render, each running every node's and edge's selector.
  const onFlowEdgesChange = useCallback(
    (changes: EdgeChange<LiveCanvasEdge>[]) => onEdgesChange(canvasEdgeChanges(changes)),
    [onEdgesChange],
  );

  // A big cluster (a thousand nodes, tens of thousands of rules) only draws what is in view.
  const large = nodes.length > LARGE_NODES || edges.length > LARGE_EDGES;
  return (
    <div className="graph-pane" data-testid="graph-pane" ref={paneRef} onDragOver={onDragOver} onDrop={onDrop}>
      <ExposureContext.Provider value={live.exposure}>
        <ReactFlow<FlowNode, LiveCanvasEdge>
          nodes={live.nodes}
          edges={live.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onFlowEdgesChange}
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
          colorMode={colorMode}
          aria-label={t('graph.label')}
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="var(--canvas-dots)" />
          <Controls showInteractive={false} showFitView={false} position="bottom-left">
            <FitButton />
          </Controls>
          <DockedMiniMap color={miniMapColor} colorMode={colorMode} />
          <FitOnRequest />
          <CentreOnRequest />
          <DiagnosticMarkers
            graph={view.graph}
            diagnostics={view.diagnostics}
            // Placed by the analysis against its own graph; with broken documents the view also holds their
            // last good objects, which only a placement against the view's graph can mark.
            targets={view.broken.length === 0 ? view.targets : undefined}
            edges={edges}
            collapsed={nav.collapsed}
          />
          <ZoomDetail pane={paneRef} />
        </ReactFlow>
      </ExposureContext.Provider>
      <CanvasTopBar>
        <Palette disabled={view.stale} onPick={onPick} />
        <CanvasToolbar />
      </CanvasTopBar>
      {flows ? <WhyPanel flows={flows} /> : <Inspector />}
      <CanvasBanners
        flows={flows}
        counted={elements.counted}
        inferred={Boolean(flows) && isInferredView(graph)}
        stale={view.stale}
        broken={view.broken}
        aggregated={aggregated}
        ruleCount={graph.edges.length}
        edgesShown={edges.length}
        empty={graph.nodes.length === 0 && !layoutRunning}
      />
      <CanvasDialogs />
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
