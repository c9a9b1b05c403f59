/**
 * The layout key: a string that changes whenever the set of nodes, their
 * nesting or the connections change, and only then. The canvas runs ELK or
 * places new nodes when it changes (use-auto-layout.ts), so editing a port
 * label never moves boxes.
 *
 * It is a digest, not the structure written out: the set of (node, parent)
 * pairs and the set of (source, target) pairs, each summed as 64 bits of
 * hashes (order-free, so nothing is sorted), with their counts. Two different
 * structures share a key with odds of about 2^-64. Typing re-derives the
 * graph on every keystroke, so the edge part is carried from the previous
 * graph and updated by the edges that differ (a 38,000-edge graph took
 * ~20 ms to write out and sort, ~7 ms to hash whole).
 *
 * What is carried lives in a LayoutKeys object owned by its one user, the
 * canvas's auto-layout hook (use-auto-layout.ts keeps it for the component's
 * life), not in this module: two canvases, or two tests, never mix digests.
 */
import type { GraphEdge, PolicyGraph } from '../../model/graph/types.ts';
import { replacedAt } from '../../model/graph/edge-replacements.ts';

/** The (source, target) pairs of a graph's edges, with how many edges join each, and their sums. */
interface EdgeDigest {
  edges: readonly GraphEdge[];
  pairs: Map<number, number>;
  e1: number;
  e2: number;
}

/** Two independent 32-bit hashes of a string. */
type Hash = (s: string) => [number, number];

/** Layout keys of successive graphs of one canvas, each carried over from the one before. */
export class LayoutKeys {
  /** Keys by graph object: the canvas asks on every render. */
  private readonly keys = new WeakMap<PolicyGraph, string>();
  /** The last graph keyed, whose edge digest the next one starts from. */
  private last: EdgeDigest | undefined;
  /** String hashes, memoised: node ids recur in thousands of edges. */
  private readonly hashes = new Map<string, [number, number]>();

  of(graph: PolicyGraph): string {
    let key = this.keys.get(graph);
    if (key === undefined) {
      const edges = this.last ? updateDigest(this.last, graph.edges, this.hash) : digestOf(graph.edges, this.hash);
      this.last = edges;
      key = keyOf(graph, edges, this.hash);
      this.keys.set(graph, key);
    }
    return key;
  }

  private readonly hash: Hash = (s) => {
    let h = this.hashes.get(s);
    if (h === undefined) {
      if (this.hashes.size > 100_000) this.hashes.clear(); // bounded: ids come and go while typing
      h = hashOf(s);
      this.hashes.set(s, h);
    }
    return h;
  };
}

/** The same key computed from nothing but `graph` (what `LayoutKeys.of` must always equal). */
export function layoutKeyFromScratch(graph: PolicyGraph): string {
  return keyOf(graph, digestOf(graph.edges, hashOf), hashOf);
}

const keyOf = (graph: PolicyGraph, edges: EdgeDigest, hash: Hash): string =>
  `${nodesKey(graph, hash)}-e${edges.pairs.size}.${edges.e1.toString(36)}.${edges.e2.toString(36)}`;

/** Two independent 32-bit hashes of a string: FNV-1a and djb2-xor. */
function hashOf(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 5381;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b, 33) ^ c;
  }
  return [a >>> 0, b >>> 0];
}

/** Murmur3's finaliser: spreads the bits of a combined value. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function nodesKey(graph: PolicyGraph, hash: Hash): string {
  let n1 = 0,
    n2 = 0;
  for (const n of graph.nodes) {
    const [a1, a2] = hash(n.id);
    const [b1, b2] = hash(n.parentId ?? '');
    n1 = (n1 + fmix(a1 ^ Math.imul(b1, 0x9e3779b1))) >>> 0;
    n2 = (n2 + fmix(a2 + Math.imul(b2, 0x85ebca77))) >>> 0;
  }
  return `n${graph.nodes.length}.${n1.toString(36)}.${n2.toString(36)}`;
}

/** An edge's pair as two 32-bit hashes. */
function pairOf(e: GraphEdge, hash: Hash): [number, number] {
  const [s1, s2] = hash(e.source);
  const [t1, t2] = hash(e.target);
  return [fmix(s1 ^ Math.imul(t1, 0x27d4eb2f) ^ 0x165667b1), fmix(s2 + Math.imul(t2, 0x9e3779b1) + 0x61c88647)];
}

/** Adds (`by` 1) or removes (`by` -1) one edge; a pair counts in the sums while any edge joins it. */
function count(d: EdgeDigest, e: GraphEdge, by: 1 | -1, hash: Hash): void {
  const [p1, p2] = pairOf(e, hash);
  const pair = p1 * 0x200000 + (p2 & 0x1fffff); // 53 bits: exact as a number
  const before = d.pairs.get(pair) ?? 0;
  const after = before + by;
  if (after === 0) d.pairs.delete(pair);
  else d.pairs.set(pair, after);
  if (before === 0 && after === 1) {
    d.e1 = (d.e1 + p1) >>> 0;
    d.e2 = (d.e2 + p2) >>> 0;
  } else if (before === 1 && after === 0) {
    d.e1 = (d.e1 - p1) >>> 0;
    d.e2 = (d.e2 - p2) >>> 0;
  }
}

function digestOf(edges: readonly GraphEdge[], hash: Hash): EdgeDigest {
  const d: EdgeDigest = { edges, pairs: new Map(), e1: 0, e2: 0 };
  for (const e of edges) count(d, e, 1, hash);
  return d;
}

/**
 * The digest of `edges` from the previous one: a look at the places its builder told it replaced, or
 * one walk along both lists (sorted by id, as derived)
 * skips the edges they share; the others are removed and added. Were a list not in order, shared edges
 * would be removed and added back: slower, never wrong.
 */
function updateDigest(prev: EdgeDigest, edges: readonly GraphEdge[], hash: Hash): EdgeDigest {
  if (prev.edges === edges) return prev;
  const d: EdgeDigest = { edges, pairs: prev.pairs, e1: prev.e1, e2: prev.e2 };
  const old = prev.edges;
  // A mostly different graph (another workspace): start afresh rather than remove every edge.
  if (Math.abs(old.length - edges.length) > Math.max(old.length, edges.length) / 2) return digestOf(edges, hash);
  // The previous digest's Map is taken over and updated in place: LayoutKeys replaces `last` by the result.
  const told = replacedAt(old, edges);
  if (told) {
    // Its builder told where it replaced edges of the previous list (edge-replacements.ts): a look there only.
    for (const k of told) {
      const a = old[k];
      const b = edges[k];
      if (a === b || (a.id === b.id && a.source === b.source && a.target === b.target)) continue;
      count(d, a, -1, hash);
      count(d, b, 1, hash);
    }
    return d;
  }
  let i = 0;
  let j = 0;
  while (i < old.length || j < edges.length) {
    const a = old[i];
    const b = edges[j];
    if (
      a !== undefined &&
      b !== undefined &&
      (a === b || (a.id === b.id && a.source === b.source && a.target === b.target))
    ) {
      i++;
      j++;
    } else if (b === undefined || (a !== undefined && a.id < b.id)) {
      count(d, a, -1, hash);
      i++;
    } else {
      count(d, b, 1, hash);
      j++;
    }
  }
  return d;
}
