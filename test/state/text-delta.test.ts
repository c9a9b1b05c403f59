/**
 * Texts cross to the analysis worker as changes of the last one (src/state/backend/text-delta.ts): whatever
 * the sequence of texts, the receiver rebuilds each exactly, and a keystroke in a big text sends the keystroke,
 * not the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonPrefix, commonSuffix, TextReceiver, TextSender } from '../../src/state/backend/text-delta.ts';

const naivePrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

describe('text changes on the wire', () => {
  it('finds the common prefix and suffix as a character-by-character scan does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', 'é'), maxLength: 300 });
    fc.assert(
      fc.property(text, text, text, (head, a, b) => {
        const x = head + a;
        const y = head + b;
        const p = commonPrefix(x, y);
        expect(p).toBe(naivePrefix(x, y));
        const s = commonSuffix(x, y, p);
        expect(s).toBe(
          Math.min(naivePrefix([...x].reverse().join(''), [...y].reverse().join('')), Math.min(x.length, y.length) - p),
        );
      }),
    );
  });

  it('rebuilds every text of any sequence exactly, edits and whole replacements alike', () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 20 }), insert: fc.string({ maxLength: 8 }) });
    const step = fc.oneof(
      edit,
      fc.string({ maxLength: 40 }).map((whole) => ({ whole })),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(step, { maxLength: 12 }), (first, steps) => {
        const sender = new TextSender();
        const receiver = new TextReceiver();
        let text = first;
        expect(receiver.decode(sender.encode(text))).toBe(text);
        for (const s of steps) {
          if ('whole' in s) text = s.whole;
          else {
            const at = s.at % (text.length + 1);
            text = text.slice(0, at) + s.insert + text.slice(at + s.del);
          }
          expect(receiver.decode(sender.encode(text))).toBe(text);
          // The same text again (another lane's request) crosses as nothing.
          expect(sender.encode(text)).toMatchObject({ insert: '', start: 0, end: 0 });
          expect(receiver.decode({ start: 0, end: 0, insert: '', length: text.length })).toBe(text);
        }
      }),
    );
  });

  it('sends a keystroke in a 2 MB text as that keystroke', () => {
    const line = '  - {port: 8080, protocol: TCP} # a rule\n';
    const big = line.repeat(Math.ceil(2e6 / line.length));
    const sender = new TextSender();
    const receiver = new TextReceiver();
    receiver.decode(sender.encode(big));
    const at = big.length >> 1;
    const typed = `${big.slice(0, at)}9${big.slice(at)}`;
    const wire = sender.encode(typed);
    expect(typeof wire).toBe('object');
    expect(wire).toMatchObject({ insert: '9', length: typed.length });
    expect(receiver.decode(wire)).toBe(typed);
  });

  it('refuses a change that does not fit the text it received last, rather than analyse a wrong text', () => {
    const receiver = new TextReceiver();
    receiver.decode('abc');
    expect(() => receiver.decode({ start: 1, end: 2, insert: 'xy', length: 10 })).toThrow(/does not fit/);
  });
});
