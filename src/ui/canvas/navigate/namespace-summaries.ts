/**
 * The cards of all collapsed namespaces in one pass over the graph. What each card says is
 * model/graph/collapse.ts's `namespaceSummary`; called once per card that walks every rule edge
 * three times per namespace, which on 2,000 workloads / 600 policies (340,000 rule edges, 40 cards)
 * held the page for 1.2–2.4 s after each keystroke. Here every node and edge is read once.
 */
import type { NamespaceSummary } from '../../../model/graph/collapse.ts';
import type { GraphNode, PolicyGraph } from '../../../model/graph/types.ts';

interface Tally {
  policies: Set<string>;
  summary: NamespaceSummary;
}

/** The summary of each namespace node id of `nsIds` (as namespaceSummary gives it, one by one). */
export function namespaceSummaries(graph: PolicyGraph, nsIds: ReadonlySet<string>): Map<string, NamespaceSummary> {
  const tallies = new Map<string, Tally>();
  if (nsIds.size === 0) return new Map();
  for (const id of nsIds)
    tallies.set(id, {
      policies: new Set(),
      summary: { workloads: 0, policies: 0, ingressIsolated: 0, egressIsolated: 0, internalRules: 0 },
    });
  // The namespace a node is inside of (the card itself counts as inside its own namespace).
  const inside = new Map<string, string>();
  const first = new Map<string, GraphNode>();
  for (const n of graph.nodes) {
    if (nsIds.has(n.id) && !first.has(n.id)) first.set(n.id, n);
    if (nsIds.has(n.id)) inside.set(n.id, n.id);
  }
  for (const n of graph.nodes) {
    const tally = n.parentId === undefined ? undefined : tallies.get(n.parentId);
    if (!tally) continue;
    inside.set(n.id, n.parentId!);
    for (const p of n.selectedBy) tally.policies.add(p);
    if (n.kind !== 'workload' && n.kind !== 'inferred') continue;
    tally.summary.workloads++;
    if (n.isolated.ingress) tally.summary.ingressIsolated++;
    if (n.isolated.egress) tally.summary.egressIsolated++;
  }
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
  // Thousands of rule edges share a policy: each policy id is placed once.
  const placed = new Set<string>();
  for (const e of graph.edges) {
    const from = inside.get(e.source);
    if (from !== undefined && from === inside.get(e.target)) tallies.get(from)!.summary.internalRules++;
    if (placed.has(e.policyId)) continue;
    placed.add(e.policyId);
    for (const id of ownersOf(e.policyId, byPrefix, slashed)) tallies.get(id)!.policies.add(e.policyId);
  }
  const out = new Map<string, NamespaceSummary>();
  for (const [id, tally] of tallies) {
    for (const p of first.get(id)?.selectedBy ?? []) tally.policies.add(p);
    out.set(id, { ...tally.summary, policies: tally.policies.size });
  }
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
