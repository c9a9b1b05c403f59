/**
 * Which rule edges each canvas edge stands for: the rule edges of a graph
 * grouped by canvas edge id (one per node pair, or per pair of namespace boxes
 * in an aggregated graph), in graph order, with the namespace ends of bundles.
 *
 * Typing changes a few rule edges of a graph of tens of thousands (338,666 at
 * 2,000 workloads), and grouping them all again took 343–486 ms of a keystroke
 * on the page there. So a RuleBundles object keeps its last grouping and, when
 * only edges changed (same drawn nodes, same focus, same namespace of every
 * node), regroups just the canvas edges whose rules changed: the edges that
 * left and came are found by one walk along both lists, which derivations
 * keep sorted by id (model/graph/derive.ts) and whose unchanged edges keep
 * their objects (state/stable-graph.ts). Anything else is grouped afresh. The
 * result always equals a fresh grouping, lists and their order included
 * (test/ui/rule-bundles.test.ts), and lists of canvas edges whose rules did
 * not change are the very same arrays, so FlowEdges can keep their objects.
 */
import type { GraphEdge, PolicyGraph } from '../../model/graph/types.ts';
import { compareIds } from '../../model/graph/ids.ts';
import { replacedAt } from '../../model/graph/edge-replacements.ts';
import { ruleEdgeStyle } from './edges/cluster-edge-style.ts';
import { sameSet } from '../../model/same-set.ts';
import { blockIdOf, blockKindOf } from './peer-blocks.ts';

/**
 * Above this many rule edges (a whole cluster: tens of thousands of peer pairs) the canvas draws one
 * edge per pair of namespace boxes, except around the selected nodes, whose own edges stay drawn.
 */
export const AGGREGATE_EDGES = 1500;

export const isAggregated = (graph: PolicyGraph): boolean => graph.edges.length > AGGREGATE_EDGES;

export interface Bundles {
  /** Canvas edge id → its rule edges, in graph order; canvas edges in the order their first rules come. */
  rules: Map<string, GraphEdge[]>;
  /** Canvas edge id → the namespace boxes a bundle joins (aggregated graphs only). */
  ends: Map<string, [string, string]>;
}

/** What a grouping was made from. */
interface Basis {
  edges: readonly GraphEdge[];
  drawn: ReadonlySet<string>;
  focus: ReadonlySet<string>;
  /** The graph's node ids. */
  nodeIds: ReadonlySet<string>;
  /**
   * Node id → the box its edges are bundled at; undefined when nothing is bundled (a graph not aggregated,
   * without a drawn block of outside peers).
   */
  parent: Map<string, string> | undefined;
  /** Whether the graph is aggregated: then every edge is bundled, else only those of a block's peers. */
  aggregated: boolean;
  /** Whether `edges` is in id order (what the incremental walk relies on). */
  sorted: boolean;
}

/** Past this share of changed rule edges a fresh grouping is as quick. */
const MOST_CHANGED = 0.25;

export class RuleBundles {
  private last: { basis: Basis; bundles: Bundles } | undefined;
  private readonly edgeKeys = new PairKeys((a, b) => `${a}->${b}`);
  private readonly bundleKeys = new PairKeys((a, b) => `ns-bundle:${a}->${b}`);
  /** How the last call was answered; for tests and benchmarks. */
  lastWas: 'fresh' | 'incremental' = 'fresh';

  of(graph: PolicyGraph, drawn: ReadonlySet<string>, focus: ReadonlySet<string>): Bundles {
    const aggregated = isAggregated(graph);
    const parent = parentsOf(graph, drawn, aggregated);
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    // `sorted` is settled below: by the walk over the changes, or by a look at every edge.
    const basis: Basis = { edges: graph.edges, drawn, focus, nodeIds, parent, aggregated, sorted: false };
    const last = this.last;
    let bundles = last && this.regrouped(last.basis, last.bundles, basis);
    this.lastWas = bundles ? 'incremental' : 'fresh';
    if (!bundles) {
      basis.sorted = isSorted(graph.edges);
      bundles = this.grouped(basis);
    }
    this.last = { basis, bundles };
    return bundles;
  }

  /** The canvas edge id of a rule edge, or undefined when it is not drawn. */
  private keyOf(e: GraphEdge, basis: Basis, ends?: Map<string, [string, string]>): string | undefined {
    const { drawn, focus, parent } = basis;
    if (!drawn.has(e.source) || !drawn.has(e.target)) return undefined;
    let key: string | undefined;
    if (parent) {
      const ps = parent.get(e.source)!,
        pt = parent.get(e.target)!;
      const focused = focus.has(e.source) || focus.has(e.target) || focus.has(ps) || focus.has(pt);
      // Not aggregated: only an edge of a block's peer is bundled (at the block's frame).
      const bundled = basis.aggregated || ps !== e.source || pt !== e.target;
      if (bundled && !focused) {
        if (ps === pt) return undefined; // inside one namespace: drawn when it is focused
        key = this.bundleKeys.of(ps, pt);
        if (ends && !ends.has(key)) ends.set(key, [ps, pt]);
      } else if (focused) {
        // Drawn node to node, except at a block's peer not focused itself: it stays at the block's frame.
        // (A namespace selected beside 5,000 ranges: one edge from the block to each of its workloads,
        // not a fan of 5,000.)
        const s = blockKindOf(ps) !== undefined && !focus.has(e.source) ? ps : e.source;
        const t = blockKindOf(pt) !== undefined && !focus.has(e.target) ? pt : e.target;
        if (s !== e.source || t !== e.target) {
          key = this.bundleKeys.of(s, t);
          if (ends && !ends.has(key)) ends.set(key, [s, t]);
        }
      }
    }
    key ??= this.edgeKeys.of(e.source, e.target);
    // Cluster-layer edges are drawn by their action: never bundled with edges of another look.
    const style = ruleEdgeStyle(e);
    return style ? `${key}|${style}` : key;
  }

  private grouped(basis: Basis): Bundles {
    const ends = new Map<string, [string, string]>();
    const rules = groupByKey(basis.edges, (e) => this.keyOf(e, basis, ends));
    return { rules, ends: endsOf(rules, ends) };
  }

  /** `prev` brought up to `next` by regrouping only what changed; undefined when that is not possible. */
  private regrouped(was: Basis, prev: Bundles, next: Basis): Bundles | undefined {
    if (!was.sorted) return undefined;
    const redrawn = drawnChanges(was, next);
    if (!redrawn || !sameSet(was.focus, next.focus)) return undefined;
    if (was.aggregated !== next.aggregated || !sameParents(was.parent, next.parent)) return undefined;
    const changes = changedEdges(was.edges, next.edges, Math.ceil(MOST_CHANGED * next.edges.length) + 1);
    if (!changes || !changes.sorted) return undefined;
    if (redrawn.size && touchesKept(next.edges, redrawn, changes.came)) return undefined;
    next.sorted = true;
    if (changes.gone.length === 0 && changes.came.length === 0) return prev;
    // Canvas edges touched: the rules that left them, and those that came, in id (= graph) order.
    const left = new Map<string, Set<GraphEdge>>();
    for (const e of changes.gone) {
      const key = this.keyOf(e, was);
      if (key === undefined) continue;
      const set = left.get(key);
      if (set) set.add(e);
      else left.set(key, new Set([e]));
    }
    const ends = new Map(prev.ends);
    const came = groupByKey(changes.came, (e) => this.keyOf(e, next, ends));
    const touched = new Map<string, GraphEdge[]>();
    for (const key of new Set([...left.keys(), ...came.keys()])) {
      const gone = left.get(key);
      const kept = (prev.rules.get(key) ?? []).filter((e) => !gone?.has(e));
      touched.set(key, mergeById(kept, came.get(key) ?? []));
    }
    // The fresh grouping's order: canvas edges by their first rule; kept as it was unless a first rule moved.
    let reorder = false;
    for (const [key, list] of touched) {
      const before = prev.rules.get(key);
      if (list.length === 0 || !before || before[0] !== list[0]) reorder = true;
    }
    const rules = new Map<string, GraphEdge[]>();
    for (const [key, list] of prev.rules) {
      const now = touched.get(key) ?? list;
      if (now.length) rules.set(key, now);
    }
    for (const [key, list] of touched) if (list.length && !prev.rules.has(key)) rules.set(key, list);
    if (!reorder) return { rules, ends: endsOf(rules, ends) };
    const order = [...rules.entries()].sort((a, b) => compareIds(a[1][0], b[1][0]));
    return { rules: new Map(order), ends: endsOf(rules, ends) };
  }
}

/**
 * The ends of the canvas edges there are. (A bundle of cluster-layer rules has an id with its look after
 * `|`, and no ends under it: it is drawn from its first rule's nodes, as before this grouping was kept.)
 */
function endsOf(
  rules: ReadonlyMap<string, GraphEdge[]>,
  ends: Map<string, [string, string]>,
): Map<string, [string, string]> {
  for (const key of ends.keys()) if (!rules.has(key)) ends.delete(key);
  return ends;
}

/**
 * Node id → the box its edges are bundled at: in an aggregated graph its namespace's when that is drawn;
 * else the frame of its block of outside peers when that is drawn (peer-blocks.ts); else itself.
 * Undefined when that is itself for every node (a graph not aggregated, without blocks).
 */
function parentsOf(
  graph: PolicyGraph,
  drawn: ReadonlySet<string>,
  aggregated: boolean,
): Map<string, string> | undefined {
  const block = (n: PolicyGraph['nodes'][number]) => {
    if (n.kind === 'namespace' || (n.parentId && drawn.has(n.parentId))) return undefined;
    const id = blockIdOf(n.kind);
    return drawn.has(id) ? id : undefined;
  };
  if (!aggregated && !graph.nodes.some(block)) return undefined;
  return new Map(
    graph.nodes.map((n) => {
      if (aggregated && n.parentId && drawn.has(n.parentId)) return [n.id, n.parentId];
      return [n.id, block(n) ?? n.id];
    }),
  );
}

/**
 * The ids drawn in one graph and not in the other, when each of them is a node of just one of the two
 * graphs (a node that came, such as the inferred node of a selector being typed, or went); undefined
 * when a node of both (or of neither) changed whether it is drawn, which regroups everything.
 */
function drawnChanges(was: Basis, next: Basis): Set<string> | undefined {
  const out = new Set<string>();
  if (was.drawn === next.drawn) return out;
  const oneSide = (id: string) => was.nodeIds.has(id) !== next.nodeIds.has(id);
  for (const id of next.drawn) if (!was.drawn.has(id)) out.add(id);
  for (const id of was.drawn) if (!next.drawn.has(id)) out.add(id);
  for (const id of out) if (!oneSide(id)) return undefined;
  return out;
}

/** Whether an edge kept from the last graph ends at one of `ids` (then its canvas edge may have changed). */
function touchesKept(edges: readonly GraphEdge[], ids: ReadonlySet<string>, came: readonly GraphEdge[]): boolean {
  const fresh = new Set(came);
  for (const e of edges) if ((ids.has(e.source) || ids.has(e.target)) && !fresh.has(e)) return true;
  return false;
}

/** Nodes in both maps are bundled at the same box (nodes that came or went change no other edge's key). */
function sameParents(a: Map<string, string> | undefined, b: Map<string, string> | undefined): boolean {
  if (!a || !b) return a === b;
  for (const [id, p] of b) {
    const q = a.get(id);
    if (q !== undefined && q !== p) return false;
  }
  return true;
}

function isSorted(edges: readonly GraphEdge[]): boolean {
  for (let i = 1; i < edges.length; i++) if (edges[i - 1].id > edges[i].id) return false;
  return true;
}

/**
 * The rule edges that left and came between an id-sorted list and the next one (an edge whose object
 * changed does both), or undefined past `limit` changes; and whether the next list is sorted too. That
 * needs a look only beside the edges that came: the others keep their order from `prev`.
 */
function changedEdges(
  prev: readonly GraphEdge[],
  next: readonly GraphEdge[],
  limit: number,
): { gone: GraphEdge[]; came: GraphEdge[]; sorted: boolean } | undefined {
  const gone: GraphEdge[] = [];
  const came: GraphEdge[] = [];
  let sorted = true;
  const inOrder = (k: number) =>
    (k === 0 || next[k - 1].id <= next[k].id) && (k + 1 === next.length || next[k].id <= next[k + 1].id);
  // Told where `next` replaced edges of `prev` (edge-replacements.ts): a look there only.
  const told = replacedAt(prev, next);
  if (told) {
    for (const k of told) {
      if (prev[k] === next[k]) continue;
      gone.push(prev[k]);
      came.push(next[k]);
      if (!inOrder(k)) sorted = false;
      if (gone.length + came.length > limit) return undefined;
    }
    return { gone, came, sorted };
  }
  let i = 0;
  let j = 0;
  while (i < prev.length || j < next.length) {
    const a = prev[i];
    const b = next[j];
    if (a !== undefined && a === b) {
      i++;
      j++;
      continue;
    }
    if (b === undefined || (a !== undefined && a.id < b.id)) {
      gone.push(a);
      i++;
    } else if (a === undefined || a.id > b.id) {
      came.push(b);
      if (!inOrder(j)) sorted = false;
      j++;
    } else {
      gone.push(a);
      came.push(b);
      if (!inOrder(j)) sorted = false;
      i++;
      j++;
    }
    if (gone.length + came.length > limit) return undefined;
  }
  return { gone, came, sorted };
}

/** Two id-sorted lists as one. */
function mergeById(a: readonly GraphEdge[], b: readonly GraphEdge[]): GraphEdge[] {
  if (b.length === 0) return a as GraphEdge[];
  if (a.length === 0) return b as GraphEdge[];
  const out: GraphEdge[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareIds(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/**
 * Canvas edge ids per (source, target), made once: a large graph sorts tens of thousands of rule edges
 * into bundles on every change, and building (and hashing) a new key string for each was most of it.
 */
class PairKeys {
  private readonly keys = new Map<string, Map<string, string>>();
  private size = 0;
  constructor(private readonly format: (a: string, b: string) => string) {}
  of(a: string, b: string): string {
    let inner = this.keys.get(a);
    if (!inner) this.keys.set(a, (inner = new Map()));
    let key = inner.get(b);
    if (key === undefined) {
      if (++this.size > 200_000) {
        // Bounded: node ids come and go while typing.
        this.keys.clear();
        this.size = 1;
        this.keys.set(a, inner);
        inner.clear();
      }
      inner.set(b, (key = this.format(a, b)));
    }
    return key;
  }
}

/** `edges` by canvas edge key, each list in the order given; edges without a key (not drawn) left out. */
function groupByKey(
  edges: readonly GraphEdge[],
  keyOf: (e: GraphEdge) => string | undefined,
): Map<string, GraphEdge[]> {
  const out = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const key = keyOf(e);
    if (key === undefined) continue;
    const list = out.get(key);
    if (list) list.push(e);
    else out.set(key, [e]);
  }
  return out;
}
