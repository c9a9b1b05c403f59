/**
 * PolicyGraph + layout boxes → React Flow nodes and edges. Nodes are a pure
 * function of their inputs; edges are built by a FlowEdges object that the
 * canvas owns, which carries unchanged edge objects from one call to the next.
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { NamespaceSummary } from '../../model/graph/collapse.ts';
import type { GraphEdge, GraphNode, PolicyGraph } from '../../model/graph/types.ts';
import type { Box } from '../../state/layout-slice.ts';
import type { EdgeGeometry } from './geometry/edge-layout.ts';
import { markedLabel, markerColour, ruleEdgeStyle, type RuleEdgeStyle } from './edges/cluster-edge-style.ts';
import { countedPill, englishEdgeWords, pillList, sayPortWords, type SayEdgeWord } from './edges/edge-words.ts';
import { RuleBundles } from './rule-bundles.ts';
import { sameSet } from '../../model/same-set.ts';
import { entityHandles, namespaceHandles } from './geometry/static-handles.ts';
import { blockFrame, outsideBlocks } from './peer-blocks.ts';

export { AGGREGATE_EDGES, isAggregated } from './rule-bundles.ts';

/**
 * `ends`: the box is an end of namespace-to-namespace bundles (a large graph, see FlowEdges).
 * `members`, `policies`: how many nodes it holds and how many policies select it or them, for its summary
 * when zoomed out (NamespaceNode).
 */
export type NamespaceFlowNode = Node<
  { node: GraphNode; ends?: boolean; members: number; policies: number },
  'namespace'
>;
/** `draft`: a peer dropped from the palette that no rule names yet (state/drafts.ts). */
export type EntityFlowNode = Node<{ node: GraphNode; width: number; height: number; draft?: boolean }, 'entity'>;
/** A collapsed namespace, drawn as one card (navigate/CollapsedNamespaceNode.tsx; model/graph/collapse.ts). */
export type CollapsedFlowNode = Node<{ node: GraphNode; summary: NamespaceSummary }, 'collapsed'>;
/** A frame around many peers of one kind outside every namespace box (peer-blocks.ts; nodes/PeerBlockNode.tsx). */
export type PeerBlockFlowNode = Node<{ kind: GraphNode['kind']; count: number }, 'block'>;
export type FlowNode = NamespaceFlowNode | EntityFlowNode | CollapsedFlowNode | PeerBlockFlowNode;
/**
 * `geometry`: its route around the cards and its pill's place (geometry/edge-layout.ts); absent on graphs
 * too big to route, which draw a plain curve (an arc when `bend`, see bends.ts).
 */
/** `style`: a cluster-layer edge's look by its action (edges/cluster-edge-style.ts); absent for NetworkPolicy rules. */
export type FlowEdgeType = Edge<
  { rules: GraphEdge[]; label: string; bend?: boolean; geometry?: EdgeGeometry; style?: RuleEdgeStyle },
  'flow'
>;

/**
 * The React Flow nodes of a graph's `nodes`. Takes the nodes, not the graph, so that a keystroke that changes
 * only edges (a port) does not build them again; `ends`: the graph is aggregated (isAggregated), its
 * namespace boxes are the ends of bundles. Frames of blocks of outside peers (peer-blocks.ts) are ends always.
 */
export function toFlowNodes(
  nodes: readonly GraphNode[],
  boxes: Record<string, Box>,
  selected: ReadonlySet<string>,
  drafts: ReadonlySet<string> = new Set(),
  ends = false,
): FlowNode[] {
  const groups: FlowNode[] = [];
  const leaves: FlowNode[] = [];
  const members = new Map<string, number>();
  const policies = new Map<string, Set<string>>();
  for (const n of nodes) {
    const ns = n.kind === 'namespace' ? n.id : n.parentId;
    if (n.parentId) members.set(n.parentId, (members.get(n.parentId) ?? 0) + 1);
    if (ns && n.selectedBy.length) {
      const set = policies.get(ns) ?? new Set<string>();
      n.selectedBy.forEach((p) => set.add(p));
      policies.set(ns, set);
    }
  }
  for (const n of nodes) {
    const box = boxes[n.id];
    if (!box) continue; // not laid out yet: drawn once the layout answers
    if (n.kind === 'namespace') {
      groups.push({
        id: n.id,
        type: 'namespace',
        position: { x: box.x, y: box.y },
        data: {
          node: n,
          ...(ends ? { ends } : {}),
          members: members.get(n.id) ?? 0,
          policies: policies.get(n.id)?.size ?? 0,
        },
        width: box.width,
        height: box.height,
        handles: namespaceHandles(box.width, box.height, ends),
        style: { width: box.width, height: box.height },
        selected: selected.has(n.id),
        zIndex: 0,
      });
    } else {
      const parent = n.parentId && boxes[n.parentId] ? n.parentId : undefined;
      leaves.push({
        id: n.id,
        type: 'entity',
        position: { x: box.x, y: box.y },
        data: { node: n, width: box.width, height: box.height, ...(drafts.has(n.id) ? { draft: true } : {}) },
        width: box.width,
        height: box.height,
        handles: entityHandles(box.width, box.height, Boolean(n.endpoint)),
        ...(parent ? { parentId: parent, extent: 'parent' as const } : {}),
        selected: selected.has(n.id),
      });
    }
  }
  groups.push(...blockNodes(nodes, boxes));
  // React Flow wants parents before their children.
  return [...groups, ...leaves];
}

/** The frames of the blocks of outside peers (peer-blocks.ts), behind the cards; not selectable or draggable. */
function blockNodes(nodes: readonly GraphNode[], boxes: Record<string, Box>): PeerBlockFlowNode[] {
  const out: PeerBlockFlowNode[] = [];
  for (const [id, peers] of outsideBlocks(nodes, (n) => Boolean(n.parentId && boxes[n.parentId]))) {
    const frame = blockFrame(peers.flatMap((n) => (boxes[n.id] ? [boxes[n.id]] : [])));
    if (!frame) continue;
    out.push({
      id,
      type: 'block',
      position: { x: frame.x, y: frame.y },
      data: { kind: peers[0].kind, count: peers.length },
      width: frame.width,
      height: frame.height,
      // The ends of bundles only: no connector to drag a new rule from (a block is no peer a rule can name).
      handles: namespaceHandles(frame.width, frame.height, true).filter((h) => h.id !== 'connect'),
      style: { width: frame.width, height: frame.height },
      selectable: false,
      draggable: false,
      focusable: false,
      zIndex: 0,
    });
  }
  return out;
}

/**
 * The canvas edges of successive graphs, each call reusing what the previous one built. One object per
 * canvas and language: GraphCanvas keeps it until the language changes, so nothing is shared through
 * this module. `say` words the pills (edges/edge-words.ts).
 */
export class FlowEdges {
  constructor(private readonly say: SayEdgeWord = englishEdgeWords) {}

  private lastCall:
    | {
        edges: readonly GraphEdge[];
        drawn: ReadonlySet<string>;
        selected: ReadonlySet<string>;
        focus: ReadonlySet<string>;
        out: FlowEdgeType[];
      }
    | undefined;
  /** Canvas edges of the last call, by id. */
  private previousEdges = new Map<string, FlowEdgeType>();
  /** The rule edges of each canvas edge, regrouped only where they changed (rule-bundles.ts). */
  private readonly bundles = new RuleBundles();

  /**
   * `focus`: selected node ids. In an aggregated (large) graph, edges touching a focused node, or a node
   * of a focused namespace, are drawn node to node; the others are bundled between namespace boxes, and
   * those inside one namespace are drawn only when it (or one of its nodes) is focused.
   */
  of(
    graph: PolicyGraph,
    drawn: ReadonlySet<string>,
    selected: ReadonlySet<string>,
    focus: ReadonlySet<string> = new Set(),
  ): FlowEdgeType[] {
    // Typing re-derives the graph on every keystroke, mostly with the very same edges (state/stable-graph.ts):
    // then the previous answer stands, and React Flow is not handed a new edge array to process.
    const last = this.lastCall;
    if (
      last &&
      last.edges === graph.edges &&
      sameSet(last.drawn, drawn) &&
      sameSet(last.selected, selected) &&
      sameSet(last.focus, focus)
    )
      return last.out;
    const out = this.build(graph, drawn, selected, focus);
    const prevOut = last?.out;
    // Same edge objects in the same order: hand back the previous array itself.
    const stable = prevOut && prevOut.length === out.length && out.every((e, i) => e === prevOut[i]) ? prevOut : out;
    this.lastCall = { edges: graph.edges, drawn, selected, focus, out: stable };
    return stable;
  }

  private build(
    graph: PolicyGraph,
    drawn: ReadonlySet<string>,
    selected: ReadonlySet<string>,
    focus: ReadonlySet<string>,
  ): FlowEdgeType[] {
    const bundles = this.bundles.of(graph, drawn, focus);
    const next = new Map<string, FlowEdgeType>();
    const out = [...bundles.rules.entries()].map(([key, rules]) => {
      const isSelected = selected.size > 0 && rules.some((r) => selected.has(r.id));
      // Keep the previous object when its rule edges are the very same objects (state/stable-graph.ts keeps
      // unchanged ones) and its selection did not change: React Flow then skips redrawing that edge.
      const old = this.previousEdges.get(key);
      const ends = bundles.ends.get(key);
      const style = ruleEdgeStyle(rules[0]);
      const edge: FlowEdgeType =
        old && old.selected === isSelected && sameItems(old.data!.rules, rules)
          ? old
          : {
              id: key,
              type: 'flow',
              source: ends?.[0] ?? rules[0].source,
              target: ends?.[1] ?? rules[0].target,
              data: {
                rules,
                label: markedLabel(bundleLabel(rules, ends !== undefined, this.say), style),
                ...(style ? { style } : {}),
              },
              markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: markerColour(style) },
              selected: isSelected,
            };
      next.set(key, edge);
      return edge;
    });
    this.previousEdges = next;
    return out;
  }
}

const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * The pill of a canvas edge: the distinct ports of the rules bundled into it
 * and, for a namespace-to-namespace bundle (`counted`), how many rules it stands
 * for (e.g. `TCP 8080 · UDP 53 (37 rules)`). The tooltip and the inspector list
 * each rule. Two rules on one node pair (a hop's ingress and egress rule) are the
 * common case and keep the short label.
 */
export function bundleLabel(rules: readonly GraphEdge[], counted = false, say = englishEdgeWords): string {
  const labels = [...new Set(rules.map((r) => r.label))].map((l) => sayPortWords(l, say));
  const ports = pillList(labels, say);
  return counted && rules.length > 1 ? countedPill(ports, rules.length, say) : ports;
}
