/** The graph pane: React Flow over the derived PolicyGraph and the layout boxes. */
import {
  Background, BackgroundVariant, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow,
  type EdgeChange, type EdgeTypes, type NodeChange, type NodeTypes,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useView } from '../../state/derived.ts';
import { useStore } from '../../state/store.ts';
import { EntityNode } from './EntityNode.tsx';
import { FlowEdge } from './FlowEdge.tsx';
import { NamespaceNode } from './NamespaceNode.tsx';
import { toFlowEdges, toFlowNodes, type FlowEdgeType, type FlowNode } from './to-flow.ts';
import { useAutoLayout } from './use-auto-layout.ts';

const nodeTypes: NodeTypes = { namespace: NamespaceNode, entity: EntityNode };
const edgeTypes: EdgeTypes = { flow: FlowEdge };

const miniMapColor = (n: FlowNode) => {
  if (n.type === 'namespace') return 'rgba(79, 70, 229, 0.12)';
  return n.data.node.kind === 'workload' ? '#4f46e5' : '#94a3b8';
};

/** Fits the view whenever a new layout lands (first load, structural edits). */
function FitOnLayout() {
  const layoutKey = useStore((s) => s.layoutKey);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (!layoutKey) return;
    const frame = requestAnimationFrame(() => void fitView({ padding: 0.06, maxZoom: 1.15, duration: 0 }));
    return () => cancelAnimationFrame(frame);
  }, [layoutKey, fitView]);
  return null;
}

function Canvas() {
  const view = useView();
  useAutoLayout(view.graph);
  const boxes = useStore((s) => s.boxes);
  const selectedNodeIds = useStore((s) => s.selectedNodeIds);
  const selectedEdgeIds = useStore((s) => s.selectedEdgeIds);
  const layoutRunning = useStore((s) => s.layoutRunning);

  const nodes = useMemo(() => toFlowNodes(view.graph, boxes, new Set(selectedNodeIds)), [view.graph, boxes, selectedNodeIds]);
  const edges = useMemo(
    () => toFlowEdges(view.graph, new Set(nodes.map((n) => n.id)), new Set(selectedEdgeIds)),
    [view.graph, nodes, selectedEdgeIds],
  );

  // Nodes and edges are controlled: React Flow proposes changes, the store decides.
  const edgesRef = useRef(edges);
  useEffect(() => {
    edgesRef.current = edges;
  }, [edges]);
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
  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdgeType>[]) => {
    const { select } = useStore.getState();
    let selected: Set<string> | undefined;
    for (const c of changes) {
      if (c.type !== 'select') continue;
      selected ??= new Set(useStore.getState().selectedEdgeIds);
      // One canvas edge stands for several rule edges: (de)select them together.
      const rules = edgesRef.current.find((e) => e.id === c.id)?.data?.rules ?? [];
      for (const r of rules) {
        if (c.selected) selected.add(r.id);
        else selected.delete(r.id);
      }
    }
    if (selected) select({ nodes: useStore.getState().selectedNodeIds, edges: [...selected] });
  }, []);

  const empty = view.graph.nodes.length === 0;
  return (
    <div className="graph-pane" data-testid="graph-pane">
      <ReactFlow<FlowNode, FlowEdgeType>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        nodesConnectable={false}
        minZoom={0.15}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        deleteKeyCode={null}
        aria-label="Network policy graph"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap<FlowNode> position="bottom-right" style={{ width: 168, height: 112 }} pannable zoomable nodeColor={miniMapColor} nodeStrokeWidth={2} maskColor="rgba(241, 245, 249, 0.7)" />
        <FitOnLayout />
      </ReactFlow>
      {view.stale && (
        <div className="canvas-banner canvas-banner--stale" role="status" data-testid="stale-banner">
          The YAML has errors — showing the last graph that parsed.
        </div>
      )}
      {empty && !layoutRunning && (
        <div className="canvas-empty">Nothing to draw yet. Paste Kubernetes manifests or NetworkPolicies into the YAML pane.</div>
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
