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
import type { GraphEdge, GraphNode, PolicyGraph } from '../../src/model/graph/types.ts';
import { compareIds } from '../../src/model/graph/ids.ts';
import { AGGREGATE_EDGES, RuleBundles, type Bundles } from '../../src/ui/canvas/rule-bundles.ts';

const node = (id: string, parentId?: string): GraphNode =>
  ({
    id,
    kind: parentId ? 'workload' : id.startsWith('ns:') ? 'namespace' : 'cidr',
    label: id,
    parentId,
    selectedBy: [],
    isolated: { ingress: false, egress: false },
  }) as GraphNode;

const edge = (id: string, source: string, target: string, label: string, deny: boolean): GraphEdge =>
  ({
    id,
    source,
    target,
    policyId: id.split('/')[0],
    direction: 'ingress',
    ruleIndex: 0,
    peerIndex: 0,
    label,
    ...(deny ? { cluster: { action: 'Deny' } } : {}),
  }) as GraphEdge;

/** A world of namespaces with workloads, and two nodes outside any namespace. */
function nodesOf(namespaces: number, perNamespace: number): GraphNode[] {
  const out: GraphNode[] = [node('cidr:a'), node('cidr:b')];
  for (let n = 0; n < namespaces; n++) {
    out.push(node(`ns:${n}`));
    for (let w = 0; w < perNamespace; w++) out.push(node(`wl:${n}/${w}`, `ns:${n}`));
  }
  return out.sort(compareIds);
}

/** One step of a sequence: which rules go, which change their label, how many come, what is drawn. */
interface Step {
  drop: number[];
  relabel: number[];
  add: { from: number; to: number; deny: boolean }[];
  newNamespace: boolean;
  focus: number | null;
  hideNamespace: number | null;
}

const stepArb = (maxEdges: number): fc.Arbitrary<Step> =>
  fc.record({
    drop: fc.array(fc.nat(maxEdges), { maxLength: 6 }),
    relabel: fc.array(fc.nat(maxEdges), { maxLength: 6 }),
    add: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), deny: fc.boolean() }), { maxLength: 6 }),
    newNamespace: fc.boolean(),
    focus: fc.option(fc.nat(), { freq: 3 }),
    hideNamespace: fc.option(fc.nat(), { freq: 4 }),
  });

const entries = (b: Bundles) => ({
  rules: [...b.rules.entries()].map(([k, list]) => [k, list.map((e) => e.id + ' ' + e.label)]),
  ends: [...b.ends.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
});

function runSequence(startEdges: number, steps: Step[]): { incremental: number } {
  let nodes = nodesOf(5, 8);
  let serial = 0;
  const pick = (i: number) => nodes[i % nodes.length].id;
  let edges: GraphEdge[] = [];
  for (let i = 0; i < startEdges; i++)
    edges.push(
      edge(`p${i % 37}/${String(serial++).padStart(6, '0')}`, pick(i * 7), pick(i * 13 + 5), 'TCP 80', i % 11 === 0),
    );
  edges.sort(compareIds);
  const kept = new RuleBundles();
  let incremental = 0;
  const check = (graph: PolicyGraph, drawn: ReadonlySet<string>, focus: ReadonlySet<string>) => {
    const got = kept.of(graph, drawn, focus);
    if (kept.lastWas === 'incremental') incremental++;
    expect(entries(got)).toEqual(entries(new RuleBundles().of(graph, drawn, focus)));
  };
  let drawn: ReadonlySet<string> = new Set(nodes.map((n) => n.id));
  check({ nodes, edges }, drawn, new Set());
  for (const s of steps) {
    const drop = new Set(s.drop.map((i) => edges[i % edges.length]));
    const relabel = new Set(s.relabel.map((i) => edges[i % edges.length]));
    edges = edges
      .filter((e) => !drop.has(e))
      .map((e) => (relabel.has(e) ? { ...e, label: e.label === 'TCP 80' ? 'UDP 53' : 'TCP 80' } : e));
    if (s.newNamespace) {
      const n = nodes.filter((x) => x.kind === 'namespace').length;
      nodes = [...nodes, node(`ns:${n}`), node(`wl:${n}/0`, `ns:${n}`)].sort(compareIds);
    }
    for (const a of s.add)
      edges.push(
        edge(`p${a.from % 37}/${String(serial++).padStart(6, '0')}`, pick(a.from), pick(a.to), 'TCP 443', a.deny),
      );
    edges.sort(compareIds);
    const hidden = s.hideNamespace === null ? undefined : `ns:${s.hideNamespace % 5}`;
    const ids = nodes.map((n) => n.id).filter((id) => id !== hidden);
    drawn = new Set(ids);
    const focus = new Set(s.focus === null ? [] : [ids[s.focus % ids.length]]);
    check({ nodes, edges }, drawn, focus);
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
