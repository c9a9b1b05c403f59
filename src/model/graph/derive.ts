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
import { clusterLayerEdges } from './cluster-layer.ts';

export function deriveGraph(ws: Workspace, cache?: GraphCache): PolicyGraph {
  const b = new GraphBuilder(ws);
  for (const name of ws.namespaces.keys()) b.namespace(name);
  for (const wl of ws.workloads) b.workload(wl);
  const ruleEdges = deriveEdges(ws.policies, (p) => b.resolve(p), cache);
  // The cluster layer (cluster-layer.ts); without cluster policies or Ingresses the edge list stays the
  // cache's own array, which lets an unchanged graph be recognised without a look at its edges.
  const clusterEdges = clusterLayerEdges(b, ws);
  const edges = clusterEdges.length ? [...ruleEdges, ...clusterEdges].sort(compareIds) : ruleEdges;
  // Namespaces only named by a peer (`kubernetes.io/metadata.name: x`) got their group node through podsIn.
  return { nodes: [...b.nodes.values()].sort(compareIds), edges };
}
