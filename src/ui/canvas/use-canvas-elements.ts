/**
 * What React Flow draws: the derived PolicyGraph plus draft peers, placed by
 * the layout and the user's moves, as nodes and edges — rule edges in the
 * rules view, effective flows in the effective view.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import type { PolicyGraph } from '../../model/graph/types.ts';
import { useDrafts, useEffectiveView, useStore } from '../hooks/stores.ts';
import { useEffectiveFlows } from '../hooks/use-effective-flows.ts';
import type { Box } from '../../state/layout-slice.ts';
import {
  effectiveGraph,
  splitFlows,
  toEffectiveEdges,
  withOutsideBoxes,
  type EffectiveEdgeType,
} from '../effective/to-effective.ts';
import { canvasEdgeGeometry } from './edges/canvas-edge-geometry.ts';
import { labelCollapsedEdges } from './navigate/decorate.ts';
import { useEdgeWords } from './edges/use-edge-words.ts';
import { GeometryMemo } from './geometry/edge-layout.ts';
import { EdgeRouter } from './geometry/route-all.ts';
import { placeNodes } from './geometry/placement.ts';
import { reuseUnchanged } from './nodes/stable-nodes.ts';
import { FlowEdges, isAggregated, toFlowNodes, type FlowEdgeType, type FlowNode } from './to-flow.ts';

/** Rule edges in the rules view, effective flows in the effective view. */
export type CanvasEdge = FlowEdgeType | EffectiveEdgeType;

/** The latest graph, placement and edges, for handlers that read them without being re-created on each change. */
export interface LatestElements {
  graph: PolicyGraph;
  placed: Record<string, Box>;
  edges: CanvasEdge[];
}

export interface CanvasElements {
  /** The rule graph with the draft peers no rule names yet. */
  graph: PolicyGraph;
  nodes: FlowNode[];
  edges: CanvasEdge[];
  /** Null in the rules view; the effective view reuses the rule graph's node ids and boxes. */
  flows: EffectiveFlow[] | null;
  /** Effective view: the unrestricted address flows counted in the legend instead of drawn. */
  counted: EffectiveFlow[];
  /** Rules view of a graph too large to draw every rule edge (see to-flow.ts). */
  aggregated: boolean;
  latest: RefObject<LatestElements>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Nodes and edges of `derived` laid out in `boxes` (useAutoLayout), with the selection and drafts applied.
 * `collapsed` namespaces are drawn as cards (navigate/decorate.ts): routes go around them and their edges'
 * labels are the aggregated ones.
 */
export function useCanvasElements(
  derived: PolicyGraph,
  boxes: Record<string, Box>,
  collapsed: ReadonlySet<string> = NONE,
): CanvasElements {
  const manual = useStore((s) => s.manual);
  const selectedNodeIds = useStore((s) => s.selectedNodeIds);
  const selectedEdgeIds = useStore((s) => s.selectedEdgeIds);
  const drafts = useDrafts((s) => s.drafts);
  const flows = useEffectiveFlows();
  const selectedFlow = useEffectiveView((s) => s.selectedFlow);

  // Draft peers are drawn until a rule names them (then the derived node, same id, takes over).
  const graph: PolicyGraph = useMemo(() => {
    const have = new Set(derived.nodes.map((n) => n.id));
    const extra = Object.values(drafts).filter((d) => !have.has(d.id));
    return extra.length ? { nodes: [...derived.nodes, ...extra], edges: derived.edges } : derived;
  }, [derived, drafts]);
  // On the graph's nodes, not the graph, and the same empty set without drafts: a keystroke that changes
  // only edges then leaves `placed` and the flow nodes as they were (10,000-rule policy: ~50 ms a keystroke).
  const derivedNodes = derived.nodes;
  const draftIds = useMemo(() => {
    const ids = Object.keys(drafts).filter((id) => !derivedNodes.some((n) => n.id === id));
    return ids.length ? new Set(ids) : NONE;
  }, [drafts, derivedNodes]);
  const placed = useMemo(
    () => placeNodes(graph.nodes, boxes, manual, draftIds),
    [graph.nodes, boxes, manual, draftIds],
  );
  const previousNodes = useRef(new Map<string, FlowNode>());
  // This canvas's edge memo (to-flow.ts), one per language: its pills are worded in it.
  const sayEdge = useEdgeWords();
  const flowEdges = useMemo(() => new FlowEdges(sayEdge), [sayEdge]);
  // This canvas's edge routes, kept between calls so a drag re-routes only what it touched (route-all.ts).
  const [router] = useState(() => new EdgeRouter());
  const [geometryMemo] = useState(() => new GeometryMemo<CanvasEdge>());
  // Unrestricted address flows beyond a few are counted in the legend, not drawn (to-effective.ts).
  const split = useMemo(() => (flows ? splitFlows(flows) : null), [flows]);
  const shown = useMemo(() => (split ? effectiveGraph(graph, split.shown) : graph), [graph, split]);
  const shownBoxes = useMemo(
    () => (split ? withOutsideBoxes(shown, graph, placed) : placed),
    [split, shown, graph, placed],
  );
  const shownNodes = shown.nodes;
  const ends = isAggregated(shown);
  const nodes = useMemo(
    () =>
      reuseUnchanged(
        toFlowNodes(shownNodes, shownBoxes, new Set(selectedNodeIds), draftIds, ends),
        previousNodes.current,
      ),
    [shownNodes, shownBoxes, selectedNodeIds, draftIds, ends],
  );
  const edges: CanvasEdge[] = useMemo(() => {
    const drawn = new Set(nodes.map((n) => n.id));
    const plain: CanvasEdge[] = split
      ? toEffectiveEdges(split.shown, drawn, selectedFlow)
      : labelCollapsedEdges(
          flowEdges.of(graph, drawn, new Set(selectedEdgeIds), new Set(selectedNodeIds)),
          collapsed,
          sayEdge,
        );
    // Routed around the cards, pills where they cover nothing (edge-layout.ts).
    return geometryMemo.apply(plain, canvasEdgeGeometry(plain, shown.nodes, shownBoxes, router, collapsed));
  }, [
    graph,
    shown,
    shownBoxes,
    nodes,
    selectedEdgeIds,
    selectedNodeIds,
    split,
    selectedFlow,
    flowEdges,
    sayEdge,
    router,
    geometryMemo,
    collapsed,
  ]);

  const latest = useRef<LatestElements>({ graph, placed, edges });
  useEffect(() => {
    previousNodes.current = new Map(nodes.map((n) => [n.id, n]));
    latest.current = { graph, placed, edges };
  }, [graph, placed, edges, nodes]);

  return {
    graph,
    nodes,
    edges,
    flows,
    counted: split?.counted ?? [],
    aggregated: !flows && isAggregated(graph),
    latest,
  };
}
