/**
 * Edges routed around cards (src/ui/canvas/geometry/router.ts, route-all.ts): the layouts users meet —
 * three tiers in a row with web → db skipping over api, a card walled in, A→B and B→A on one pair, and a
 * dragged card landing on a route.
 */
import { describe, expect, it } from 'vitest';
import { segmentHitsRect } from '../../src/ui/canvas/geometry/bends.ts';
import type { Rect } from '../../src/ui/canvas/geometry/floating.ts';
import { crossesAny, EdgeRouter, ROUTE_LIMIT } from '../../src/ui/canvas/geometry/route-all.ts';
import { CLEARANCE, routeBetween, type Point } from '../../src/ui/canvas/geometry/router.ts';

const card = (x: number, y: number, width = 200, height = 58): Rect => ({ x, y, width, height });
const web = card(0, 0);
const api = card(300, 0);
const db = card(600, 0);

const onBorder = (p: Point, r: Rect) =>
  ((p.x === r.x || p.x === r.x + r.width) && p.y >= r.y && p.y <= r.y + r.height) ||
  ((p.y === r.y || p.y === r.y + r.height) && p.x >= r.x && p.x <= r.x + r.width);

const axisAligned = (pts: readonly Point[]) =>
  pts.every((p, i) => i === 0 || p.x === pts[i - 1].x || p.y === pts[i - 1].y);

/** Closest distance from the route to the rectangle (0 when it touches or crosses). */
function clearance(pts: readonly Point[], r: Rect): number {
  let best = Infinity;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1],
      b = pts[i];
    const x1 = Math.min(a.x, b.x),
      x2 = Math.max(a.x, b.x),
      y1 = Math.min(a.y, b.y),
      y2 = Math.max(a.y, b.y);
    const dx = Math.max(0, r.x - x2, x1 - (r.x + r.width));
    const dy = Math.max(0, r.y - y2, y1 - (r.y + r.height));
    best = Math.min(best, Math.hypot(dx, dy));
  }
  return best;
}

describe('routeBetween', () => {
  it('goes around the card a straight line from web to db would cross', () => {
    // The straight line between the facing sides runs right through api.
    expect(segmentHitsRect(200, 29, 600, 29, api)).toBe(true);
    const route = routeBetween(web, db, [web, api, db])!;
    expect(route).not.toBeNull();
    expect(axisAligned(route)).toBe(true);
    expect(onBorder(route[0], web)).toBe(true);
    expect(onBorder(route[route.length - 1], db)).toBe(true);
    expect(crossesAny(route, [web, api, db])).toBe(false);
    // And keeps its distance from the card it passes.
    expect(clearance(route, api)).toBeGreaterThanOrEqual(CLEARANCE - 0.01);
  });

  it('runs straight between neighbours with nothing in between', () => {
    const route = routeBetween(web, api, [web, api, db])!;
    expect(route).toEqual([
      { x: 200, y: 29 },
      { x: 300, y: 29 },
    ]);
  });

  it('finds the gap between two cards rather than the long way round', () => {
    // A wall of two cards with a 60 px gap between them, right between the two ends.
    const top = card(200, 0);
    const left = card(70, 150);
    const right = card(330, 150);
    const bottom = card(200, 300);
    const route = routeBetween(top, bottom, [top, left, right, bottom])!;
    expect(crossesAny(route, [top, left, right, bottom])).toBe(false);
    // Through the gap (x between 270 and 330), never out past the wall's ends.
    for (const p of route) expect(p.x > 270 && p.x < 330, `${p.x}`).toBe(true);
  });

  it('says so when the target is walled in', () => {
    const target = card(300, 300);
    const walls = [card(100, 180, 600, 40), card(100, 480, 600, 40), card(100, 220, 40, 260), card(660, 220, 40, 260)];
    expect(routeBetween(web, target, [web, target, ...walls], undefined, 60)).toBeNull();
  });
});

describe('EdgeRouter', () => {
  const cards = new Map([
    ['web', web],
    ['api', api],
    ['db', db],
  ]);
  const edge = (source: string, target: string) => ({ id: `${source}->${target}`, source, target });

  it('routes every edge clear of every card but its own ends', () => {
    const routes = new EdgeRouter().route([edge('web', 'api'), edge('api', 'db'), edge('web', 'db')], cards)!;
    for (const [id, pts] of routes) expect(crossesAny(pts, [web, api, db]), id).toBe(false);
  });

  it('gives A→B and B→A their own ends on the shared sides', () => {
    const routes = new EdgeRouter().route([edge('web', 'api'), edge('api', 'web')], cards)!;
    const there = routes.get('web->api')!,
      back = routes.get('api->web')!;
    expect(there[0]).not.toEqual(back[back.length - 1]);
    expect(there[there.length - 1]).not.toEqual(back[0]);
    for (const pts of [there, back]) expect(crossesAny(pts, [web, api, db])).toBe(false);
  });

  it('re-routes the edge a dragged card now sits on, and keeps the others', () => {
    const router = new EdgeRouter();
    const cache = new Map([
      ['web', web],
      ['api', card(300, 200)],
      ['db', db],
      ['cache', card(0, 400)],
    ]);
    const edges = [edge('web', 'db'), edge('api', 'cache')];
    const first = router.route(edges, cache)!;
    const straight = first.get('web->db')!;
    // Drop api onto the straight web → db route.
    const moved = new Map(cache).set('api', card(300, 0));
    const second = router.route(edges, moved)!;
    expect(crossesAny(straight, [moved.get('api')!])).toBe(true);
    expect(crossesAny(second.get('web->db')!, [...moved.values()])).toBe(false);
    expect(crossesAny(second.get('api->cache')!, [...moved.values()])).toBe(false);
  });

  it('hands back the very same routes when asked again for the same edges between the same cards', () => {
    const router = new EdgeRouter();
    const edges = [edge('web', 'api'), edge('api', 'db')];
    const first = router.route(edges, cards)!;
    // New objects with the same ends and rectangles, as each render builds them (a port typed).
    const again = router.route(
      edges.map((e) => ({ ...e })),
      new Map([...cards].map(([id, r]) => [id, { ...r }])),
    );
    expect(again).toBe(first);
    // Another end, or a card moved by a pixel: routed again.
    const other = router.route([edge('web', 'api'), edge('web', 'db')], cards)!;
    expect(other).not.toBe(first);
    expect([...other.keys()]).toEqual(['web->api', 'web->db']);
    const nudged = router.route(
      [edge('web', 'api'), edge('web', 'db')],
      new Map(cards).set('db', { ...db, x: db.x + 1 }),
    );
    expect(nudged).not.toBe(other);
    expect(nudged!.get('web->db')).not.toEqual(other.get('web->db'));
  });

  it('does not route above its size limit (the canvas then draws plain curves)', () => {
    const many = new Map(
      Array.from({ length: 600 }, (_, i) => [`n${i}`, card((i % 30) * 260, Math.floor(i / 30) * 120)]),
    );
    const edges = Array.from({ length: Math.ceil(ROUTE_LIMIT / 600) + 1 }, (_, i) =>
      edge(`n${i % 600}`, `n${(i + 1) % 600}`),
    );
    expect(new EdgeRouter().route(edges, many)).toBeNull();
  });
});

describe('a rule from a workload to itself', () => {
  it('loops outside its card, from the right side to the top, and crosses no card', () => {
    const router = new EdgeRouter();
    const cards = new Map([
      ['web', web],
      ['api', api],
    ]);
    const routes = router.route([{ id: 'self', source: 'web', target: 'web' }], cards)!;
    const loop = routes.get('self')!;
    expect(onBorder(loop[0], web)).toBe(true);
    expect(onBorder(loop[loop.length - 1], web)).toBe(true);
    expect(axisAligned(loop)).toBe(true);
    // Only its two ends touch the card: every segment between them stays outside it and away from api.
    for (let i = 2; i < loop.length - 1; i++)
      expect(segmentHitsRect(loop[i - 1].x, loop[i - 1].y, loop[i].x, loop[i].y, web)).toBe(false);
    expect(crossesAny(loop, [api])).toBe(false);
  });
});
