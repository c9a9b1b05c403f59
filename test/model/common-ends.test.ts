/**
 * commonEnds (src/model/manifests/common-ends.ts) compares block by block before char by char: it must
 * find exactly the prefix and suffix a plain char-by-char scan finds, whatever the lengths and wherever
 * the edit falls relative to the blocks, and never let the two overlap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonEnds } from '../../src/model/manifests/common-ends.ts';

function naive(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a[p] === b[p]) p++;
  let s = 0;
  while (s < max - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return [p, s];
}

describe('commonEnds', () => {
  it('equals a char-by-char scan for edits anywhere in texts of a few blocks (fast-check)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '-', ' '), minLength: 0, maxLength: 5000 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat({ max: 1500 }), fc.string({ maxLength: 1200 }), (a, at, del, insert) => {
        const i = a.length ? at % (a.length + 1) : 0;
        const b = a.slice(0, i) + insert + a.slice(i + del);
        expect(commonEnds(a, b)).toEqual(naive(a, b));
        expect(commonEnds(b, a)).toEqual(naive(b, a));
      }),
      { numRuns: 400 },
    );
  });

  it('finds a one-character edit in a long text of repeated lines', () => {
    const a = 'kind: Pod\n'.repeat(20_000);
    const at = 123_457;
    const b = a.slice(0, at) + 'x' + a.slice(at);
    expect(commonEnds(a, b)).toEqual(naive(a, b));
    expect(commonEnds(a, a)).toEqual([a.length, 0]);
  });
});
