/**
 * Which canvas elements a diagnostic is about: every node and rule edge whose
 * YAML span contains the diagnostic's start. Spans nest (a workload manifest,
 * a policy peer inside its policy); only the innermost spans are told, so a
 * problem in one peer marks that edge, not every edge of the policy. A
 * problem elsewhere in a policy (its ports, its policyTypes) marks the
 * policy's edges, or, when it has none, the nodes it selects; policies are
 * not drawn, so their spans come from the caller. Pure.
 *
 * The markers are recomputed after every keystroke, on graphs of tens of
 * thousands of rule edges and with few diagnostics, so the work is one pass
 * over the graph with a binary search into the diagnostics sorted by offset:
 * no per-diagnostic scan of the graph and no per-element allocation.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { Span } from '../types.ts';
import type { PolicyGraph } from './types.ts';

export interface DiagnosticTargets {
  /** Diagnostics by node id. */
  nodes: Map<string, Diagnostic[]>;
  /** Diagnostics by rule edge id: problems inside the edge's own peer. */
  edges: Map<string, Diagnostic[]>;
  /**
   * Diagnostics about a whole policy that has rule edges, by policy id: they
   * concern every edge of the policy (`diagnosticsOfEdge`). Kept per policy
   * rather than copied onto each edge, because one `selects-nothing` on a
   * policy with thousands of edges would otherwise cost thousands of entries
   * after every keystroke.
   */
  policies: Map<string, Diagnostic[]>;
}

/** What one diagnostic is about. */
export interface TargetsOfOne {
  nodes: string[];
  edges: string[];
  /** A policy (with rule edges) the problem is about as a whole: all its edges. */
  policy?: string;
}

/** The diagnostics that concern one rule edge: those in its peer and those about its whole policy. */
export function diagnosticsOfEdge(targets: DiagnosticTargets, edge: { id: string; policyId: string }): Diagnostic[] {
  const own = targets.edges.get(edge.id);
  const whole = targets.policies.get(edge.policyId);
  return own && whole ? [...own, ...whole] : (own ?? whole ?? []);
}

/** A policy's id (`ns/name`) and where it is written. */
export interface PolicySpan {
  id: string;
  span?: Span;
}

/** An empty span still holds its own offset. */
const endOf = (s: Span) => Math.max(s.endOffset, s.offset + 1);

/** One file's diagnostics, sorted by offset. */
interface Sorted {
  offsets: number[];
  order: number[];
}

function sortByFile(diagnostics: readonly Diagnostic[]): Map<string, Sorted> {
  const files = new Map<string, number[]>();
  diagnostics.forEach((d, i) => {
    const list = files.get(d.file);
    if (list) list.push(i);
    else files.set(d.file, [i]);
  });
  const out = new Map<string, Sorted>();
  for (const [file, order] of files) {
    order.sort((a, b) => diagnostics[a].offset - diagnostics[b].offset);
    out.set(file, { offsets: order.map((i) => diagnostics[i].offset), order });
  }
  return out;
}

/** The first index whose offset is ≥ `offset`. */
function lowerBound(offsets: readonly number[], offset: number): number {
  let lo = 0,
    hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The targets of each diagnostic, in the order given (graph order within one). */
export function targetsByDiagnostic(
  graph: PolicyGraph,
  diagnostics: readonly Diagnostic[],
  policies: readonly PolicySpan[] = [],
): TargetsOfOne[] {
  const out: TargetsOfOne[] = diagnostics.map(() => ({ nodes: [], edges: [] }));
  if (diagnostics.length === 0) return out;
  const narrowest = diagnostics.map(() => Infinity);
  const sorted = sortByFile(diagnostics);
  const visit = (id: string, span: Span | undefined, kind: 'nodes' | 'edges') => {
    const file = span && sorted.get(span.file);
    if (!file) return;
    const width = span.endOffset - span.offset;
    const end = endOf(span);
    for (let k = lowerBound(file.offsets, span.offset); k < file.offsets.length && file.offsets[k] < end; k++) {
      const i = file.order[k];
      if (width > narrowest[i]) continue;
      if (width < narrowest[i]) {
        narrowest[i] = width;
        out[i] = { nodes: [], edges: [] };
      }
      out[i][kind].push(id);
    }
  };
  for (const n of graph.nodes) visit(n.id, n.span, 'nodes');
  for (const e of graph.edges) visit(e.id, e.span, 'edges');
  // Outside every drawn span: the policy it is written in, if any.
  let drawnPolicies: Set<string> | undefined;
  diagnostics.forEach((d, i) => {
    if (narrowest[i] !== Infinity) return;
    const policy = d.policy ?? enclosing(policies, d)?.id;
    if (!policy) return;
    drawnPolicies ??= new Set(graph.edges.map((e) => e.policyId));
    if (drawnPolicies.has(policy)) out[i].policy = policy;
    else for (const n of graph.nodes) if (n.selectedBy.includes(policy)) out[i].nodes.push(n.id);
  });
  return out;
}

const enclosing = (policies: readonly PolicySpan[], d: Diagnostic): PolicySpan | undefined =>
  policies.find((p) => p.span && p.span.file === d.file && p.span.offset <= d.offset && d.offset < endOf(p.span));

/**
 * The diagnostics with `policy` set to the policy whose text holds each one (the same object when
 * none does), so the canvas can mark a policy's edges later without the policies' spans.
 */
export function placeInPolicies(diagnostics: readonly Diagnostic[], policies: readonly PolicySpan[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const p = d.policy === undefined ? enclosing(policies, d) : undefined;
    return p ? { ...d, policy: p.id } : d;
  });
}

export function diagnosticTargets(
  graph: PolicyGraph,
  diagnostics: readonly Diagnostic[],
  policies: readonly PolicySpan[] = [],
): DiagnosticTargets {
  const nodes = new Map<string, Diagnostic[]>();
  const edges = new Map<string, Diagnostic[]>();
  const wholePolicies = new Map<string, Diagnostic[]>();
  const add = (map: Map<string, Diagnostic[]>, id: string, d: Diagnostic) => {
    const list = map.get(id);
    if (list) list.push(d);
    else map.set(id, [d]);
  };
  targetsByDiagnostic(graph, diagnostics, policies).forEach((t, i) => {
    for (const id of t.nodes) add(nodes, id, diagnostics[i]);
    for (const id of t.edges) add(edges, id, diagnostics[i]);
    if (t.policy) add(wholePolicies, t.policy, diagnostics[i]);
  });
  return { nodes, edges, policies: wholePolicies };
}
