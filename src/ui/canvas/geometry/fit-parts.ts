/**
 * What a fitted view is about when the whole graph is too big to read (readable-fit.ts focusOf): the
 * namespaces policies apply to, as they are drawn, expanded (a box around its members) or collapsed
 * (one card, model/graph/collapse.ts). A large cluster starts with its namespaces collapsed: counting
 * only expanded boxes left nothing to fit there, and the view opened on the graph's empty top-left
 * corner (2,000 workloads: no card in view).
 */
export interface FitPart {
  id: string;
  type?: string;
  parentId?: string;
  data: { node: { selectedBy: readonly string[] }; summary?: { policies: number } };
}

/** The namespace boxes and collapsed cards among `nodes` that a policy selects, or selects members of. */
export function namespacesWithPolicies<T extends FitPart>(nodes: readonly T[]): T[] {
  const withPolicies = new Set<string>();
  for (const n of nodes) {
    if (n.type === 'collapsed') {
      // Its members are not drawn: its summary counts the policies selecting it or them.
      if ((n.data.summary?.policies ?? 0) > 0 || n.data.node.selectedBy.length > 0) withPolicies.add(n.id);
    } else if (n.data.node.selectedBy.length > 0) withPolicies.add(n.type === 'namespace' ? n.id : (n.parentId ?? ''));
  }
  return nodes.filter((n) => (n.type === 'namespace' || n.type === 'collapsed') && withPolicies.has(n.id));
}
