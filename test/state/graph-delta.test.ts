/** The worker → page edge delta (state/backend/graph-delta.ts): both halves together. */
import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../src/model/graph/types.ts';
import { applyEdgesDelta, encodeEdgesDelta, indexSent } from '../../src/state/backend/graph-delta.ts';

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
    const got = applyEdgesDelta(page, structuredClone(delta));
    expect(got).toEqual(after);
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
    expect(applyEdgesDelta([edge('x', 0)], delta)).toEqual([x]);
  });
});
