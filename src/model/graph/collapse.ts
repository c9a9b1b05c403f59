/**
 * Collapsed namespaces: a namespace box drawn as one compact card instead of
 * its workloads. Its children leave the graph; the rule edges that touched
 * them are re-pointed at the namespace, so the canvas (which draws one edge
 * per pair of ends) shows one aggregated edge per pair, labelled with the
 * union of the ports and how many rules it stands for. Rules between two
 * workloads of the same collapsed namespace are not drawn; the card counts
 * them. Pure: the canvas calls it, tests call it in Node.
 */
import type { GraphEdge, GraphNode, PolicyGraph } from './types.ts';
import { sameSet } from '../same-set.ts';
import { replacedAt, tellReplaced } from './edge-replacements.ts';

/** Graphs with more nodes than this start with their big namespaces collapsed. */
export const COLLAPSE_ABOVE_NODES = 300;
/** In such a graph, a namespace with more children than this starts collapsed. */
export const COLLAPSE_ABOVE_CHILDREN = 10;

/** Children per namespace node id. */
function childCounts(graph: PolicyGraph): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of graph.nodes) if (n.parentId) out.set(n.parentId, (out.get(n.parentId) ?? 0) + 1);
  return out;
}

/**
 * The namespaces drawn collapsed: the user's choice (`choices`, true = collapsed) where there is one,
 * else collapsed when the graph is large and the namespace holds many nodes.
 */
export function collapsedNamespaces(graph: PolicyGraph, choices: Readonly<Record<string, boolean>>): Set<string> {
  const out = new Set<string>();
  const large = graph.nodes.length > COLLAPSE_ABOVE_NODES;
  const children = large ? childCounts(graph) : undefined;
  for (const n of graph.nodes) {
    if (n.kind !== 'namespace') continue;
    const choice = Object.hasOwn(choices, n.id) ? choices[n.id] : undefined;
    const byDefault = children !== undefined && (children.get(n.id) ?? 0) > COLLAPSE_ABOVE_CHILDREN;
    if (choice ?? byDefault) out.add(n.id);
  }
  return out;
}

/**
 * `graph` with the children of the `collapsed` namespaces removed and their edges re-pointed at the
 * namespace. `memo` (optional, owned by the caller) hands back the same re-pointed edge object for an
 * unchanged rule edge, so the canvas can skip redrawing it.
 */
export function collapseGraph(
  graph: PolicyGraph,
  collapsed: ReadonlySet<string>,
  memo: WeakMap<GraphEdge, GraphEdge> = new WeakMap(),
): PolicyGraph {
  if (collapsed.size === 0) return graph;
  const home = homesOf(graph, collapsed);
  if (home.size === 0) return graph;
  const edges: GraphEdge[] = [];
  for (const e of graph.edges) {
    const shown = repointed(e, home, memo);
    if (shown) edges.push(shown);
  }
  return { nodes: collapsedNodes(graph.nodes, home), edges };
}

/**
 * The collapsed copy of each namespace node, kept while the node is the same object (state/stable-graph.ts
 * keeps it while the namespace is unchanged): a keystroke elsewhere then hands the canvas the same node, and
 * it does not build and render every collapsed card again (5,000-pod List: each key re-rendered all of them).
 */
const collapsedCopies = new WeakMap<GraphNode, GraphNode>();

function collapsedCopy(n: GraphNode): GraphNode {
  const copy = collapsedCopies.get(n);
  if (!copy) {
    const made = { ...n, collapsed: true as const };
    collapsedCopies.set(n, made);
    return made;
  }
  // The node keeps its object while text above it is typed, its span moved in place: so does its copy.
  if (copy.span !== n.span) copy.span = n.span;
  return copy;
}

/** The nodes drawn: members of collapsed namespaces left out, each collapsed namespace marked. */
function collapsedNodes(nodes: readonly GraphNode[], home: ReadonlyMap<string, string>): GraphNode[] {
  const cards = new Set(home.values());
  const out: GraphNode[] = [];
  for (const n of nodes) if (!home.has(n.id)) out.push(cards.has(n.id) ? collapsedCopy(n) : n);
  return out;
}

/** Node id → the collapsed namespace it is drawn in. */
function homesOf(graph: PolicyGraph, collapsed: ReadonlySet<string>): Map<string, string> {
  const home = new Map<string, string>();
  for (const n of graph.nodes) if (n.parentId && collapsed.has(n.parentId)) home.set(n.id, n.parentId);
  return home;
}

/** A rule edge as drawn with namespaces collapsed; undefined inside one collapsed namespace (its card counts it). */
function repointed(
  e: GraphEdge,
  home: ReadonlyMap<string, string>,
  memo: WeakMap<GraphEdge, GraphEdge>,
): GraphEdge | undefined {
  const source = home.get(e.source) ?? e.source;
  const target = home.get(e.target) ?? e.target;
  if (source === e.source && target === e.target) return e;
  if (source === target) return undefined;
  const old = memo.get(e);
  const moved = old && old.source === source && old.target === target ? old : { ...e, source, target };
  memo.set(e, moved);
  return moved;
}

/**
 * Up to this share of the rule edges replaced in place, CollapseCache patches its last drawing instead of
 * walking: the patch costs a copy of the drawn list plus a look-up per changed edge, the walk a look-up
 * per edge and two new lists. (A port typed into one rule of the 2,000-workload bench changes 5,050 of
 * its 338,666 edges.)
 */
const MAX_PATCHED_SHARE = 0.25;

/**
 * collapseGraph over the successive graphs of one canvas. Typing re-derives the graph on every keystroke
 * with the same objects for unchanged rule edges (state/stable-graph.ts); while the same nodes are drawn
 * in the same collapsed namespaces, an unchanged edge is drawn as it was, found by one walk along the
 * old and new id-sorted lists, and only the edges that changed are looked up (at 2,000 workloads the
 * graph has 338,666 rule edges, and re-pointing them all took 375-575 ms of a keystroke on the page).
 * When the edges changed only in place (same ids at the same places, as a port or a label typed in a
 * rule leaves them) and each stays drawn or hidden as before, the last drawing is copied and patched at
 * those places: building the two lists of 338,666 anew took ~26 ms a keystroke in Node, the patch ~11 ms
 * (most of it the new list of drawn edges, which the canvas needs as a new object).
 * Equal to collapseGraph with this object's memo, whatever the graphs (test/navigation/collapse-cache.test.ts).
 */
export class CollapseCache {
  private readonly memo = new WeakMap<GraphEdge, GraphEdge>();
  private last:
    | {
        edges: readonly GraphEdge[];
        nodeIds: ReadonlySet<string>;
        collapsed: ReadonlySet<string>;
        home: ReadonlyMap<string, string>;
        /** What each of `edges` was drawn as (undefined: not drawn). */
        shown: (GraphEdge | undefined)[];
        /** The edges drawn (the output), and where in it each of `edges` is (when drawn). */
        drawn: GraphEdge[];
        drawnAt: Int32Array;
        /** The graph's nodes and the ones drawn of them: the same array again while both inputs stay. */
        graphNodes: readonly GraphNode[];
        nodes: GraphNode[];
      }
    | undefined;

  collapse(graph: PolicyGraph, collapsed: ReadonlySet<string>): PolicyGraph {
    const home = collapsed.size ? homesOf(graph, collapsed) : undefined;
    if (!home || home.size === 0) {
      this.last = undefined;
      return graph;
    }
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    const last = this.last;
    const before = last && sameSet(last.collapsed, collapsed) && sameHomes(last, nodeIds, home) ? last : undefined;
    // A keystroke that changes only rules keeps the drawn nodes' array, so the canvas does not place and
    // build its nodes again (10,000-rule policy: ~70 ms a keystroke).
    const nodes = before && before.graphNodes === graph.nodes ? before.nodes : collapsedNodes(graph.nodes, home);
    const next = graph.edges;
    const patched = before && this.patched(before, next, home);
    if (patched) {
      this.last = { ...before, edges: next, nodeIds, home, ...patched, graphNodes: graph.nodes, nodes };
      return { nodes, edges: patched.drawn };
    }
    // Both sized up front: growing arrays of hundreds of thousands by push cost more than the walk itself.
    const shown: (GraphEdge | undefined)[] = new Array(next.length);
    const edges: GraphEdge[] = new Array(next.length);
    const drawnAt = new Int32Array(next.length);
    let k = 0;
    let i = 0;
    for (let j = 0; j < next.length; j++) {
      const e = next[j];
      let drawn: GraphEdge | undefined;
      if (before) {
        const prev = before.edges;
        // Edges that went (or changed) sort before this one: step over them.
        while (i < prev.length && prev[i] !== e && prev[i].id < e.id) i++;
        if (i < prev.length && prev[i] === e) drawn = before.shown[i++];
        else drawn = repointed(e, home, this.memo);
      } else drawn = repointed(e, home, this.memo);
      shown[j] = drawn;
      drawnAt[j] = k;
      if (drawn) edges[k++] = drawn;
    }
    edges.length = k;
    this.last = {
      edges: next,
      nodeIds,
      collapsed: new Set(collapsed),
      home,
      shown,
      drawn: edges,
      drawnAt,
      graphNodes: graph.nodes,
      nodes,
    };
    return { nodes, edges };
  }

  /**
   * The last drawing patched where `next` replaced edges in place, or undefined when it did otherwise
   * (an edge added, removed or moved, too many changed, or one now drawn that was hidden or the reverse).
   */
  private patched(
    before: NonNullable<CollapseCache['last']>,
    next: readonly GraphEdge[],
    home: ReadonlyMap<string, string>,
  ): { shown: (GraphEdge | undefined)[]; drawn: GraphEdge[]; drawnAt: Int32Array } | undefined {
    const prev = before.edges;
    if (prev.length !== next.length) return undefined;
    const limit = next.length * MAX_PATCHED_SHARE;
    const told = replacedAt(prev, next);
    const changed: number[] = [];
    if (told) {
      if (told.length > limit) return undefined;
      for (const j of told) {
        if (next[j] === prev[j]) continue;
        if (next[j].id !== prev[j].id) return undefined;
        changed.push(j);
      }
    } else
      for (let j = 0; j < next.length; j++) {
        if (next[j] === prev[j]) continue;
        if (next[j].id !== prev[j].id || changed.length > limit) return undefined;
        changed.push(j);
      }
    if (changed.length === 0) return { shown: before.shown, drawn: before.drawn, drawnAt: before.drawnAt };
    const now = changed.map((j) => repointed(next[j], home, this.memo));
    if (changed.some((j, c) => (now[c] === undefined) !== (before.shown[j] === undefined))) return undefined;
    // `shown` is this cache's own and the last drawing is never asked for again: patched where it stands.
    // The edges drawn go to the canvas, which tells drawings apart by identity: a new list.
    const { shown } = before;
    const drawn = before.drawn.slice();
    const at: number[] = [];
    changed.forEach((j, c) => {
      shown[j] = now[c];
      if (!now[c]) return;
      drawn[before.drawnAt[j]] = now[c]!;
      at.push(before.drawnAt[j]);
    });
    // The canvas's rule bundles look at those places only (edge-replacements.ts).
    tellReplaced(drawn, before.drawn, at);
    return { shown, drawn, drawnAt: before.drawnAt };
  }
}

/** Every node of both graphs is drawn in the same collapsed namespace, or in none, in both. */
function sameHomes(
  last: { nodeIds: ReadonlySet<string>; home: ReadonlyMap<string, string> },
  nodeIds: ReadonlySet<string>,
  home: ReadonlyMap<string, string>,
): boolean {
  for (const [id, ns] of home) if (last.nodeIds.has(id) && last.home.get(id) !== ns) return false;
  for (const [id, ns] of last.home) if (nodeIds.has(id) && home.get(id) !== ns) return false;
  return true;
}

/** What the card of a collapsed namespace says. */
export interface NamespaceSummary {
  /** Workloads (and inferred selectors) inside. */
  workloads: number;
  /** Policies written in the namespace. */
  policies: number;
  /** How many of those workloads are isolated for ingress / for egress. */
  ingressIsolated: number;
  egressIsolated: number;
  /** Rule edges between two nodes of the namespace (not drawn while collapsed). */
  internalRules: number;
}

export function namespaceSummary(graph: PolicyGraph, nsId: string): NamespaceSummary {
  const inside = new Set<string>([nsId]);
  const policies = new Set<string>();
  let workloads = 0,
    ingressIsolated = 0,
    egressIsolated = 0;
  const ns: GraphNode | undefined = graph.nodes.find((n) => n.id === nsId);
  const prefix = ns?.namespace ?? ns?.label;
  for (const n of graph.nodes) {
    if (n.parentId !== nsId) continue;
    inside.add(n.id);
    for (const p of n.selectedBy) policies.add(p);
    if (n.kind !== 'workload' && n.kind !== 'inferred') continue;
    workloads++;
    if (n.isolated.ingress) ingressIsolated++;
    if (n.isolated.egress) egressIsolated++;
  }
  // Policies that select nothing drawn still belong to the namespace: its rule edges name them.
  for (const e of graph.edges) if (prefix && e.policyId.startsWith(`${prefix}/`)) policies.add(e.policyId);
  for (const p of ns?.selectedBy ?? []) policies.add(p);
  let internalRules = 0;
  for (const e of graph.edges) if (inside.has(e.source) && inside.has(e.target)) internalRules++;
  return { workloads, policies: policies.size, ingressIsolated, egressIsolated, internalRules };
}

const PROTOCOL_ORDER = ['TCP', 'UDP', 'SCTP'];

/** Orders `TCP 80` before `TCP 443` before `UDP 53`; named ports after numbers. */
function comparePorts(a: string, b: string): number {
  const [pa, va = ''] = a.split(' ');
  const [pb, vb = ''] = b.split(' ');
  if (pa !== pb) return PROTOCOL_ORDER.indexOf(pa) - PROTOCOL_ORDER.indexOf(pb) || (pa < pb ? -1 : 1);
  const na = parseInt(va, 10),
    nb = parseInt(vb, 10);
  if (Number.isNaN(na) !== Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1;
  if (!Number.isNaN(na) && na !== nb) return na - nb;
  return va < vb ? -1 : va > vb ? 1 : 0;
}

/**
 * The union of the ports of some rule edges, each port once: `all ports` when any rule allows every
 * port, `TCP all ports` in place of the TCP ports when a rule allows every TCP port.
 */
export function portUnion(rules: readonly GraphEdge[]): string[] {
  const ports = new Set<string>();
  for (const r of rules) for (const p of r.label.split(', ')) ports.add(p);
  if (ports.has('all ports')) return ['all ports'];
  for (const p of [...ports]) {
    const [protocol, rest] = p.split(' ');
    if (rest !== 'all') continue;
    for (const q of [...ports]) if (q !== p && q.startsWith(`${protocol} `)) ports.delete(q);
  }
  return [...ports].sort(comparePorts);
}

/** Label of an aggregated edge: its port union (the first few) and how many rules it stands for. */
export function aggregateLabel(rules: readonly GraphEdge[]): string {
  const ports = portUnion(rules);
  const shown = ports.length > 4 ? `${ports.slice(0, 3).join(' · ')} +${ports.length - 3} more` : ports.join(' · ');
  return `${shown} (${rules.length} ${rules.length === 1 ? 'rule' : 'rules'})`;
}
