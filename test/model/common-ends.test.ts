/**
 * commonEnds (src/model/manifests/common-ends.ts) compares block by block before char by char: it must
 * find exactly the prefix and suffix a plain char-by-char scan finds, whatever the lengths and wherever
 * the edit falls relative to the blocks, and never let the two overlap. Told the edits that made a text
 * (KnownEdits, as the analysis worker tells each keystroke it decodes), it starts its scans where the edits
 * were, and must still find exactly that, from any of the last texts told, edits after edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonEnds, KnownEdits } from '../../src/model/manifests/common-ends.ts';

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

  it('told the edits since an earlier text, still equals a char-by-char scan from it (fast-check)', () => {
    // Few letters, in the text and in what is typed: an edit next to the same letters makes the real common ends
    // longer than the edit says, and the scans must find them.
    const unit = fc.constantFrom('a', 'b', '\n', '-');
    const text = fc.string({ unit, minLength: 0, maxLength: 3000 });
    // Typing and deleting a few characters as often as long replacements.
    const del = fc.oneof(fc.constant(0), fc.nat({ max: 4 }), fc.nat({ max: 1500 }));
    const edit = fc.record({ at: fc.nat(), del, insert: fc.string({ unit, maxLength: 1200 }) });
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 6 }), (base, edits) => {
        const known = new KnownEdits();
        const texts = [base];
        for (const { at, del, insert } of edits) {
          const before = texts[texts.length - 1];
          const start = before.length ? at % (before.length + 1) : 0;
          const end = Math.min(before.length, start + del);
          const after = before.slice(0, start) + insert + before.slice(end);
          known.tell(before, after, start, end);
          texts.push(after);
        }
        const latest = texts[texts.length - 1];
        // The last few texts told are kept; older ones are compared as untold texts: the same answer either way.
        for (const earlier of texts) {
          expect(known.commonEnds(earlier, latest)).toEqual(naive(earlier, latest));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a text told as another with the same characters is not mistaken for it', () => {
    const a = 'kind: Pod\n'.repeat(500);
    const b = `${a.slice(0, 2000)}x${a.slice(2000)}`;
    const known = new KnownEdits();
    known.tell(a, b, 2000, 2000);
    // Equal to `a` character for character but for one place, and of its length: compared, not trusted.
    const c = `${a.slice(0, 10)}y${a.slice(11)}`;
    expect(known.commonEnds(c, b)).toEqual(naive(c, b));
    expect(known.commonEnds(a, b)).toEqual([2000, a.length - 2000]);
  });
});
