/**
 * Which canvas elements a diagnostic is about: every node and rule edge whose
 * YAML span contains the diagnostic's start. Spans nest (a workload manifest,
 * a policy peer inside its policy); only the innermost spans are told, so a
 * problem in one peer marks that edge, not every edge of the policy. A
 * problem elsewhere in a policy (its ports, its policyTypes) marks the
 * policy's edges, or, when it has none, the nodes it selects; policies are
 * not drawn, so their spans come from the caller. Pure.
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

const contains = (span: Span, d: Diagnostic): boolean =>
  span.file === d.file && span.offset <= d.offset && d.offset < Math.max(span.endOffset, span.offset + 1);

const width = (s: Span) => s.endOffset - s.offset;

/** A policy's id (`ns/name`) and where it is written. */
export interface PolicySpan {
  id: string;
  span?: Span;
}

export function diagnosticTargets(
  graph: PolicyGraph,
  diagnostics: readonly Diagnostic[],
  policies: readonly PolicySpan[] = [],
): DiagnosticTargets {
  const nodes = new Map<string, Diagnostic[]>();
  const edges = new Map<string, Diagnostic[]>();
  const add = (map: Map<string, Diagnostic[]>, id: string, d: Diagnostic) => {
    const list = map.get(id);
    if (list) list.push(d);
    else map.set(id, [d]);
  };
  const spanned = [
    ...graph.nodes.filter((n) => n.span).map((n) => ({ id: n.id, span: n.span!, map: nodes })),
    ...graph.edges.filter((e) => e.span).map((e) => ({ id: e.id, span: e.span!, map: edges })),
  ];
  const addToPolicy = (id: string, d: Diagnostic) => {
    const own = graph.edges.filter((e) => e.policyId === id);
    if (own.length) for (const e of own) add(edges, e.id, d);
    else for (const n of graph.nodes) if (n.selectedBy.includes(id)) add(nodes, n.id, d);
  };
  for (const d of diagnostics) {
    const hits = spanned.filter((s) => contains(s.span, d));
    if (hits.length === 0) {
      const policy = policies.find((p) => p.span && contains(p.span, d));
      if (policy) addToPolicy(policy.id, d);
      continue;
    }
    const narrowest = Math.min(...hits.map((h) => width(h.span)));
    for (const h of hits) if (width(h.span) === narrowest) add(h.map, h.id, d);
  }
  return { nodes, edges };
}
