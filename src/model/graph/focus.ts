/**
 * Focus on one node (netpol-analyzer's --focusworkload): the node, the nodes
 * with an edge to or from it, and the namespace boxes they sit in. Focusing
 * a namespace takes everything inside it as the centre. Pure.
 */
import type { PolicyGraph } from './types.ts';

export interface Neighbourhood {
  nodes: Set<string>;
  edges: Set<string>;
}

export function neighbourhood(graph: PolicyGraph, focusId: string): Neighbourhood {
  const centre = new Set<string>([focusId]);
  for (const n of graph.nodes) if (n.parentId === focusId) centre.add(n.id);
  const nodes = new Set(centre);
  const edges = new Set<string>();
  for (const e of graph.edges) {
    if (!centre.has(e.source) && !centre.has(e.target)) continue;
    edges.add(e.id);
    nodes.add(e.source);
    nodes.add(e.target);
  }
  // A neighbour inside a namespace keeps its box, or it would float without its frame.
  for (const n of graph.nodes) if (nodes.has(n.id) && n.parentId) nodes.add(n.parentId);
  return { nodes, edges };
}
