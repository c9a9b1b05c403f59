/**
 * CollapseCache (model/graph/collapse.ts) collapses the successive graphs of one canvas, re-pointing only
 * the rule edges that changed. After every step of a random sequence (rules dropped, changed and added as
 * typing does, namespaces added, other namespaces collapsed) it must give what collapseGraph gives, and an
 * edge unchanged since the last step must be drawn as the very same object (what lets the canvas skip it),
 * and while the nodes and the collapsed namespaces stay, the drawn nodes are the very same array (what lets
 * the canvas skip placing and building its nodes on a keystroke that changes only rules).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CollapseCache, collapseGraph } from '../../src/model/graph/collapse.ts';
import type { GraphEdge } from '../../src/model/graph/types.ts';
import { replacedAt, tellReplaced } from '../../src/model/graph/edge-replacements.ts';
import { edgeStepArb, SteppedGraph } from '../graph/synthetic-graphs.ts';

describe('CollapseCache', () => {
  it('equals collapseGraph after every step, and keeps the objects of unchanged edges (fast-check)', () => {
    let kept = 0;
    let keptNodes = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ edges: edgeStepArb(400), collapse: fc.subarray([0, 1, 2, 3, 4, 5, 6]) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.subarray([0, 1, 2, 3, 4]),
        (steps, first) => {
          const g = new SteppedGraph(400);
          const cache = new CollapseCache();
          let collapsed: ReadonlySet<string> = new Set(first.map((n) => `ns:${n}`));
          let before = cache.collapse({ nodes: g.nodes, edges: g.edges }, collapsed);
          let beforeInput: readonly GraphEdge[] = g.edges;
          let beforeNodes = g.nodes;
          for (const s of steps) {
            g.apply(s.edges);
            // Mostly the same namespaces collapsed (typing); sometimes another choice.
            const rechosen = s.collapse.length % 3 === 0;
            if (rechosen) collapsed = new Set(s.collapse.map((n) => `ns:${n}`));
            const graph = { nodes: g.nodes, edges: g.edges };
            const got = cache.collapse(graph, collapsed);
            expect(got).toEqual(collapseGraph(graph, collapsed));
            if (!rechosen && g.nodes === beforeNodes && got.nodes.length < g.nodes.length) {
              expect(got.nodes).toBe(before.nodes);
              keptNodes++;
            }
            // With the same namespaces collapsed, an unchanged input edge is drawn as the same object as before.
            const drawnBefore = new Map(before.edges.map((e) => [e.id, e]));
            const unchanged = new Set(beforeInput.filter((e) => g.edges.includes(e)).map((e) => e.id));
            for (const e of got.edges)
              if (!rechosen && unchanged.has(e.id) && drawnBefore.has(e.id)) {
                expect(e).toBe(drawnBefore.get(e.id));
                kept++;
              }
            before = got;
            beforeInput = g.edges;
            beforeNodes = g.nodes;
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(kept).toBeGreaterThan(0);
    expect(keptNodes).toBeGreaterThan(0);
  });

  it('equals collapseGraph after edges changed in place, as typing a port does (fast-check)', () => {
    // The same ids at the same places, some relabelled, some re-pointed at another node (which can move an
    // edge into a collapsed namespace or out of one): the cache patches its last drawing, or walks.
    let kept = 0;
    let told = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            relabel: fc.array(fc.nat(399), { maxLength: 5 }),
            repoint: fc.array(fc.record({ edge: fc.nat(399), to: fc.nat(39) }), { maxLength: 2 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }),
        // Whether the new list comes told where it changed (edge-replacements.ts), as the worker's delta tells.
        fc.boolean(),
        (steps, first, tell) => {
          const g = new SteppedGraph(400);
          const collapsed = new Set(first.map((n) => `ns:${n}`));
          const cache = new CollapseCache();
          let edges: GraphEdge[] = g.edges;
          let before = cache.collapse({ nodes: g.nodes, edges }, collapsed);
          for (const s of steps) {
            const relabel = new Set(s.relabel);
            const repoint = new Map(s.repoint.map((r) => [r.edge, g.nodes[r.to % g.nodes.length].id]));
            const prevEdges = edges;
            edges = edges.map((e, i) =>
              repoint.has(i)
                ? { ...e, target: repoint.get(i)! }
                : relabel.has(i)
                  ? { ...e, label: e.label === 'TCP 80' ? 'UDP 53' : 'TCP 80' }
                  : e,
            );
            // Told with one place more than changed (a place told may hold the same object).
            const changedAt = edges.flatMap((e, i) => (e === prevEdges[i] ? [] : [i]));
            if (tell)
              tellReplaced(
                edges,
                prevEdges,
                [...new Set([0, ...changedAt])].sort((a, b) => a - b),
              );
            const graph = { nodes: g.nodes, edges };
            const got = cache.collapse(graph, collapsed);
            expect(got).toEqual(collapseGraph(graph, collapsed));
            // Where the drawing says it changed, it did not change anywhere else.
            const at = replacedAt(before.edges, got.edges);
            if (at) {
              told++;
              got.edges.forEach((e, k) => e !== before.edges[k] && expect(at).toContain(k));
            }
            const drawnBefore = new Map(before.edges.map((e) => [e.id, e]));
            for (const e of got.edges) {
              const i = edges.findIndex((x) => x.id === e.id);
              if (edges[i] === prevEdges[i] && drawnBefore.has(e.id)) {
                expect(e).toBe(drawnBefore.get(e.id));
                kept++;
              }
            }
            if (edges.every((e, i) => e === prevEdges[i])) expect(got.edges).toBe(before.edges);
            before = got;
          }
        },
      ),
      { numRuns: 80 },
    );
    expect(kept).toBeGreaterThan(0);
    expect(told).toBeGreaterThan(0);
  });
});
