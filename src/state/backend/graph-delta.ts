/**
 * The edges of a graph as a change of the previous graph sent over the worker
 * boundary (protocol.ts `graph-delta`). The worker's GraphCache hands back the
 * same edge objects for every policy a keystroke did not touch, so "unchanged"
 * is object identity on the worker's side; spans are the exception (the cache
 * moves them in place as text above is typed) and travel for every edge, as
 * numbers in a transferable array. Pure; both halves are tested together.
 */
import type { GraphEdge } from '../../model/graph/types.ts';

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
 * The page's half: the new edge list from the last one received. A kept edge is the page's own
 * object, its span moved in place when the text above it changed: what stable-graph.ts does to the
 * graph on screen anyway, so an unchanged edge keeps its identity and the canvas redraws nothing.
 */
export function applyEdgesDelta(previous: readonly GraphEdge[], delta: EdgesDelta): GraphEdge[] {
  const { keep, fresh, spans } = delta;
  const out: GraphEdge[] = new Array(keep.length);
  let next = 0;
  for (let i = 0; i < keep.length; i++) {
    const at = keep[i];
    if (at < 0) {
      out[i] = fresh[next++];
      continue;
    }
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
  return out;
}
