/** The worker → page edge delta (state/backend/graph-delta.ts): both halves together. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../src/model/graph/types.ts';
import { applyEdgesDelta, encodeEdgesDelta, indexSent } from '../../src/state/backend/graph-delta.ts';
import { sameEdgeButSpan, stabiliseGraph } from '../../src/state/stable-graph.ts';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { generate } from '../../bench/generate.ts';
import { replacedAt } from '../../src/model/graph/edge-replacements.ts';

const edge = (id: string, offset?: number): GraphEdge => ({
  id,
  source: 'a',
  target: 'b',
  policyId: 'ns/p',
  direction: 'ingress',
  ruleIndex: 0,
  peerIndex: 0,
  label: 'TCP 80',
  ...(offset === undefined ? {} : { span: { file: 'w.yaml', offset, endOffset: offset + 10, line: 3, column: 5 } }),
});

describe('edge deltas', () => {
  const a = edge('a', 0),
    b = edge('b', 20),
    c = edge('c');
  const before = [a, b, c];

  it("rebuilds the new list: kept edges by index (the page's own objects, spans moved), new ones in order", () => {
    const page = structuredClone(before); // the page's own objects, as a worker message gives them
    const heldSpan = page[1].span!;
    const d = edge('d', 40);
    // The worker's cache moved b's span in place (text typed above it) and dropped a.
    b.span!.offset = 25;
    b.span!.endOffset = 35;
    const after = [d, b, c];
    const delta = encodeEdgesDelta(indexSent(before), after);
    expect(delta.fresh).toEqual([d]);
    const applied = applyEdgesDelta(page, structuredClone(delta));
    const got = applied.edges;
    expect(got).toEqual(after);
    // d stands where a stood; b and c where they were.
    expect(applied).toMatchObject({ from: page, fresh: [0], inPlace: true });
    // Kept edges are the page's own objects, so the canvas redraws nothing for them …
    expect(got[1]).toBe(page[1]);
    expect(got[2]).toBe(page[2]);
    // … and a moved span is a new span object: whoever held the old one keeps its positions.
    expect(page[1].span).toEqual({ ...before[1].span!, offset: 25, endOffset: 35 });
    expect(heldSpan.offset).toBe(20);
  });

  it('sends an edge whole when its span changed file', () => {
    const x = edge('x', 0);
    const sent = indexSent([x]);
    x.span = { ...x.span!, file: 'other.yaml' };
    const delta = encodeEdgesDelta(sent, [x]);
    expect(delta.fresh).toEqual([x]);
    expect(applyEdgesDelta([edge('x', 0)], delta).edges).toEqual([x]);
  });
});

describe("a sent edge equal to the page's but for its span", () => {
  it("is the page's own object, with the new span", () => {
    const page = [edge('a', 0), edge('b', 20)];
    // The worker analysed the policy again: new objects, the same rules, spans moved by a comment typed above.
    const delta = encodeEdgesDelta(indexSent([edge('a', 0), edge('b', 20)]), [edge('a', 5), edge('b', 25)]);
    expect(delta.fresh).toHaveLength(2);
    const held = page[0].span!;
    const applied = applyEdgesDelta(page, delta);
    // Nothing but spans changed: the page's list itself, so nothing downstream sees a new list.
    expect(applied.edges).toBe(page);
    expect(applied).toMatchObject({ fresh: [], inPlace: true });
    expect(page.map((e) => e.span!.offset)).toEqual([5, 25]);
    expect(held.offset).toBe(0);
  });
});

describe('delta and landing together, on any edit of the edge list', () => {
  // The worker's last list (its own objects) and the page's (equal copies, as a message gives them). Each
  // edge is kept (the worker's same object, its span sometimes moved in place, as GraphCache does), rebuilt
  // equal but for a moved span, rebuilt with a changed label, or dropped; new edges come in id order. The
  // page applies the delta and lands the graph with what the delta told it: the result must equal the new
  // list, hold the page's object exactly where an equal one was, be the page's graph itself when nothing
  // changed, and be what the full walk (no delta) makes of the same lists.
  const base = deriveGraph(
    loadWorkspace([{ name: 'w.yaml', text: generate({ namespaces: 3, workloads: 12, policies: 8 }) }]),
  );
  const op = fc.constantFrom('keep', 'keep-moved', 'rebuilt', 'changed', 'dropped');
  it('keeps exactly the equal objects, in order, and skips the walk only when it may', () => {
    fc.assert(
      fc.property(
        fc.array(op, { minLength: base.edges.length, maxLength: base.edges.length }),
        fc.nat(4),
        // Half the runs keep the list's length and order (no edge dropped or added): the delta's in-place case.
        fc.boolean(),
        (drawn, drawnAdded, inPlace) => {
          const ops = inPlace ? drawn.map((o) => (o === 'dropped' ? 'changed' : o)) : drawn;
          const added = inPlace ? 0 : drawnAdded;
          const worker = base.edges.map((e) => ({ ...e, span: e.span && { ...e.span } }));
          const sent = indexSent(worker);
          const page = structuredClone(worker);
          const shown = { nodes: base.nodes, edges: page };
          const next: GraphEdge[] = [];
          worker.forEach((e, i) => {
            const moved = e.span && { ...e.span, offset: e.span.offset + 3 };
            if (ops[i] === 'keep') next.push(e);
            else if (ops[i] === 'keep-moved') {
              e.span = moved;
              next.push(e);
            } else if (ops[i] === 'rebuilt') next.push({ ...e, span: moved });
            else if (ops[i] === 'changed') next.push({ ...e, label: `${e.label} changed` });
            if (i < added) next.push({ ...e, id: `${e.id}\u0000new` }); // sorts right after its namesake
          });
          const expected = structuredClone(next);
          const applied = applyEdgesDelta(page, structuredClone(encodeEdgesDelta(sent, next)));
          const out = stabiliseGraph(shown, { nodes: base.nodes, edges: applied.edges }, applied);
          expect(out.edges).toEqual(expected);
          const olds = new Map(page.map((e) => [e.id, e]));
          out.edges.forEach((e, i) => {
            const old = olds.get(e.id);
            expect(e).toBe(old && sameEdgeButSpan(old, next[i]) ? old : applied.edges[i]);
          });
          const unchanged = added === 0 && ops.every((o) => o !== 'changed' && o !== 'dropped');
          expect(out === shown).toBe(unchanged);
          // Where the landed list says it replaced the page's edges (edge-replacements.ts), and nowhere else.
          const at = replacedAt(page, out.edges);
          if (at) out.edges.forEach((e, k) => e !== page[k] && expect(at).toContain(k));
          const walked = stabiliseGraph(shown, { nodes: base.nodes, edges: applied.edges });
          expect(walked.edges.every((e, i) => e === out.edges[i])).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
