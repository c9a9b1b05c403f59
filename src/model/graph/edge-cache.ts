/**
 * The edge half of graph derivation: each policy's resolved rules
 * (builder.ts) become rule edges, one per (policy, direction, rule, peer,
 * node pair), and a GraphCache hands a policy its previous edge objects back
 * when its rules resolve to the same nodes as last time.
 */
import type { GraphEdge } from './types.ts';
import type { NetworkPolicy } from '../types.ts';
import type { ResolvedPolicy } from './builder.ts';
import { compareIds, ruleEdgeIdFrom, ruleEdgeIdPrefix } from './ids.ts';

/** One policy's edges: in generation order (to move spans onto), and sorted by id (the output order). */
interface PolicyEdges {
  /** Everything the edges depend on but spans (the policy id aside): equal resolutions give equal edges. */
  resolved: ResolvedPolicy;
  generated: GraphEdge[];
  sorted: GraphEdge[];
}

/**
 * Reuse between derivations of successive texts of one workspace (the
 * editor's, derived again on every keystroke: issue 4's 100 ms budget). A
 * policy whose rules resolve to the same nodes as last time gets its previous
 * edge objects back instead of rebuilding tens of thousands of ids and sorting
 * them; only spans that moved (text typed above the policy) are updated, in
 * place. So the edges of a graph derived with a cache belong to the cache: a
 * later derivation with it may move their spans. Without a cache
 * `deriveGraph` is pure.
 */
export class GraphCache {
  /** Policy id → its edges at the last derivation. */
  policies = new Map<string, PolicyEdges>();
  /** Policies whose edges the last derivation reused; for tests and benchmarks. */
  reused = 0;
  /** The last derivation's per-policy lists and their join: when every list is reused, so is the join (no copy of tens of thousands of edges). */
  joined: { lists: GraphEdge[][]; edges: GraphEdge[] } | undefined;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Whether two resolutions of one policy give the same edges but for spans: compared field by field, in
 * place (a signature string per policy, rebuilt on every keystroke, wrote out every edge's node ids:
 * ~40,000 of them on the bench's workspace).
 */
function sameResolution(a: ResolvedPolicy, b: ResolvedPolicy): boolean {
  if (!sameIds(a.selected, b.selected) || a.rules.length !== b.rules.length) return false;
  for (let i = 0; i < a.rules.length; i++) {
    const x = a.rules[i];
    const y = b.rules[i];
    if (
      x.rule.direction !== y.rule.direction ||
      x.rule.index !== y.rule.index ||
      x.label !== y.label ||
      x.peers.length !== y.peers.length
    )
      return false;
    for (let j = 0; j < x.peers.length; j++) {
      const u = x.peers[j];
      const v = y.peers[j];
      if (u.peerIndex !== v.peerIndex || u.key !== v.key || !sameIds(u.ids, v.ids)) return false;
    }
  }
  return true;
}

/** Two spans of the same place in the same file (the worker's edge delta compares them too). */
export const sameSpan = (a: GraphEdge['span'], b: GraphEdge['span']): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.offset === b.offset &&
    a.endOffset === b.endOffset &&
    a.line === b.line &&
    a.column === b.column &&
    a.file === b.file);

/**
 * Hot path (tens of thousands of edges on large workspaces): no spread, no per-edge temporaries.
 * `ids`: edge ids already taken, so the same peer in two rules of one policy gets `#2`, `#3`... in rule order.
 */
function buildEdges(p: NetworkPolicy, r: ResolvedPolicy, ids = new Set<string>()): PolicyEdges {
  const generated: GraphEdge[] = [];
  for (const { rule, label, peers } of r.rules) {
    const ingress = rule.direction === 'ingress';
    for (const peer of peers) {
      const prefix = ruleEdgeIdPrefix(p.id, rule.direction, peer.key);
      for (const other of peer.ids) {
        for (const own of r.selected) {
          const source = ingress ? other : own;
          const target = ingress ? own : other;
          let id = ruleEdgeIdFrom(prefix, source, target);
          for (let n = 2; ids.has(id); n++) id = ruleEdgeIdFrom(prefix, source, target, n);
          ids.add(id);
          generated.push({
            id,
            source,
            target,
            policyId: p.id,
            direction: rule.direction,
            ruleIndex: rule.index,
            peerIndex: peer.peerIndex,
            label,
            span: peer.span,
          });
        }
      }
    }
  }
  return { resolved: r, generated, sorted: [...generated].sort(compareIds) };
}

/** Moves the spans of reused edges to where their peers (or rules) are now, walking in generation order. */
function moveSpans(entry: PolicyEdges, r: ResolvedPolicy): void {
  let k = 0;
  for (const { peers } of r.rules) {
    for (const peer of peers) {
      const n = peer.ids.length * r.selected.length;
      for (let i = 0; i < n; i++) {
        const e = entry.generated[k++];
        if (!sameSpan(e.span, peer.span)) e.span = peer.span;
      }
    }
  }
}

/** The policies' sorted edge lists joined into one list sorted by id. */
function joinSorted(lists: GraphEdge[][]): GraphEdge[] {
  // Edge ids start with `edge:<policy id>:` (no `:` inside the escaped policy id), so the lists, ordered by
  // their first ids, are in order end to end: checked at each seam, else sorted whole (two policies with one
  // id, which lint reports, interleave).
  const order = lists.filter((l) => l.length > 0);
  order.sort((a, b) => compareIds(a[0], b[0]));
  let total = 0;
  for (const l of order) total += l.length;
  const out: GraphEdge[] = new Array(total);
  let k = 0;
  for (const l of order) for (let i = 0; i < l.length; i++) out[k++] = l[i];
  for (let i = 1; i < order.length; i++) {
    const prev = order[i - 1];
    if (compareIds(prev[prev.length - 1], order[i][0]) > 0) return out.sort(compareIds);
  }
  return out;
}

/** The same lists as last time (every policy's edges reused, in the same order): the same joined list. */
const sameLists = (a: readonly GraphEdge[][], b: readonly GraphEdge[][]): boolean =>
  a.length === b.length && a.every((l, i) => l === b[i]);

/** Every policy's edges, sorted by id; reused from `cache` where a policy resolves as it did last time. */
export function deriveEdges(
  policies: readonly NetworkPolicy[],
  resolve: (p: NetworkPolicy) => ResolvedPolicy,
  cache?: GraphCache,
): GraphEdge[] {
  const lists: GraphEdge[][] = [];
  const next = new Map<string, PolicyEdges>();
  const duplicateIds: Record<string, Set<string>> = Object.create(null);
  let reused = 0;
  for (const p of policies) {
    const r = resolve(p);
    const first = next.get(p.id);
    if (first) {
      // A second policy with the same id (a duplicate, which lint reports): built afresh, never cached,
      // its edge ids numbered on from those of the first (`#2`...).
      const taken = (duplicateIds[p.id] ??= new Set(first.generated.map((e) => e.id)));
      lists.push(buildEdges(p, r, taken).sorted);
      continue;
    }
    let entry = cache?.policies.get(p.id);
    if (entry && sameResolution(entry.resolved, r)) {
      moveSpans(entry, r);
      // The latest resolution is kept (equal to the old one but for spans), so no older workspace's rules stay reachable.
      entry.resolved = r;
      reused++;
    } else entry = buildEdges(p, r);
    next.set(p.id, entry);
    lists.push(entry.sorted);
  }
  const edges = cache?.joined && sameLists(cache.joined.lists, lists) ? cache.joined.edges : joinSorted(lists);
  if (cache) {
    cache.policies = next;
    cache.reused = reused;
    cache.joined = { lists, edges };
  }
  return edges;
}
