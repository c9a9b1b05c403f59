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

  it('rebuilds the new list: kept edges by index, new ones in order, spans that moved copied', () => {
    const page = structuredClone(before); // the page's own objects, as a worker message gives them
    const d = edge('d', 40);
    // The worker's cache moved b's span in place (text typed above it) and dropped a.
    b.span!.offset = 25;
    b.span!.endOffset = 35;
    const after = [d, b, c];
    const delta = encodeEdgesDelta(indexSent(before), after);
    expect(delta.fresh).toEqual([d]);
    const got = applyEdgesDelta(page, structuredClone(delta));
    expect(got).toEqual(after);
    expect(got[2]).toBe(page[2]); // unchanged: the page's own object, so the canvas redraws nothing
    expect(got[1]).not.toBe(page[1]); // moved: a copy, the old object (maybe on screen) keeps its span
    expect(page[1].span!.offset).toBe(20);
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
