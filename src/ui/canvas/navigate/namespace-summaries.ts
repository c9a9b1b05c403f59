/**
 * The cards of all collapsed namespaces in one pass over the graph. What each card says is
 * model/graph/collapse.ts's `namespaceSummary`; called once per card that walks every rule edge
 * three times per namespace, which on 2,000 workloads / 600 policies (340,000 rule edges, 40 cards)
 * held the page for 1.2–2.4 s after each keystroke. Here every node and edge is read once, and while
 * the nodes stay the same, only the edges that changed (SummaryCache).
 */
import type { NamespaceSummary } from '../../../model/graph/collapse.ts';
import type { GraphEdge, GraphNode, PolicyGraph } from '../../../model/graph/types.ts';
import { replacedAt } from '../../../model/graph/edge-replacements.ts';

/** What the nodes say of the collapsed namespaces; the rule edges are counted on top of it. */
interface NodeTallies {
  nodes: readonly GraphNode[];
  nsIds: ReadonlySet<string>;
  /** The namespace a node is inside of (a collapsed card counts as inside its own namespace). */
  inside: Map<string, string>;
  /** Per namespace: its counts but for rules and edge policies, and the policies its nodes name. */
  base: Map<string, { summary: NamespaceSummary; policies: Set<string> }>;
  byPrefix: Map<string, string[]>;
  slashed: boolean;
}

/** The running count of the rule edges, changed edge by edge between two graphs. */
interface EdgeTallies {
  edges: readonly GraphEdge[];
  internal: Map<string, number>;
  /** How many rule edges each policy has: it is counted in its namespaces while it has any. */
  policyEdges: Map<string, number>;
}

/**
 * The summary of each namespace node id of `nsIds` (as namespaceSummary gives it, one by one), kept
 * across the successive graphs of one canvas. Typing hands over a graph whose unchanged rule edges
 * are the same objects (state/stable-graph.ts), so while the nodes are the same only the edges a
 * keystroke changed are counted again, found by one walk along the old and new lists: at 2,000
 * workloads the graph has 338,666 rule edges, and counting them all took 65-125 ms of a keystroke.
 * Equal to a fresh count whatever the graphs (test/navigation/namespace-summaries.test.ts).
 */
export class SummaryCache {
  private nodes?: NodeTallies;
  private edges?: EdgeTallies;
  private out = new Map<string, NamespaceSummary>();

  summaries(graph: PolicyGraph, nsIds: ReadonlySet<string>): Map<string, NamespaceSummary> {
    if (nsIds.size === 0) {
      this.nodes = this.edges = undefined;
      return (this.out = new Map());
    }
    let nodes = this.nodes;
    let edges = this.edges;
    if (!nodes || nodes.nodes !== graph.nodes || !sameSet(nodes.nsIds, nsIds)) {
      nodes = this.nodes = tallyNodes(graph.nodes, nsIds);
      edges = undefined;
    }
    if (edges?.edges === graph.edges) return this.out;
    if (edges) edges = this.edges = { ...walkChanges(nodes, edges, graph.edges), edges: graph.edges };
    else {
      edges = this.edges = { edges: graph.edges, internal: new Map(), policyEdges: new Map() };
      for (const e of graph.edges) count(nodes, edges, e, 1);
    }
    // Rules replaced by others with the same ends (a port typed) leave every count as it was: then the same
    // map, so the cards are not built again and React Flow is not handed new nodes (bench:live-diff at 2,000
    // workloads, A/B pairs: longest task 316 -> 134 and 325 -> 253 ms).
    const next = summariesOf(nodes, edges);
    return (this.out = sameSummaries(this.out, next) ? this.out : next);
  }
}

const SUMMARY_FIELDS = ['workloads', 'policies', 'ingressIsolated', 'egressIsolated', 'internalRules'] as const;

/** Whether two summaries say the same on a card. */
export const sameSummary = (x: NamespaceSummary, y: NamespaceSummary): boolean =>
  SUMMARY_FIELDS.every((f) => x[f] === y[f]);

function sameSummaries(a: ReadonlyMap<string, NamespaceSummary>, b: ReadonlyMap<string, NamespaceSummary>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, x] of b) {
    const y = a.get(id);
    if (!y || !sameSummary(x, y)) return false;
  }
  return true;
}

/** The summary of each namespace node id of `nsIds`, counted afresh. */
export function namespaceSummaries(graph: PolicyGraph, nsIds: ReadonlySet<string>): Map<string, NamespaceSummary> {
  return new SummaryCache().summaries(graph, nsIds);
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a === b || (a.size === b.size && [...a].every((x) => b.has(x)));

function tallyNodes(nodes: readonly GraphNode[], nsIds: ReadonlySet<string>): NodeTallies {
  const base: NodeTallies['base'] = new Map();
  for (const id of nsIds)
    base.set(id, {
      policies: new Set(),
      summary: { workloads: 0, policies: 0, ingressIsolated: 0, egressIsolated: 0, internalRules: 0 },
    });
  const inside = new Map<string, string>();
  const first = new Map<string, GraphNode>();
  for (const n of nodes) {
    if (nsIds.has(n.id) && !first.has(n.id)) first.set(n.id, n);
    if (nsIds.has(n.id)) inside.set(n.id, n.id);
  }
  for (const n of nodes) {
    const tally = n.parentId === undefined ? undefined : base.get(n.parentId);
    if (!tally) continue;
    inside.set(n.id, n.parentId!);
    for (const p of n.selectedBy) tally.policies.add(p);
    if (n.kind !== 'workload' && n.kind !== 'inferred') continue;
    tally.summary.workloads++;
    if (n.isolated.ingress) tally.summary.ingressIsolated++;
    if (n.isolated.egress) tally.summary.egressIsolated++;
  }
  for (const [id, tally] of base) for (const p of first.get(id)?.selectedBy ?? []) tally.policies.add(p);
  // A policy belongs to the namespaces its id starts with (`ns/name`): by the id's first segment when no
  // namespace's name has a slash in it, else (never in a real cluster) by trying each name.
  const byPrefix = new Map<string, string[]>();
  let slashed = false;
  for (const [id, n] of first) {
    const prefix = n.namespace ?? n.label;
    if (!prefix) continue;
    if (prefix.includes('/')) slashed = true;
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), id]);
  }
  return { nodes, nsIds, inside, base, byPrefix, slashed };
}

/** Adds (`by` 1) or takes away (-1) one rule edge. */
function count(nodes: NodeTallies, edges: Omit<EdgeTallies, 'edges'>, e: GraphEdge, by: 1 | -1): void {
  const from = nodes.inside.get(e.source);
  if (from !== undefined && from === nodes.inside.get(e.target))
    edges.internal.set(from, (edges.internal.get(from) ?? 0) + by);
  const left = (edges.policyEdges.get(e.policyId) ?? 0) + by;
  if (left === 0) edges.policyEdges.delete(e.policyId);
  else edges.policyEdges.set(e.policyId, left);
}

/**
 * `before`'s counts moved to `next`: only where `next` replaced edges of it, when its builder told where
 * (edge-replacements.ts); else every edge of either list is visited once; the same object in
 * both counts the same (the nodes did not change), anything else is taken away or added. Both lists
 * are sorted by id, so the walk pairs them in one pass; were they not, it would still count right.
 */
function walkChanges(nodes: NodeTallies, before: EdgeTallies, next: readonly GraphEdge[]): Omit<EdgeTallies, 'edges'> {
  const tallies = { internal: new Map(before.internal), policyEdges: new Map(before.policyEdges) };
  const prev = before.edges;
  const told = replacedAt(prev, next);
  if (told) {
    for (const k of told)
      if (prev[k] !== next[k]) {
        count(nodes, tallies, prev[k], -1);
        count(nodes, tallies, next[k], 1);
      }
    return tallies;
  }
  let i = 0;
  let j = 0;
  while (i < next.length || j < prev.length) {
    if (i < next.length && j < prev.length && next[i] === prev[j]) {
      i++;
      j++;
    } else if (j < prev.length && (i >= next.length || prev[j].id <= next[i].id)) {
      count(nodes, tallies, prev[j++], -1);
    } else count(nodes, tallies, next[i++], 1);
  }
  return tallies;
}

function summariesOf(nodes: NodeTallies, edges: EdgeTallies): Map<string, NamespaceSummary> {
  const policies = new Map<string, Set<string>>();
  for (const [id, tally] of nodes.base) policies.set(id, new Set(tally.policies));
  for (const policyId of edges.policyEdges.keys())
    for (const id of ownersOf(policyId, nodes.byPrefix, nodes.slashed)) policies.get(id)!.add(policyId);
  const out = new Map<string, NamespaceSummary>();
  for (const [id, tally] of nodes.base)
    out.set(id, { ...tally.summary, internalRules: edges.internal.get(id) ?? 0, policies: policies.get(id)!.size });
  return out;
}

/** The namespaces (of `byPrefix`, keyed by name) whose policy `policyId` is. */
function ownersOf(policyId: string, byPrefix: ReadonlyMap<string, string[]>, slashed: boolean): string[] {
  if (!slashed) {
    const slash = policyId.indexOf('/');
    return (slash < 0 ? undefined : byPrefix.get(policyId.slice(0, slash))) ?? [];
  }
  const out: string[] = [];
  for (const [prefix, owners] of byPrefix) if (policyId.startsWith(`${prefix}/`)) out.push(...owners);
  return out;
}
