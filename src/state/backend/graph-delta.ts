/**
 * The edges of a graph as a change of the previous graph sent over the worker
 * boundary (protocol.ts `graph-delta`). The worker's GraphCache hands back the
 * same edge objects for every policy a keystroke did not touch, so "unchanged"
 * is object identity on the worker's side; spans are the exception (the cache
 * moves them in place as text above is typed) and travel for every edge, as
 * numbers in a transferable array. Pure; both halves are tested together.
 */
import type { GraphEdge } from '../../model/graph/types.ts';
import { sameSpan } from '../../model/graph/edge-cache.ts';
import { sameEdgeButSpan } from '../stable-graph.ts';

/** Where each edge object of the last graph sent sits in it, and the file its span was in then. */
export interface SentEdges {
  at: ReadonlyMap<GraphEdge, number>;
  files: readonly (string | undefined)[];
}

export const indexSent = (edges: readonly GraphEdge[]): SentEdges => ({
  at: new Map(edges.map((e, i) => [e, i])),
  files: edges.map((e) => e.span?.file),
});

export interface EdgesDelta {
  keep: Int32Array;
  fresh: GraphEdge[];
  spans: Int32Array;
}

/** The worker's half: `edges` against the index of the last graph sent. */
export function encodeEdgesDelta(sent: SentEdges, edges: readonly GraphEdge[]): EdgesDelta {
  const keep = new Int32Array(edges.length);
  const spans = new Int32Array(edges.length * 4);
  const fresh: GraphEdge[] = [];
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    const found = sent.at.get(e);
    // Only numbers travel for a kept edge's span: one whose file changed (or that gained a span) is sent whole.
    const at = found !== undefined && sent.files[found] === e.span?.file ? found : undefined;
    keep[i] = at ?? -1;
    if (at === undefined) fresh.push(e);
    const s = e.span;
    spans[i * 4] = s ? s.offset : -1;
    if (s) {
      spans[i * 4 + 1] = s.endOffset;
      spans[i * 4 + 2] = s.line;
      spans[i * 4 + 3] = s.column;
    }
  }
  return { keep, fresh, spans };
}

/**
 * What the page made of a delta: the new edge list, and where its objects came from, so that
 * stable-graph.ts need not walk a list of 300,000 edges to find out again (it did, in the task
 * that lands the graph: 19-37 ms of the live diff's longest task, bench:live-diff).
 */
export interface AppliedEdges {
  /** `previous` itself when only spans moved: a keystroke that changed no edge changes no list. */
  edges: GraphEdge[];
  /** The list the kept edges were taken from. */
  from: readonly GraphEdge[];
  /** Where `edges` holds an object that is not `from`'s, in increasing order. */
  fresh: number[];
  /** Every other edge is `from`'s object at the same index, and the two lists are equally long. */
  inPlace: boolean;
}

/**
 * The page's half: the new edge list from the last one received. A kept edge is the page's own
 * object, its span moved in place when the text above it changed: what stable-graph.ts does to the
 * graph on screen anyway, so an unchanged edge keeps its identity and the canvas redraws nothing.
 * A sent edge equal to the page's edge of its id but for the span (its policy was analysed again,
 * its rule not changed) is that edge too, with the new span.
 */
export function applyEdgesDelta(previous: GraphEdge[], delta: EdgesDelta): AppliedEdges {
  const { keep, fresh, spans } = delta;
  const out: GraphEdge[] = new Array(keep.length);
  const freshAt: number[] = [];
  let inPlace = keep.length === previous.length;
  let next = 0;
  /** Where to look in `previous` for a sent edge's namesake: both lists are sorted by id. */
  let cursor = 0;
  for (let i = 0; i < keep.length; i++) {
    const at = keep[i];
    if (at < 0) {
      const sent = fresh[next++];
      while (cursor < previous.length && previous[cursor].id < sent.id) cursor++;
      const namesake = cursor < previous.length ? previous[cursor] : undefined;
      if (namesake && sameEdgeButSpan(namesake, sent)) {
        // A new span object (never a change of the old one: someone may hold it), as below.
        if (!sameSpan(namesake.span, sent.span)) namesake.span = sent.span;
        out[i] = namesake;
        if (cursor !== i) inPlace = false;
        cursor++;
      } else {
        out[i] = sent;
        freshAt.push(i);
      }
      continue;
    }
    if (at !== i) inPlace = false;
    cursor = at + 1;
    const old = previous[at];
    out[i] = old;
    const offset = spans[i * 4];
    const s = old.span;
    if (offset < 0) {
      if (s) old.span = undefined;
    } else if (
      !s ||
      s.offset !== offset ||
      s.endOffset !== spans[i * 4 + 1] ||
      s.line !== spans[i * 4 + 2] ||
      s.column !== spans[i * 4 + 3]
    ) {
      // A new span object, never a change to the old one: someone may hold the old span.
      old.span = {
        // A kept edge's span is in the file it was in (encodeEdgesDelta sends it whole otherwise).
        file: s!.file,
        offset,
        endOffset: spans[i * 4 + 1],
        line: spans[i * 4 + 2],
        column: spans[i * 4 + 3],
      };
    }
  }
  const unchanged = inPlace && freshAt.length === 0;
  return { edges: unchanged ? previous : out, from: previous, fresh: freshAt, inPlace };
}
