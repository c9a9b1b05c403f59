/**
 * Canvas filters: show only some namespaces, the rules on one port, or the
 * rules of some policies. What a filter leaves out is removed from the graph
 * the canvas draws (the layout still sees the whole graph, so nothing moves
 * when a filter changes). Pure.
 */
import type { GraphEdge, GraphNode, PolicyGraph } from './types.ts';

export interface GraphFilters {
  /** Namespace names to show (empty: all). */
  namespaces: string[];
  /** A port to show the rules of, e.g. `5432`, `53/UDP`, `http` (empty: all). */
  port: string;
  /** Policy ids (`ns/name`) whose rules to show (empty: all). */
  policies: string[];
}

export const NO_FILTERS: GraphFilters = { namespaces: [], port: '', policies: [] };

export const isFiltering = (f: GraphFilters): boolean =>
  f.namespaces.length > 0 || f.port.trim() !== '' || f.policies.length > 0;

/** Parses `5432`, `5432/TCP`, `TCP 5432`, `udp 53`, `http` into a port and an optional protocol. */
function parsePort(text: string): { port: string; protocol?: string } | undefined {
  const parts = text
    .trim()
    .toUpperCase()
    .split(/[\s/]+/)
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const protocol = parts.find((p) => p === 'TCP' || p === 'UDP' || p === 'SCTP');
  const port = parts.find((p) => p !== protocol);
  return port ? { port, ...(protocol ? { protocol } : {}) } : protocol ? { port: '', protocol } : undefined;
}

/** Whether a rule edge's ports (its label, e.g. `TCP 80, TCP 8000-8100`) take in the wanted port. */
export function edgeAllowsPort(edge: GraphEdge, wanted: string): boolean {
  const want = parsePort(wanted);
  if (!want) return true;
  if (edge.label === 'all ports') return true;
  const n = Number(want.port);
  return edge.label.split(', ').some((item) => {
    const [protocol, value = ''] = item.split(' ');
    if (want.protocol && protocol !== want.protocol) return false;
    if (want.port === '' || value === 'all') return true;
    const range = /^(\d+)-(\d+)$/.exec(value);
    if (range && Number.isInteger(n)) return n >= Number(range[1]) && n <= Number(range[2]);
    return value.toUpperCase() === want.port;
  });
}

/** The namespace a node is shown under, if any (a namespace box is its own). */
const namespaceOf = (n: GraphNode): string | undefined => n.namespace;

/**
 * `graph` without what the filters leave out. Namespace filter: nodes of other namespaces go, and so do
 * peers outside every namespace that no kept edge reaches. Port and policy filters: only the matching
 * rule edges stay, with the nodes they join (and their namespace boxes).
 */
export function filterGraph(graph: PolicyGraph, filters: GraphFilters): PolicyGraph {
  if (!isFiltering(filters)) return graph;
  const namespaces = new Set(filters.namespaces);
  const policies = new Set(filters.policies);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const inNamespaces = (n: GraphNode | undefined): boolean => {
    if (!n) return false;
    const ns = namespaceOf(n);
    return namespaces.size === 0 || (ns !== undefined && namespaces.has(ns)) || ns === undefined;
  };
  const edges = graph.edges.filter((e) => {
    if (policies.size > 0 && !policies.has(e.policyId)) return false;
    if (filters.port.trim() && !edgeAllowsPort(e, filters.port)) return false;
    return inNamespaces(byId.get(e.source)) && inNamespaces(byId.get(e.target));
  });
  const reached = new Set<string>();
  for (const e of edges) reached.add(e.source).add(e.target);
  const edgeFilter = policies.size > 0 || filters.port.trim() !== '';
  const keep = new Set<string>();
  for (const n of graph.nodes) {
    const ns = namespaceOf(n);
    const shown = edgeFilter
      ? reached.has(n.id)
      : namespaces.size === 0 || (ns !== undefined ? namespaces.has(ns) : reached.has(n.id));
    if (shown) keep.add(n.id);
  }
  // Kept nodes keep their namespace box.
  for (const id of [...keep]) {
    const parent = byId.get(id)?.parentId;
    if (parent) keep.add(parent);
  }
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}
