/**
 * Texts sent to the analysis worker as changes of the text sent before. Every
 * request carries the whole workspace text, and a structured clone of it costs
 * the page's main thread 40–95 ms at 10 MB (Chromium, this machine), once per
 * request: a keystroke in a big dump sent it up to five times (graph, effective
 * view, matrix, live diff, exposure). A keystroke changes a few characters, so
 * only those cross: the common prefix and suffix with the text sent last stay
 * where they are. Messages on one port arrive in order, so the receiver always
 * holds the text the sender changed.
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

/** The sending end: remembers the last text it encoded. */
export class TextSender {
  private last: string | undefined;

  encode(text: string): WireText {
    const last = this.last;
    this.last = text;
    if (last === undefined) return text;
    if (last === text) return { start: 0, end: 0, insert: '', length: text.length };
    const start = commonPrefix(last, text);
    const suffix = commonSuffix(last, text, start);
    return { start, end: last.length - suffix, insert: text.slice(start, text.length - suffix), length: text.length };
  }
}

/** The receiving end: the last text it decoded. */
export class TextReceiver {
  private last = '';

  decode(wire: WireText): string {
    const text =
      typeof wire === 'string' ? wire : this.last.slice(0, wire.start) + wire.insert + this.last.slice(wire.end);
    if (typeof wire !== 'string' && text.length !== wire.length)
      // Cannot happen while messages keep their order; a wrong text must never be analysed quietly.
      throw new Error(`text change does not fit the last text: ${text.length} characters, expected ${wire.length}`);
    this.last = text;
    return text;
  }
}
