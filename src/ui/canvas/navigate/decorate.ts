/**
 * Navigation on the drawn elements: collapsed namespaces become cards, edges
 * with a collapsed end are labelled with their port union and rule count,
 * and out of focus elements are dimmed. Objects that need no change are
 * passed through, so React Flow skips them.
 */
import { portUnion, type NamespaceSummary } from '../../../model/graph/collapse.ts';
import { countedPill, englishEdgeWords, pillList, sayPortWords } from '../edges/edge-words.ts';
import type { CanvasEdge } from '../use-canvas-elements.ts';
import type { CollapsedFlowNode, FlowEdgeType, FlowNode, NamespaceFlowNode } from '../to-flow.ts';
import type { NavigationGraphs } from './use-navigation-graphs.ts';
import { collapsedHandles } from '../geometry/static-handles.ts';
import { sameSummary } from './namespace-summaries.ts';

const DIMMED = 'is-dimmed';

/** Size of a collapsed namespace card; ELK gives an empty namespace this room too (layout/elk-graph.ts). */
import { COLLAPSED_CARD } from '../geometry/sizes.ts';

/** `summaries`: what each collapsed card says (namespace-summaries.ts, kept while the graph is the same). */
export function decorateNodes(
  nodes: FlowNode[],
  summaries: ReadonlyMap<string, NamespaceSummary>,
  nav: Pick<NavigationGraphs, 'collapsed' | 'focus'>,
): FlowNode[] {
  const { collapsed, focus } = nav;
  if (collapsed.size === 0 && !focus) return nodes;
  return nodes.map((n) => {
    const dim = focus !== null && !focus.hide && !focus.nodes.has(n.id);
    if (n.type === 'namespace' && collapsed.has(n.id)) return cardFor(n, summaries.get(n.id)!, dim);
    return dim ? { ...n, className: DIMMED } : n;
  });
}

/**
 * The card last made for a namespace node (the canvas hands back the same node object while the namespace
 * is unchanged: nodes/stable-nodes.ts). A keystroke anywhere gives the canvas a new node list, and new cards
 * for all collapsed namespaces re-rendered every one of them and their translated texts: 4.6 ms of i18next
 * alone per keystroke in a 5,000-pod List (bench:big list part, profiled).
 */
const cards = new WeakMap<FlowNode, CollapsedFlowNode>();

function cardFor(n: NamespaceFlowNode, summary: NamespaceSummary, dim: boolean): CollapsedFlowNode {
  const hit = cards.get(n);
  // Summaries are counted afresh when any count changes (namespace-summaries.ts): equal values are the same card.
  if (hit && (hit.className === DIMMED) === dim && sameSummary(hit.data.summary, summary)) return hit;
  const card: CollapsedFlowNode = {
    id: n.id,
    type: 'collapsed',
    position: n.position,
    data: { node: n.data.node, summary },
    width: COLLAPSED_CARD.width,
    height: COLLAPSED_CARD.height,
    handles: collapsedHandles(COLLAPSED_CARD.width, COLLAPSED_CARD.height),
    selected: n.selected,
    zIndex: 1,
    ...(dim ? { className: DIMMED } : {}),
  };
  cards.set(n, card);
  return card;
}

/**
 * Edges with a collapsed end labelled with their port union and rule count (model/graph/collapse.ts
 * `aggregateLabel`, in the language of `say`). Done before routing (use-canvas-elements.ts) so each
 * pill is placed at the size of the label it will show.
 */
export function labelCollapsedEdges(
  edges: CanvasEdge[],
  collapsed: ReadonlySet<string>,
  say = englishEdgeWords,
): CanvasEdge[] {
  if (collapsed.size === 0) return edges;
  return edges.map((e) => {
    if (e.type !== 'flow' || !e.data || !(collapsed.has(e.source) || collapsed.has(e.target))) return e;
    const hit = labelled.get(e.data);
    if (hit && hit.say === say) {
      if (hit.from === e) return hit.edge;
      const edge: FlowEdgeType = { ...e, data: hit.edge.data };
      labelled.set(e.data, { say, from: e, edge });
      return edge;
    }
    const ports = pillList(
      portUnion(e.data.rules).map((p) => sayPortWords(p, say)),
      say,
    );
    const edge: FlowEdgeType = { ...e, data: { ...e.data, label: countedPill(ports, e.data.rules.length, say) } };
    labelled.set(e.data, { say, from: e, edge });
    return edge;
  });
}

/**
 * The labelled edge per canvas edge data, in the words it was said in: the canvas hands back the same data
 * for every unchanged edge (to-flow.ts), so after an edit only changed bundles have their port union taken
 * again (a 2,000-workload graph's bundles hold 338,000 rules), and an unchanged edge keeps its object.
 */
const labelled = new WeakMap<object, { say: typeof englishEdgeWords; from: CanvasEdge; edge: FlowEdgeType }>();

/** Out-of-focus edges dimmed. */
export function decorateEdges(edges: CanvasEdge[], nav: Pick<NavigationGraphs, 'focus'>): CanvasEdge[] {
  const { focus } = nav;
  if (!focus || focus.hide) return edges;
  return edges.map((e) => {
    const out =
      e.type !== 'flow' || !e.data
        ? // An effective flow is in focus when both its ends are.
          !(focus.nodes.has(e.source) && focus.nodes.has(e.target))
        : !e.data.rules.some((r) => focus.edges.has(r.id));
    return out ? { ...e, className: DIMMED } : e;
  });
}
