/**
 * Random edits of a text for property tests (fast-check): at an offset wrapped to the text's length,
 * delete a few characters and insert one of `pieces` (or, with `joined`, a few of them together).
 */
import fc from 'fast-check';

export interface TextEdit {
  at: number;
  del: number;
  insert: string;
}

export const textEditArb = (pieces: readonly string[], maxDel: number, joined = false): fc.Arbitrary<TextEdit> =>
  fc.record({
    at: fc.nat(),
    del: fc.oneof(fc.constant(0), fc.nat({ max: maxDel })),
    insert: joined
      ? fc.oneof(
          fc.constant(''),
          fc.constantFrom(...pieces),
          fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((a) => a.join('')),
        )
      : fc.oneof(fc.constant(''), fc.constantFrom(...pieces)),
  });

/** `text` with `e` applied. */
export function applyTextEdit(text: string, e: TextEdit): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(at + e.del);
}
