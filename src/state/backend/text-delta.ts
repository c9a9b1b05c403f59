/**
 * Texts sent to the analysis worker as changes of the text sent before. Every
 * request carries the whole workspace text, and a structured clone of it costs
 * the page's main thread 40–95 ms at 10 MB (Chromium, this machine), once per
 * request: a keystroke in a big dump sent it up to five times (graph, effective
 * view, matrix, live diff, exposure). A keystroke changes a few characters, so
 * only those cross: the common prefix and suffix with the text sent last stay
 * where they are. Messages on one port arrive in order, so the receiver always
 * holds the text the sender changed.
 *
 * Finding that change reads both texts, and a text Monaco hands over is a rope of its pieces: the first read
 * of it copies it flat, ~70 ms at 22 MB (V8, this machine), on every keystroke. So when the store knows the
 * change from the editor's own edit events (`composeEdit`), it tells the sender (`expect`), and the
 * keystroke crosses without a character of the new text being read on the main thread.
 */

/** A text on the wire: whole, or what replaces `[start, end)` of the last text sent, and the new length. */
export type WireText = string | { start: number; end: number; insert: string; length: number };

/**
 * How many characters two strings share at their start. Compared in slices (a slice of a flat string is a
 * view, and two are compared natively), from 64 Ki characters down to one: a few dozen comparisons for a
 * keystroke in 10 MB, not ten million character reads.
 */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 1 << 16; step >= 1; step >>= 4)
    while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  return i;
}

/** How many characters two strings share at their end, leaving the first `floor` characters of each alone. */
export function commonSuffix(a: string, b: string, floor: number): number {
  const n = Math.min(a.length, b.length) - floor;
  let i = 0;
  for (let step = 1 << 16; step >= 1; step >>= 4)
    while (i + step <= n && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i))
      i += step;
  return i;
}

/** One edit as the editor reports it: `removed` characters at `at` replaced by `inserted`. */
export interface TextEdit {
  at: number;
  removed: number;
  inserted: string;
}

/** A text as one replacement of an earlier one: its `[start, end)` replaced by `insert`. */
export interface Replacement {
  start: number;
  end: number;
  insert: string;
}

/** No change yet. */
export const UNCHANGED: Replacement = { start: 0, end: 0, insert: '' };

/**
 * `change` (base → some text), then `edit` of that text, as one replacement of the base; undefined when
 * that would need characters of the base itself: the edit neither touches nor overlaps what `change`
 * replaced (a keystroke elsewhere). Typing and deleting at one place, the usual case, always composes.
 */
export function composeEdit(change: Replacement, edit: TextEdit): Replacement | undefined {
  // Nothing replaced (or typed and taken back): the edit is the whole change.
  if (change.start === change.end && change.insert === '')
    return { start: edit.at, end: edit.at + edit.removed, insert: edit.inserted };
  const from = change.start;
  const to = from + change.insert.length; // where the replaced part ends in the edited text
  const editEnd = edit.at + edit.removed;
  if (edit.at > to || editEnd < from) return undefined;
  const local = edit.at - from;
  return {
    start: Math.min(from, edit.at),
    end: change.end + Math.max(0, editEnd - to),
    insert:
      change.insert.slice(0, Math.max(0, local)) +
      edit.inserted +
      change.insert.slice(Math.max(0, local + edit.removed)),
  };
}

/** The sending end: remembers the last text it encoded. */
export class TextSender {
  private last: string | undefined;
  /** A change the store reported (`expect`), for the next text it encodes. */
  private expected: { base: string; text: string; change: Replacement } | undefined;

  /**
   * `text` is `base` with `change` applied: when `text` is encoded next and `base` was the last text sent,
   * the change is sent as it is, without reading either text.
   */
  expect(base: string, text: string, change: Replacement): void {
    this.expected = { base, text, change };
  }

  encode(text: string): WireText {
    const last = this.last;
    const expected = this.expected;
    this.expected = undefined;
    this.last = text;
    if (last === undefined) return text;
    if (last === text) return { start: 0, end: 0, insert: '', length: text.length };
    // Compared as the same strings (the store passes the very strings it sends), these cost nothing; the
    // lengths are checked first, so a stale expectation costs nothing either.
    if (
      expected &&
      expected.text.length === text.length &&
      expected.base.length === last.length &&
      last.length - (expected.change.end - expected.change.start) + expected.change.insert.length === text.length &&
      expected.text === text &&
      expected.base === last
    )
      return { ...expected.change, length: text.length };
    const start = commonPrefix(last, text);
    const suffix = commonSuffix(last, text, start);
    return { start, end: last.length - suffix, insert: text.slice(start, text.length - suffix), length: text.length };
  }
}

/** The receiving end: the last text it decoded. */
export class TextReceiver {
  private last = '';

  /**
   * `onEdit`: each change decoded, so that the incremental parse of the text need not compare it with the one
   * before to find the change again (IncrementalParser `tellEdit`).
   */
  constructor(private readonly onEdit?: (before: string, after: string, start: number, end: number) => void) {}

  decode(wire: WireText): string {
    const before = this.last;
    const text = typeof wire === 'string' ? wire : before.slice(0, wire.start) + wire.insert + before.slice(wire.end);
    if (typeof wire !== 'string' && text.length !== wire.length)
      // Cannot happen while messages keep their order; a wrong text must never be analysed quietly.
      throw new Error(`text change does not fit the last text: ${text.length} characters, expected ${wire.length}`);
    if (this.onEdit && typeof wire !== 'string') this.onEdit(before, text, wire.start, wire.end);
    this.last = text;
    return text;
  }
}
