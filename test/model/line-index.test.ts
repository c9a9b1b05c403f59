/**
 * LineIndex.edited (line-index.ts): the index after an edit, built from the previous one by scanning only the
 * replaced part, must be the index a full scan of the new text gives, for every kind of edit: typed and
 * deleted characters, inserted and removed line breaks, edits at either end, and texts without a break.
 * An index is made of pieces of earlier ones: after any run of edits (long enough for its pieces to be
 * written out into one array again) it must still answer as a fresh scan does, and so must every index the
 * run passed through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonEnds } from '../../src/model/manifests/common-ends.ts';
import { LineIndex } from '../../src/model/manifests/line-index.ts';

const lineStarts = (index: LineIndex, text: string): number[] =>
  Array.from({ length: index.lineCount }, (_, i) => index.offset(i + 1, 1)).concat(index.position(text.length).line);

/** Every offset's line and column, and every line's start: all an index answers. */
const answers = (index: LineIndex, text: string) => ({
  starts: lineStarts(index, text),
  positions: Array.from({ length: text.length + 1 }, (_, o) => index.position(o)),
});

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

  it('answers as a fresh scan after a long run of edits, and so does every index on the way', () => {
    // Edits anywhere in the text (not biased to its start), many of them line breaks: the pieces multiply.
    const editArb = fc.record({
      at: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000),
      removed: fc.nat(6),
      insert: fc.array(fc.constantFrom('a', '\n', '\n\n', ' '), { maxLength: 4 }).map((cs) => cs.join('')),
    });
    // A text of many lines: pieces are runs of lines, so only such a text can gather many of them.
    const linesArb = fc
      .array(fc.constantFrom('a\n', 'bb\n', '\n', ' c'), { minLength: 80, maxLength: 120 })
      .map((ls) => ls.join(''));
    fc.assert(
      fc.property(linesArb, fc.array(editArb, { minLength: 120, maxLength: 160 }), (start, edits) => {
        let text = start;
        let index = new LineIndex(text);
        const passed: { index: LineIndex; text: string }[] = [];
        for (const { at, removed, insert } of edits) {
          const from = Math.floor(at * text.length);
          const after = text.slice(0, from) + insert + text.slice(Math.min(text.length, from + removed));
          const [p, s] = commonEnds(text, after);
          index = LineIndex.edited(index, after, p, text.length - s, after.length - s);
          text = after;
          passed.push({ index, text });
        }
        // Checked after the whole run: an index made early must not have changed with the later ones.
        for (const { index, text } of passed) expect(answers(index, text)).toEqual(answers(new LineIndex(text), text));
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
