/**
 * LineIndex.edited (source.ts): the index after an edit, built from the previous one by scanning only the
 * replaced part, must be the index a full scan of the new text gives, for every kind of edit: typed and
 * deleted characters, inserted and removed line breaks, edits at either end, and texts without a break.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonEnds } from '../../src/model/manifests/common-ends.ts';
import { LineIndex } from '../../src/model/manifests/source.ts';

const lineStarts = (index: LineIndex, text: string): number[] =>
  Array.from({ length: index.lineCount }, (_, i) => index.offset(i + 1, 1)).concat(index.position(text.length).line);

const textArb = fc.array(fc.constantFrom('a', 'b', '\n', ' ', '-'), { maxLength: 60 }).map((cs) => cs.join(''));

describe('LineIndex.edited', () => {
  it('equals a fresh index of the edited text', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), textArb, (before, a, b, insert) => {
        const from = Math.min(a, b) % (before.length + 1);
        const to = Math.min(before.length, from + (Math.max(a, b) % 7));
        const after = before.slice(0, from) + insert + before.slice(to);
        const [p, s] = commonEnds(before, after);
        const edited = LineIndex.edited(new LineIndex(before), after, p, before.length - s, after.length - s);
        expect(lineStarts(edited, after)).toEqual(lineStarts(new LineIndex(after), after));
      }),
      { numRuns: 2000, seed: 10 },
    );
  });

  it('moves the lines after a typed line break', () => {
    const before = 'a: 1\nb: 2\nc: 3\n';
    const after = 'a: 1\nb:\n 2\nc: 3\n';
    const [p, s] = commonEnds(before, after);
    const edited = LineIndex.edited(new LineIndex(before), after, p, before.length - s, after.length - s);
    expect(edited.position(after.indexOf('c'))).toEqual({ line: 4, column: 1 });
    expect(edited.lineCount).toBe(5);
  });
});
