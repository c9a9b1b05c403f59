/**
 * Canvas search: nodes whose name, namespace or labels match what was typed.
 * `app=web` matches a label (key and value), `web` a name, a namespace, a
 * label value or key (name matches first). Pure.
 */
import type { GraphNode, PolicyGraph } from './types.ts';

/** How well `node` matches: 0 exact name, 1 name prefix, 2 name contains, 3 label, 4 namespace; undefined: no match. */
function rank(node: GraphNode, query: string): number | undefined {
  const name = node.label.toLowerCase();
  const eq = query.indexOf('=');
  if (eq > 0) {
    const key = query.slice(0, eq).trim();
    const value = query.slice(eq + 1).trim();
    const labels = node.kind === 'namespace' ? {} : (node.labels ?? {});
    for (const [k, v] of Object.entries(labels)) {
      if (k.toLowerCase() === key && (value === '' || v.toLowerCase().includes(value))) return 3;
    }
    return undefined;
  }
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(query)) return 2;
  for (const [k, v] of Object.entries(node.labels ?? {})) {
    if (k.toLowerCase().includes(query) || v.toLowerCase().includes(query)) return 3;
  }
  if (node.namespace?.toLowerCase().includes(query)) return 4;
  return undefined;
}

/** Nodes matching `text`, best first (then by namespace and name); empty text matches nothing. */
export function searchNodes(graph: PolicyGraph, text: string): GraphNode[] {
  const query = text.trim().toLowerCase();
  if (!query) return [];
  const hits: { node: GraphNode; rank: number }[] = [];
  for (const node of graph.nodes) {
    const r = rank(node, query);
    if (r !== undefined) hits.push({ node, rank: r });
  }
  const key = (n: GraphNode) => `${n.namespace ?? ''}/${n.label}`;
  return hits
    .sort((a, b) => a.rank - b.rank || (key(a.node) < key(b.node) ? -1 : key(a.node) > key(b.node) ? 1 : 0))
    .map((h) => h.node);
}
