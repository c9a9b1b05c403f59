/**
 * Edge label pills placed clear of cards, namespace titles and each other
 * (src/ui/canvas/geometry/label-placer.ts, edge-layout.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../src/ui/canvas/geometry/floating.ts';
import { layoutEdges } from '../../src/ui/canvas/geometry/edge-layout.ts';
import { candidates, pillSize, placeLabels } from '../../src/ui/canvas/geometry/label-placer.ts';
import { EdgeRouter } from '../../src/ui/canvas/geometry/route-all.ts';
import type { Point } from '../../src/ui/canvas/geometry/router.ts';

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const pill = (c: Point, w: number, h: number): Rect => ({ x: c.x - w / 2, y: c.y - h / 2, width: w, height: h });

describe('candidates', () => {
  it('starts in the middle of the path and moves out towards both ends', () => {
    const path = [
      { x: 0, y: 0 },
      { x: 200, y: 0 },
    ];
    const c = candidates(path, 10);
    expect(c[0]).toEqual({ x: 100, y: 0 });
    expect(Math.abs(c[1].x - 100)).toBeCloseTo(Math.abs(c[2].x - 100));
    expect(c[1].x).not.toBe(c[2].x);
    // Never on the ends themselves (the arrowhead and the cards).
    for (const p of c) expect(p.x > 0 && p.x < 200).toBe(true);
  });
});

describe('placeLabels', () => {
  // Two parallel edges 10 px apart: their middles collide ("TCP 5432" over "UDP 53, TCP 53").
  const a = [
    { x: 0, y: 100 },
    { x: 400, y: 100 },
  ];
  const b = [
    { x: 0, y: 110 },
    { x: 400, y: 110 },
  ];
  const size = { width: 80, height: 21 };

  it('moves the second of two colliding labels along its own path', () => {
    const at = placeLabels(
      [
        { id: 'a', path: a, ...size },
        { id: 'b', path: b, ...size },
      ],
      [],
    );
    const pa = at.get('a')!,
      pb = at.get('b')!;
    expect(pa).not.toBeNull();
    expect(pb).not.toBeNull();
    expect(pb.y).toBe(110); // still on its own edge
    expect(overlap(pill(pa, 80, 21), pill(pb, 80, 21))).toBe(false);
  });

  it('keeps labels off cards and namespace titles', () => {
    const cardInMiddle: Rect = { x: 150, y: 80, width: 100, height: 40 };
    const title: Rect = { x: 0, y: 90, width: 120, height: 30 };
    const at = placeLabels([{ id: 'a', path: a, ...size }], [cardInMiddle, title]);
    const p = at.get('a')!;
    expect(p).not.toBeNull();
    expect(overlap(pill(p, 80, 21), cardInMiddle)).toBe(false);
    expect(overlap(pill(p, 80, 21), title)).toBe(false);
  });

  it('leaves a label unplaced (shown on hover) when its whole path is covered', () => {
    const cover: Rect = { x: -20, y: 60, width: 440, height: 80 };
    expect(placeLabels([{ id: 'a', path: a, ...size }], [cover]).get('a')).toBeNull();
  });

  it('places the selected edge first', () => {
    const short = [
      { x: 150, y: 100 },
      { x: 250, y: 100 },
    ];
    const at = placeLabels(
      [
        { id: 'short', path: short, ...size },
        { id: 'chosen', path: a, ...size, priority: 1 },
      ],
      [],
    );
    expect(at.get('chosen')).toEqual({ x: 200, y: 100 });
  });
});

describe('layoutEdges', () => {
  it('routes and labels three tiers without a pill on a card, a title or another pill', () => {
    const cards = new Map<string, Rect>([
      ['web', { x: 20, y: 52, width: 200, height: 58 }],
      ['api', { x: 300, y: 52, width: 200, height: 58 }],
      ['db', { x: 580, y: 52, width: 200, height: 58 }],
    ]);
    const title: Rect = { x: 0, y: 0, width: 800, height: 38 };
    const edges = [
      { id: 'w-a', source: 'web', target: 'api', label: 'TCP 8080' },
      { id: 'a-d', source: 'api', target: 'db', label: 'TCP 5432' },
      { id: 'w-d', source: 'web', target: 'db', label: 'TCP 5432', note: 'blocked at ingress' },
    ];
    const geometry = layoutEdges(edges, cards, [title], new EdgeRouter())!;
    const pills = edges.map((e) => {
      const g = geometry.get(e.id)!;
      expect(g.labelPlaced, e.id).toBe(true);
      const s = pillSize(e.label, e.note);
      return pill({ x: g.labelX, y: g.labelY }, s.width, s.height);
    });
    for (const p of pills) {
      for (const c of cards.values()) expect(overlap(p, c)).toBe(false);
      expect(overlap(p, title)).toBe(false);
    }
    expect(overlap(pills[0], pills[1]) || overlap(pills[0], pills[2]) || overlap(pills[1], pills[2])).toBe(false);
  });
});
