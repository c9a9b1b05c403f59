/**
 * RuleBundles (src/ui/canvas/rule-bundles.ts) regroups only the canvas edges whose rules changed. Kept
 * across a sequence of graphs, it must hand back exactly what a fresh grouping of each graph gives —
 * the same canvas edges in the same order, each with the same rules in the same order, the same
 * namespace ends — in small graphs (one canvas edge per node pair) and aggregated ones (bundles between
 * namespace boxes, edges of focused nodes drawn alone), while rules come, go and change, nodes and
 * namespaces appear, and focus and drawn nodes change. And it must actually take the incremental path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, PolicyGraph } from '../../src/model/graph/types.ts';
import { tellReplaced } from '../../src/model/graph/edge-replacements.ts';
import { edge, edgeStepArb, nodesOf, SteppedGraph, type EdgeStep } from '../graph/synthetic-graphs.ts';
import { AGGREGATE_EDGES, RuleBundles, type Bundles } from '../../src/ui/canvas/rule-bundles.ts';

/**
 * A step of the graph, and what is drawn and focused after it. `sameView`: the focus and the hidden
 * namespace stay as they were, as while typing; only such steps can be regrouped incrementally, and
 * without them a run of random views could, now and then, never take that path.
 */
interface Step {
  edges: EdgeStep;
  focus: number | null;
  hideNamespace: number | null;
  sameView: boolean;
  /** Rules changed in place only (none dropped or added), and the new list told where (edge-replacements.ts). */
  inPlace: boolean;
}

const stepArb = (maxEdges: number): fc.Arbitrary<Step> =>
  fc.record({
    edges: edgeStepArb(maxEdges),
    focus: fc.option(fc.nat(), { freq: 3 }),
    hideNamespace: fc.option(fc.nat(), { freq: 4 }),
    sameView: fc.boolean(),
    inPlace: fc.boolean(),
  });

const entries = (b: Bundles) => ({
  rules: [...b.rules.entries()].map(([k, list]) => [k, list.map((e) => e.id + ' ' + e.label)]),
  ends: [...b.ends.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
});

/** Where `next` holds other objects than `prev`, and one place more (a place told may be unchanged). */
const changedPlaces = (prev: readonly GraphEdge[], next: readonly GraphEdge[]): number[] =>
  [...new Set([0, ...next.flatMap((e, i) => (e === prev[i] ? [] : [i]))])].sort((a, b) => a - b);

function runSequence(startEdges: number, steps: Step[]): { incremental: number } {
  const g = new SteppedGraph(startEdges);
  const kept = new RuleBundles();
  let incremental = 0;
  const check = (graph: PolicyGraph, drawn: ReadonlySet<string>, focus: ReadonlySet<string>) => {
    const got = kept.of(graph, drawn, focus);
    if (kept.lastWas === 'incremental') incremental++;
    expect(entries(got)).toEqual(entries(new RuleBundles().of(graph, drawn, focus)));
  };
  check({ nodes: g.nodes, edges: g.edges }, new Set(g.nodes.map((n) => n.id)), new Set());
  let view = { focus: null as number | null, hideNamespace: null as number | null };
  for (const s of steps) {
    const before = g.edges;
    g.apply(s.inPlace ? { ...s.edges, drop: [], add: [] } : s.edges);
    if (s.inPlace) tellReplaced(g.edges, before, changedPlaces(before, g.edges));
    if (!s.sameView) view = { focus: s.focus, hideNamespace: s.hideNamespace };
    const hidden = view.hideNamespace === null ? undefined : `ns:${view.hideNamespace % 5}`;
    const ids = g.nodes.map((n) => n.id).filter((id) => id !== hidden);
    const focus = new Set(view.focus === null ? [] : [ids[view.focus % ids.length]]);
    check({ nodes: g.nodes, edges: g.edges }, new Set(ids), focus);
  }
  return { incremental };
}

describe('RuleBundles', () => {
  it('equals a fresh grouping after every step, one canvas edge per node pair (fast-check)', () => {
    let incremental = 0;
    fc.assert(
      fc.property(fc.array(stepArb(200), { minLength: 1, maxLength: 8 }), (steps) => {
        incremental += runSequence(200, steps).incremental;
      }),
      { numRuns: 60 },
    );
    expect(incremental).toBeGreaterThan(0);
  });

  it('equals a fresh grouping after every step, bundled between namespaces (fast-check)', () => {
    let incremental = 0;
    fc.assert(
      fc.property(fc.array(stepArb(AGGREGATE_EDGES * 2), { minLength: 1, maxLength: 6 }), (steps) => {
        incremental += runSequence(AGGREGATE_EDGES + 200, steps).incremental;
      }),
      { numRuns: 30 },
    );
    expect(incremental).toBeGreaterThan(0);
  });

  it('groups edges that are not in id order afresh, as a fresh grouping would', () => {
    const nodes = nodesOf(2, 3);
    const ids = nodes.filter((n) => n.parentId).map((n) => n.id);
    const drawn = new Set(nodes.map((n) => n.id));
    const e = (id: string, s: number, t: number) => edge(id, ids[s], ids[t], `TCP ${id.length}`, false);
    const sorted = [e('p/1', 0, 3), e('p/2', 0, 3), e('p/3', 1, 4)];
    const bundles = new RuleBundles();
    bundles.of({ nodes, edges: sorted }, drawn, new Set());
    // A new edge appended out of order: the walk over the changes must notice and group afresh.
    const unsorted = [...sorted, e('p/0', 0, 3)];
    const got = bundles.of({ nodes, edges: unsorted }, drawn, new Set());
    expect(bundles.lastWas).toBe('fresh');
    expect(entries(got)).toEqual(entries(new RuleBundles().of({ nodes, edges: unsorted }, drawn, new Set())));
    expect([...got.rules.values()][0].map((x) => x.id)).toEqual(['p/1', 'p/2', 'p/0']);
  });

  it('hands back the same rule lists for canvas edges whose rules did not change', () => {
    const nodes = nodesOf(3, 4);
    const ids = nodes.filter((n) => n.parentId).map((n) => n.id);
    const a = edge('p1/1', ids[0], ids[5], 'TCP 80', false);
    const b = edge('p2/1', ids[1], ids[6], 'TCP 80', false);
    const drawn = new Set(nodes.map((n) => n.id));
    const bundles = new RuleBundles();
    const first = bundles.of({ nodes, edges: [a, b] }, drawn, new Set());
    const b2 = { ...b, label: 'TCP 81' };
    const second = bundles.of({ nodes, edges: [a, b2] }, drawn, new Set());
    expect(bundles.lastWas).toBe('incremental');
    const keyA = [...first.rules.keys()][0];
    expect(second.rules.get(keyA)).toBe(first.rules.get(keyA));
    expect([...second.rules.values()][1]).toEqual([b2]);
  });
});
