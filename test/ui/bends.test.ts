/**
 * Edges that would run through a card bend around it (src/ui/canvas/bends.ts).
 * The layouts are the ones users meet: three tiers in a row (web → api → db,
 * plus web → db directly), nodes inside a namespace box, and a column.
 */
import { describe, expect, it } from 'vitest';
import {
  BEND_CHECK_LIMIT,
  cardRects,
  edgesToBend,
  segmentHitsRect,
  withBends,
} from '../../src/ui/canvas/geometry/bends.ts';
import type { Rect } from '../../src/ui/canvas/geometry/floating.ts';

const card = (x: number, y: number): Rect => ({ x, y, width: 200, height: 56 });
const row = new Map([
  ['web', card(0, 0)],
  ['api', card(300, 0)],
  ['db', card(600, 0)],
]);
const edge = (source: string, target: string) => ({ id: `${source}->${target}`, source, target });

describe('segmentHitsRect', () => {
  const r = { x: 10, y: 10, width: 10, height: 10 };
  it('sees segments through, into and past a rectangle', () => {
    expect(segmentHitsRect(0, 15, 30, 15, r)).toBe(true); // straight through
    expect(segmentHitsRect(0, 0, 15, 15, r)).toBe(true); // ends inside
    expect(segmentHitsRect(0, 5, 30, 5, r)).toBe(false); // above
    expect(segmentHitsRect(0, 0, 5, 30, r)).toBe(false); // beside
    expect(segmentHitsRect(15, 0, 15, 8, r)).toBe(false); // stops short
  });
});

describe('edgesToBend', () => {
  it('bends the edge that skips over the middle tier, not the edges between neighbours', () => {
    const bent = edgesToBend([edge('web', 'api'), edge('api', 'db'), edge('web', 'db')], row);
    expect([...bent]).toEqual(['web->db']);
  });

  it('leaves a diagonal edge alone when nothing is in its way', () => {
    const cards = new Map([
      ['a', card(0, 0)],
      ['b', card(400, 300)],
      ['c', card(0, 300)],
    ]);
    expect(edgesToBend([edge('a', 'b')], cards).size).toBe(0);
  });

  it('skips the test on graphs too big for it', () => {
    const many = new Map(Array.from({ length: 400 }, (_, i) => [`n${i}`, card(i * 300, 0)] as const));
    const edges = Array.from({ length: Math.ceil(BEND_CHECK_LIMIT / 400) + 1 }, () => edge('n0', 'n399'));
    expect(edgesToBend(edges, many).size).toBe(0);
    expect(edgesToBend(edges.slice(0, 1), many).size).toBe(1);
  });
});

describe('cardRects and withBends', () => {
  it('places children in their namespace box and marks only the edges that bend, keeping the others', () => {
    // A namespace box at (100, 50) holding the three tiers in a row.
    const nodes = [
      { id: 'ns:shop', kind: 'namespace' },
      { id: 'web', kind: 'workload', parentId: 'ns:shop' },
      { id: 'api', kind: 'workload', parentId: 'ns:shop' },
      { id: 'db', kind: 'workload', parentId: 'ns:shop' },
    ];
    const placed = {
      'ns:shop': { x: 100, y: 50, width: 900, height: 150 },
      web: card(20, 50),
      api: card(320, 50),
      db: card(620, 50),
    };
    const cards = cardRects(nodes, placed);
    expect(cards.get('api')).toEqual({ x: 420, y: 100, width: 200, height: 56 });
    expect(cards.has('ns:shop')).toBe(false);
    const edges = [
      { ...edge('web', 'api'), data: {} },
      { ...edge('web', 'db'), data: {} },
    ];
    const out = withBends(edges, nodes.length, () => cards);
    expect(out[0]).toBe(edges[0]);
    expect(out[1].data).toEqual({ bend: true });
    // Nothing changes the second time: the very same array.
    expect(withBends(out, nodes.length, () => cards)).toBe(out);
    // A bent edge is straightened once the card in its way moves.
    const moved = new Map(cards);
    moved.set('api', { ...cards.get('api')!, y: cards.get('api')!.y + 300 });
    expect(withBends(out, nodes.length, () => moved)[1].data).toEqual({ bend: false });
  });
});
