/**
 * Which canvas elements a diagnostic is about: every node and rule edge whose
 * YAML span contains the diagnostic's start. Spans nest (a workload manifest,
 * a policy peer inside its policy); only the innermost spans are told, so a
 * problem in one peer marks that edge, not every edge of the policy. A
 * problem elsewhere in a policy (its ports, its policyTypes) marks the
 * policy's edges, or, when it has none, the nodes it selects; policies are
 * not drawn, so their spans come from the caller. Pure.
 *
 * A big graph has tens of thousands of spanned elements and the markers are
 * recomputed after every keystroke, so the spans are indexed once per graph
 * (`indexDiagnosticTargets`, memoised by the caller): a lookup is a binary
 * search plus a walk over the spans that can still contain the offset, not a
 * scan of the whole graph per diagnostic.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { Span } from '../types.ts';
import type { PolicyGraph } from './types.ts';

export interface DiagnosticTargets {
  /** Diagnostics by node id. */
  nodes: Map<string, Diagnostic[]>;
  /** Diagnostics by rule edge id. */
  edges: Map<string, Diagnostic[]>;
}

/** A policy's id (`ns/name`) and where it is written. */
export interface PolicySpan {
  id: string;
  span?: Span;
}

interface Spanned {
  id: string;
  kind: 'node' | 'edge';
  offset: number;
  /** Exclusive end; an empty span still holds its own offset. */
  end: number;
  /** The span's written width: the innermost (narrowest) spans are the ones told. */
  width: number;
}

/** One file's spans sorted by start, with the largest end seen so far at each position. */
interface FileSpans {
  spans: Spanned[];
  maxEnd: number[];
}

export interface DiagnosticTargetIndex {
  readonly graph: PolicyGraph;
  readonly byFile: ReadonlyMap<string, FileSpans>;
  readonly edgesByPolicy: ReadonlyMap<string, readonly string[]>;
  readonly nodesByPolicy: ReadonlyMap<string, readonly string[]>;
}

const endOf = (s: Span) => Math.max(s.endOffset, s.offset + 1);

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const spanned = (id: string, kind: Spanned['kind'], s: Span): Spanned => ({
  id,
  kind,
  offset: s.offset,
  end: endOf(s),
  width: s.endOffset - s.offset,
});

export function indexDiagnosticTargets(graph: PolicyGraph): DiagnosticTargetIndex {
  const files = new Map<string, Spanned[]>();
  for (const n of graph.nodes) if (n.span) push(files, n.span.file, spanned(n.id, 'node', n.span));
  for (const e of graph.edges) if (e.span) push(files, e.span.file, spanned(e.id, 'edge', e.span));
  const byFile = new Map<string, FileSpans>();
  for (const [file, spans] of files) {
    spans.sort((a, b) => a.offset - b.offset);
    const maxEnd: number[] = [];
    let max = -1;
    for (const s of spans) maxEnd.push((max = Math.max(max, s.end)));
    byFile.set(file, { spans, maxEnd });
  }
  const edgesByPolicy = new Map<string, string[]>();
  for (const e of graph.edges) if (e.policyId) push(edgesByPolicy, e.policyId, e.id);
  const nodesByPolicy = new Map<string, string[]>();
  for (const n of graph.nodes) for (const p of n.selectedBy) push(nodesByPolicy, p, n.id);
  return { graph, byFile, edgesByPolicy, nodesByPolicy };
}

/** The spans of one file that contain `offset`. */
function stab(file: FileSpans | undefined, offset: number): Spanned[] {
  if (!file) return [];
  const { spans, maxEnd } = file;
  // The last span starting at or before the offset.
  let lo = 0,
    hi = spans.length - 1,
    last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].offset <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const hits: Spanned[] = [];
  // Walking back, once no earlier span reaches past the offset, none can contain it.
  for (let i = last; i >= 0 && maxEnd[i] > offset; i--) if (spans[i].end > offset) hits.push(spans[i]);
  return hits;
}

export function targetsOf(
  index: DiagnosticTargetIndex,
  diagnostics: readonly Diagnostic[],
  policies: readonly PolicySpan[] = [],
): DiagnosticTargets {
  const nodes = new Map<string, Diagnostic[]>();
  const edges = new Map<string, Diagnostic[]>();
  const addToPolicy = (id: string, d: Diagnostic) => {
    const own = index.edgesByPolicy.get(id);
    if (own?.length) for (const e of own) push(edges, e, d);
    else for (const n of index.nodesByPolicy.get(id) ?? []) push(nodes, n, d);
  };
  for (const d of diagnostics) {
    const hits = stab(index.byFile.get(d.file), d.offset);
    if (hits.length === 0) {
      const policy = policies.find(
        (p) => p.span && p.span.file === d.file && p.span.offset <= d.offset && d.offset < endOf(p.span),
      );
      if (policy) addToPolicy(policy.id, d);
      continue;
    }
    let narrowest = Infinity;
    for (const h of hits) narrowest = Math.min(narrowest, h.width);
    // Hits were found walking backwards; put them back in graph order for stable output.
    for (const h of hits.reverse()) if (h.width === narrowest) push(h.kind === 'node' ? nodes : edges, h.id, d);
  }
  return { nodes, edges };
}

/** One-off lookup (indexes the graph each call): for a single diagnostic or a small graph. */
export function diagnosticTargets(
  graph: PolicyGraph,
  diagnostics: readonly Diagnostic[],
  policies: readonly PolicySpan[] = [],
): DiagnosticTargets {
  return targetsOf(indexDiagnosticTargets(graph), diagnostics, policies);
}
