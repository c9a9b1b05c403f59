/**
 * Workspace → PolicyGraph (DESIGN.md §2 "Graph model"): the nodes from the
 * builder (builder.ts), the rule edges from the edge cache (edge-cache.ts).
 * Id formats: ids.ts.
 */
import type { PolicyGraph } from './types.ts';
import type { Workspace } from '../types.ts';
import { GraphBuilder } from './builder.ts';
import { deriveEdges, type GraphCache } from './edge-cache.ts';
import { compareIds } from './ids.ts';

export function deriveGraph(ws: Workspace, cache?: GraphCache): PolicyGraph {
  const b = new GraphBuilder(ws);
  for (const name of ws.namespaces.keys()) b.namespace(name);
  for (const wl of ws.workloads) b.workload(wl);
  const edges = deriveEdges(ws.policies, (p) => b.resolve(p), cache);
  // Namespaces only named by a peer (`kubernetes.io/metadata.name: x`) got their group node through podsIn.
  return { nodes: [...b.nodes.values()].sort(compareIds), edges };
}
