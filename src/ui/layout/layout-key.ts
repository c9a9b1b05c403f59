/**
 * The layout key: a string that changes whenever the set of nodes, their
 * nesting or the connections change, and only then. The canvas runs ELK
 * again when it changes (use-auto-layout.ts), so editing a port label never
 * moves boxes.
 */
import type { PolicyGraph } from '../../model/graph-types.ts';

/** Keys by graph object: the canvas asks on every render, and a big graph has tens of thousands of edges. */
const keys = new WeakMap<PolicyGraph, string>();

/** The last graph keyed, to carry its key over to a successor of the same structure. */
let last: { graph: PolicyGraph; key: string } | undefined;

/**
 * Changes whenever the set of nodes, their nesting or the connections change. Computed once per graph
 * object, and only when the structure differs from the previous graph's: typing re-derives the graph on
 * every keystroke, and the full key of a big graph is a string of megabytes.
 */
export function layoutKeyOf(graph: PolicyGraph): string {
  let key = keys.get(graph);
  if (key === undefined) {
    key = last && sameStructure(last.graph, graph) ? last.key : computeLayoutKey(graph);
    keys.set(graph, key);
    last = { graph, key };
  }
  return key;
}

/**
 * A cheap sufficient test for equal keys: the same node ids and parents, and the same edge ends, in the
 * same order (derivation orders both by id). Unchanged edges are usually the very same objects.
 */
function sameStructure(a: PolicyGraph, b: PolicyGraph): boolean {
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i], y = b.nodes[i];
    if (x !== y && (x.id !== y.id || x.parentId !== y.parentId)) return false;
  }
  if (a.edges === b.edges) return true;
  for (let i = 0; i < a.edges.length; i++) {
    const x = a.edges[i], y = b.edges[i];
    if (x !== y && (x.source !== y.source || x.target !== y.target)) return false;
  }
  return true;
}

function computeLayoutKey(graph: PolicyGraph): string {
  const nodes = graph.nodes.map((n) => `${n.id}@${n.parentId ?? ''}`).sort();
  const edges = [...new Set(graph.edges.map((e) => `${e.source}>${e.target}`))].sort();
  return `${nodes.join(';')}#${edges.join(';')}`;
}
