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
import type { GraphEdge, GraphNode, PolicyGraph } from '../model/graph/types.ts';
import type { AppliedEdges } from './backend/graph-delta.ts';
import { tellReplaced } from '../model/graph/edge-replacements.ts';

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

const sameStrings = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

function sameLabels(a: GraphNode['labels'], b: GraphNode['labels']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  let n = 0;
  for (const k in a) {
    if (a[k] !== b[k]) return false;
    n++;
  }
  for (const k in b) if (--n < 0 || !(k in a)) return false;
  return n === 0;
}

const samePorts = (a: GraphNode['ports'], b: GraphNode['ports']): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.length === b.length &&
    a.every((p, i) => p.containerPort === b[i].containerPort && p.protocol === b[i].protocol && p.name === b[i].name));

/**
 * Node equality but for `span`, field by field: a big workspace has a thousand nodes, all new objects
 * after each parse, and a generic deep comparison of them took several milliseconds per keystroke.
 * test/state/stable-graph.test.ts checks that a change in any field is seen.
 */
export function sameNodeButSpan(a: GraphNode, b: GraphNode): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.label === b.label &&
    a.parentId === b.parentId &&
    a.namespace === b.namespace &&
    a.detail === b.detail &&
    a.replicas === b.replicas &&
    a.stale === b.stale &&
    a.isolated.ingress === b.isolated.ingress &&
    a.isolated.egress === b.isolated.egress &&
    sameStrings(a.selectedBy, b.selectedBy) &&
    sameLabels(a.labels, b.labels) &&
    samePorts(a.ports, b.ports) &&
    equal(a.endpoint, b.endpoint) &&
    equal(a.clusterSelectedBy, b.clusterSelectedBy)
  );
}

/** Edge equality but for `span`. */
export const sameEdgeButSpan = (a: GraphEdge, b: GraphEdge): boolean =>
  a.id === b.id &&
  a.source === b.source &&
  a.target === b.target &&
  a.policyId === b.policyId &&
  a.direction === b.direction &&
  a.ruleIndex === b.ruleIndex &&
  a.peerIndex === b.peerIndex &&
  a.label === b.label &&
  a.stale === b.stale &&
  equal(a.cluster, b.cluster) &&
  sameStrings(a.routes, b.routes);

/**
 * `next` with `prev`'s objects wherever they are unchanged, in one walk along both lists. Both come
 * from derivations, sorted by id, so an item's predecessor is found by moving one pointer, comparing
 * ids only where objects differ (a Map of the ids, or a second pass, cost tens of milliseconds a
 * keystroke at 300,000 edges). Were a list not sorted, some pairs would be missed: those items would
 * be redrawn, never mixed up (a match needs equal ids).
 *
 * `items` is `next` itself unless an old object stands in for a new one somewhere: then a copy with
 * those few places patched. After a keystroke in a big workspace nearly every item is already the old
 * object (the worker's delta and GraphCache keep them), and building a new list of 300,000 edges item by
 * item cost ~60 ms of the keystroke's landing (bench:live-diff, CPU profile).
 */
function reuse<T extends { id: string; span?: GraphNode['span'] }>(
  prev: readonly T[],
  next: T[],
  sameButSpan: (a: T, b: T) => boolean,
): { items: T[]; all: boolean } {
  if (prev === next) return { items: next, all: true };
  // The same objects up to `start` (all of them, when the derivation handed back the very same ones).
  let start = 0;
  while (start < next.length && start < prev.length && prev[start] === next[start]) start++;
  let all = prev.length === next.length;
  if (all && start === next.length) return { items: next, all };
  /** Index into `next`, then the old object standing in for it, pair after pair. */
  const standIns: (number | T)[] = [];
  let j = start;
  for (let i = start; i < next.length; i++) {
    const n = next[i];
    let old: T | undefined;
    if (j < prev.length && prev[j] === n) old = prev[j++];
    else {
      while (j < prev.length && prev[j].id < n.id) j++;
      old = j < prev.length && prev[j].id === n.id ? prev[j++] : undefined;
      if (old !== n) {
        if (!old || !sameButSpan(old, n)) {
          all = false;
          continue;
        }
        if (!equal(old.span, n.span)) old.span = n.span;
        standIns.push(i, old);
      }
    }
    if (all && prev[i] !== old) all = false;
  }
  if (all || standIns.length === 0) return { items: next, all };
  const items = next.slice();
  for (let k = 0; k < standIns.length; k += 2) items[standIns[k] as number] = standIns[k + 1] as T;
  return { items, all };
}

/**
 * `next` with `prev`'s objects wherever they are unchanged; `prev` itself when nothing changed.
 * `edgesFrom`: how the worker's delta built `next.edges` (port-backend.ts). When it built them from
 * `prev.edges`, kept each edge at its index and already kept every edge equal but for its span
 * (graph-delta.ts), the rest are new edges and there is nothing to walk: at 300,000 edges the walk
 * took 19-37 ms of the task that lands a keystroke's graph (bench:live-diff), mostly in code that
 * had not warmed up.
 */
export function stabiliseGraph(prev: PolicyGraph, next: PolicyGraph, edgesFrom?: AppliedEdges): PolicyGraph {
  const nodes = reuse<GraphNode>(prev.nodes, next.nodes, sameNodeButSpan);
  const known = edgesFrom?.edges === next.edges && edgesFrom.from === prev.edges && edgesFrom.inPlace;
  const edges = known
    ? { items: next.edges, all: next.edges === prev.edges }
    : reuse<GraphEdge>(prev.edges, next.edges, sameEdgeButSpan);
  // What the canvas keeps per edge is then brought up to date at those places only (edge-replacements.ts).
  if (known && !edges.all) tellReplaced(next.edges, prev.edges, edgesFrom.fresh);
  if (nodes.all && edges.all) return prev;
  return { nodes: nodes.all ? prev.nodes : nodes.items, edges: edges.all ? prev.edges : edges.items };
}
