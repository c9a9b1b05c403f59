/**
 * Broken documents stay local (issue 12): a document that does not parse
 * takes only its own objects off the graph. Every other document is drawn
 * from the current text and stays editable; the objects the broken document
 * had at its last good parse are kept on the canvas, marked `stale` (drawn
 * faded, refused by graph gestures, state/commit.ts). A broken document that
 * never parsed has nothing to keep: the banner names it by line.
 *
 * Which old objects belong to a broken document is decided by position: the
 * previous view's text and the current one differ only between their common
 * prefix and suffix, so the broken document's region maps back into the
 * previous text, and the previous nodes and edges whose span starts there
 * (and that the current parse no longer has) are its objects.
 */
import { commonEnds } from '../model/manifests/common-ends.ts';
import type { GraphEdge, GraphNode, PolicyGraph } from '../model/graph/types.ts';

/** A document of the current text with syntax errors: [start, end) offsets, its first error's line. */
export interface BrokenRegion {
  start: number;
  end: number;
  /** 1-based number of the document in the text. */
  document: number;
  /** Line of its first syntax error. */
  line: number;
}

/** A broken document as the banner names it. */
export interface BrokenDocument {
  document: number;
  line: number;
  /** Objects kept from its last good parse (drawn nodes, and policies drawn as edges); 0 when it never parsed. */
  kept: number;
}

export interface ShownGraph {
  text: string;
  graph: PolicyGraph;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Maps offsets of the current text into the previous one (clamped into the edited part when inside it). */
function toPrevious(prev: string, text: string): ((x: number) => number) | undefined {
  const [p, s] = commonEnds(prev, text);
  // A text that shares less than half with the previous one is a new workspace (a load, a paste over
  // everything): none of the previous objects are its documents' objects.
  if (2 * (p + s) < Math.min(prev.length, text.length)) return undefined;
  const delta = text.length - prev.length;
  return (x) => (x <= p ? x : x >= text.length - s ? x - delta : prev.length - s);
}

/** The graph to draw: `graph` (the healthy documents) plus the stale objects of the broken ones. */
export function keepBroken(
  previous: ShownGraph | undefined,
  text: string,
  graph: PolicyGraph,
  broken: readonly BrokenRegion[],
): { graph: PolicyGraph; broken: BrokenDocument[] } {
  if (broken.length === 0) return { graph, broken: [] };
  const map = previous && toPrevious(previous.text, text);
  const kept = broken.map(() => 0);
  if (!previous || !map) return { graph, broken: broken.map((r) => ({ document: r.document, line: r.line, kept: 0 })) };

  const regions = broken.map((r) => [map(r.start), map(r.end)] as const);
  const regionOf = (offset: number | undefined): number =>
    offset === undefined ? -1 : regions.findIndex(([a, b]) => offset >= a && offset < b);
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const prevNodes = new Map(previous.graph.nodes.map((n) => [n.id, n]));
  const extraNodes: GraphNode[] = [];
  /** Region of each extra node. */
  const extraRegions: number[] = [];
  const keep = (n: GraphNode, region: number) => {
    const r = broken[region];
    // The kept object points at its broken document: that is where it must be fixed.
    const span = n.span && { ...n.span, offset: r.start, endOffset: r.start, line: r.line, column: 1 };
    extraNodes.push({ ...n, span, stale: true });
    extraRegions.push(region);
    nodeIds.add(n.id);
  };
  for (const n of previous.graph.nodes) {
    if (nodeIds.has(n.id)) continue;
    const region = regionOf(n.span?.offset);
    if (region < 0) continue;
    keep(n, region);
    kept[region]++;
  }
  // A kept workload needs its namespace box, even one only its broken document named.
  for (let i = 0; i < extraNodes.length; i++) {
    const parent = extraNodes[i].parentId;
    const p = parent !== undefined && !nodeIds.has(parent) ? prevNodes.get(parent) : undefined;
    if (p) keep(p, extraRegions[i]);
  }
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  const extraEdges: GraphEdge[] = [];
  const keptPolicies = new Set<string>();
  for (const e of previous.graph.edges) {
    if (edgeIds.has(e.id) || !nodeIds.has(e.source) || !nodeIds.has(e.target)) continue;
    const region = regionOf(e.span?.offset);
    if (region < 0) continue;
    const r = broken[region];
    const span = e.span && { ...e.span, offset: r.start, endOffset: r.start, line: r.line, column: 1 };
    extraEdges.push({ ...e, span, stale: true });
    if (!keptPolicies.has(e.policyId)) {
      keptPolicies.add(e.policyId);
      kept[region]++;
    }
  }
  return {
    graph: {
      nodes: extraNodes.length ? [...graph.nodes, ...extraNodes].sort(byId) : graph.nodes,
      edges: extraEdges.length ? [...graph.edges, ...extraEdges].sort(byId) : graph.edges,
    },
    broken: broken.map((r, i) => ({ document: r.document, line: r.line, kept: kept[i] })),
  };
}
