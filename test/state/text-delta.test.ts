/**
 * Texts cross to the analysis worker as changes of the last one (src/state/backend/text-delta.ts): whatever
 * the sequence of texts, the receiver rebuilds each exactly, and a keystroke in a big text sends the keystroke,
 * not the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commonPrefix,
  commonSuffix,
  composeEdit,
  TextReceiver,
  TextSender,
  UNCHANGED,
  type Replacement,
  type TextEdit,
} from '../../src/state/backend/text-delta.ts';

const applyEdit = (text: string, e: TextEdit) => text.slice(0, e.at) + e.inserted + text.slice(e.at + e.removed);
const replace = (text: string, r: Replacement) => text.slice(0, r.start) + r.insert + text.slice(r.end);

/** Random edits, each valid for the text it applies to (`at` and `removed` are taken modulo its length). */
const edits = fc.array(
  fc.record({
    at: fc.nat(),
    removed: fc.nat({ max: 6 }),
    inserted: fc.string({ unit: fc.constantFrom('a', 'b', '\n'), maxLength: 4 }),
  }),
  { maxLength: 15 },
);
const fit = (text: string, e: TextEdit): TextEdit => {
  const at = e.at % (text.length + 1);
  return { at, removed: Math.min(e.removed, text.length - at), inserted: e.inserted };
};

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
        // Each change it decodes it tells (the worker's parser starts from it): a true account of the text.
        let previous = first;
        const receiver = new TextReceiver((before, after, start, end) => {
          expect(before).toBe(previous);
          expect(after.slice(0, start)).toBe(before.slice(0, start));
          expect(after.slice(after.length - (before.length - end))).toBe(before.slice(end));
        });
        let text = first;
        expect(receiver.decode(sender.encode(text))).toBe(text);
        for (const s of steps) {
          if ('whole' in s) text = s.whole;
          else {
            const at = s.at % (text.length + 1);
            text = text.slice(0, at) + s.insert + text.slice(at + s.del);
          }
          expect(receiver.decode(sender.encode(text))).toBe(text);
          previous = text;
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

  it('composes edits into one replacement of the first text, or says it cannot', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('x', 'y', '\n'), maxLength: 60 }), edits, (base, raw) => {
        let text = base;
        let change: Replacement | undefined = UNCHANGED;
        for (const r of raw) {
          const e = fit(text, r);
          text = applyEdit(text, e);
          change = change && composeEdit(change, e);
          // Whenever it answers, the answer rebuilds the text from the base.
          if (change) expect(replace(base, change)).toBe(text);
        }
      }),
    );
  });

  it('always composes typing and deleting at one caret, the way people type', () => {
    const key = fc.oneof(fc.constantFrom('Backspace', 'Delete'), fc.constantFrom('a', 'b', ' '));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(), fc.array(key, { maxLength: 30 }), (base, start, keys) => {
        let text = base;
        let caret = start % (base.length + 1);
        let change: Replacement | undefined = UNCHANGED;
        for (const k of keys) {
          let e: TextEdit;
          if (k === 'Backspace') {
            if (caret === 0) continue;
            e = { at: caret - 1, removed: 1, inserted: '' };
            caret--;
          } else if (k === 'Delete') {
            if (caret === text.length) continue;
            e = { at: caret, removed: 1, inserted: '' };
          } else {
            e = { at: caret, removed: 0, inserted: k };
            caret++;
          }
          text = applyEdit(text, e);
          change = change && composeEdit(change, e);
          expect(change).toBeDefined();
          expect(replace(base, change!)).toBe(text);
        }
      }),
    );
  });

  it('sends a change it was told of as it is, and works the change out itself when told of another text', () => {
    const sender = new TextSender();
    const receiver = new TextReceiver();
    const base = 'spec:\n  podSelector: {}\n';
    receiver.decode(sender.encode(base));
    // Told: the change is sent as given. Worked out from the texts it would be the `x` alone at 22; the
    // equivalent one told (the brace replaced by brace and `x`) shows it was not worked out.
    const typed = 'spec:\n  podSelector: {x}\n';
    sender.expect(base, typed, { start: 21, end: 22, insert: '{x' });
    const told = sender.encode(typed);
    expect(told).toEqual({ start: 21, end: 22, insert: '{x', length: typed.length });
    expect(receiver.decode(told)).toBe(typed);
    // An expectation for a base that is not the text sent last is not used.
    const other = 'spec:\n  podSelector: {xy}\n';
    sender.expect(base, other, { start: 21, end: 21, insert: 'xy' });
    const wire = sender.encode(other);
    expect(wire).toMatchObject({ insert: 'y' });
    expect(receiver.decode(wire)).toBe(other);
    // Nor one that does not add up to the text's length.
    const third = 'spec:\n  podSelector: {xyz}\n';
    sender.expect(other, third, { start: 22, end: 22, insert: 'zz' });
    const again = sender.encode(third);
    expect(receiver.decode(again)).toBe(third);
  });

  it('refuses a change that does not fit the text it received last, rather than analyse a wrong text', () => {
    const receiver = new TextReceiver();
    receiver.decode('abc');
    expect(() => receiver.decode({ start: 1, end: 2, insert: 'xy', length: 10 })).toThrow(/does not fit/);
  });
});
