/**
 * Keeps the identity of graph nodes and edges that did not change between two
 * parses, so the canvas (memoised node components, stable-nodes.ts) redraws
 * only what a keystroke changed instead of every node and edge.
 *
 * Spans are left out of the comparison: typing shifts the offsets of every
 * document after the cursor, and that alone must not redraw the whole canvas.
 * A reused object gets the new span assigned instead, so code reading spans
 * from the current graph (YAML highlighting) still sees exact positions.
 * Only the graph on screen goes through here (derived.ts), never a graph
 * someone else holds.
 */
import type { GraphEdge, GraphNode, PolicyGraph } from '../model/graph-types.ts';

/** Structural equality of JSON-like values (strings, numbers, arrays, plain objects). */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** Equal but for `span` (compared by reference first: most fields are shared strings). */
function sameButSpan<T extends { span?: unknown }>(a: T, b: T): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (k === 'span') continue;
    if (!equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

function reuse<T extends { id: string; span?: GraphNode['span'] }>(prev: readonly T[], next: T[]): { items: T[]; all: boolean } {
  // The derivation already handed back the very same objects (model/graph/derive.ts GraphCache keeps
  // the edges of unchanged policies): nothing to compare.
  if (prev.length === next.length) {
    let i = 0;
    while (i < next.length && prev[i] === next[i]) i++;
    if (i === next.length) return { items: next, all: true };
  }
  const byId = new Map<string, T>();
  for (const x of prev) byId.set(x.id, x);
  let all = prev.length === next.length;
  const items = next.map((n, i) => {
    const old = byId.get(n.id);
    if (old === n) {
      if (prev[i] !== old) all = false;
      return old;
    }
    if (!old || !sameButSpan(old, n)) {
      all = false;
      return n;
    }
    if (!equal(old.span, n.span)) old.span = n.span;
    if (prev[i] !== old) all = false;
    return old;
  });
  return { items, all };
}

/** `next` with `prev`'s objects wherever they are unchanged; `prev` itself when nothing changed. */
export function stabiliseGraph(prev: PolicyGraph, next: PolicyGraph): PolicyGraph {
  const nodes = reuse<GraphNode>(prev.nodes, next.nodes);
  const edges = reuse<GraphEdge>(prev.edges, next.edges);
  if (nodes.all && edges.all) return prev;
  return { nodes: nodes.all ? prev.nodes : nodes.items, edges: edges.all ? prev.edges : edges.items };
}
