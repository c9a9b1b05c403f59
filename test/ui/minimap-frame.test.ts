/**
 * The minimap's frame (src/ui/canvas/geometry/minimap-frame.ts): the graph and the view fit inside the
 * minimap whatever their shape, keep their proportions, and a click maps back to the flow point drawn
 * under it (the minimap pans the canvas there).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameFor, toFlow, toMiniMap, unionOf, type Box } from '../../src/ui/canvas/geometry/minimap-frame.ts';

const boxArb: fc.Arbitrary<Box> = fc.record({
  x: fc.integer({ min: -50_000, max: 50_000 }),
  y: fc.integer({ min: -50_000, max: 50_000 }),
  width: fc.integer({ min: 1, max: 20_000 }),
  height: fc.integer({ min: 1, max: 20_000 }),
});

describe('minimap frame', () => {
  it('unites boxes, and has nothing to unite when there are none', () => {
    expect(
      unionOf([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: -5, y: 20, width: 10, height: 5 },
      ]),
    ).toEqual({ x: -5, y: 0, width: 15, height: 25 });
    expect(unionOf([])).toBeUndefined();
  });

  it('draws every box inside the minimap, within its padding', () => {
    fc.assert(
      fc.property(fc.array(boxArb, { minLength: 1, maxLength: 8 }), (boxes) => {
        const content = unionOf(boxes)!;
        const f = frameFor(content, 168, 112, 4);
        for (const b of boxes) {
          const [x0, y0] = toMiniMap(f, b.x, b.y);
          const [x1, y1] = toMiniMap(f, b.x + b.width, b.y + b.height);
          expect(x0).toBeGreaterThanOrEqual(4 - 1e-6);
          expect(y0).toBeGreaterThanOrEqual(4 - 1e-6);
          expect(x1).toBeLessThanOrEqual(164 + 1e-6);
          expect(y1).toBeLessThanOrEqual(108 + 1e-6);
        }
      }),
    );
  });

  it('keeps proportions and centres a wide graph', () => {
    const f = frameFor({ x: 0, y: 0, width: 1600, height: 100 }, 168, 112, 4);
    expect(f.scale).toBeCloseTo(160 / 1600);
    const [, top] = toMiniMap(f, 0, 0);
    const [, bottom] = toMiniMap(f, 0, 100);
    expect((top + bottom) / 2).toBeCloseTo(56);
  });

  it('maps a minimap pixel back to the flow point drawn there', () => {
    fc.assert(
      fc.property(
        boxArb,
        fc.double({ min: 0, max: 168, noNaN: true }),
        fc.double({ min: 0, max: 112, noNaN: true }),
        (b, px, py) => {
          const f = frameFor(b, 168, 112);
          const [x, y] = toFlow(f, px, py);
          const [qx, qy] = toMiniMap(f, x, y);
          expect(qx).toBeCloseTo(px, 6);
          expect(qy).toBeCloseTo(py, 6);
        },
      ),
    );
  });
});
