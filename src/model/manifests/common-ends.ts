/**
 * Lengths of the longest common prefix and suffix of two texts, never
 * overlapping in either: the parts an edit (a keystroke, a paste, a graph
 * gesture) left alone. The incremental parse reuses the documents there; the
 * editor applies only the part in between as its one minimal replacement.
 */

/**
 * Compared a block at a time first: string equality of two slices runs in native code, about twenty
 * times faster than a loop over char codes (a keystroke in a 566 KB text spent ~4 ms here).
 */
const BLOCK = 1024;

/** A text told to share at least `prefix` and `suffix` characters with the newest text told. */
interface Told {
  text: string;
  prefix: number;
  suffix: number;
}

/** How many older texts are remembered: the worker skips texts that came in while it was busy. */
const TOLD_TEXTS = 4;

/**
 * Same strings by length first: `===` of two different strings of one length reads them, and these are
 * megabytes; the very same string object answers at once.
 */
const same = (x: string, y: string): boolean => x.length === y.length && x === y;

export function commonEnds(a: string, b: string): [number, number] {
  return compare(a, b, 0, 0);
}

/**
 * `commonEnds` for a parser that may be told its texts' edits (incremental.ts; owned with it, never shared).
 * The analysis worker knows each keystroke as an edit (state/backend/text-delta.ts), and comparing 22 MB to
 * find it again cost ~25 ms of a keystroke in a kubectl List. Older texts told are kept for a few edits,
 * their shared ends narrowed by each edit, so a text the worker skipped costs nothing either. What it was
 * told is where its scans start, not what it answers: they still look past it (see `compare`).
 */
export class KnownEdits {
  private newest: string | undefined;
  private told: Told[] = [];
  /** The last pair compared and what came of it: one keystroke in a List asks for it twice (file, then List). */
  private last: { a: string; b: string; ends: [number, number] } | undefined;

  /** `after` is `before` with [start, end) of it replaced. */
  tell(before: string, after: string, start: number, end: number): void {
    const suffix = before.length - end;
    this.told =
      this.newest !== undefined && same(this.newest, before)
        ? this.told.map((t) => ({
            text: t.text,
            prefix: Math.min(t.prefix, start),
            suffix: Math.min(t.suffix, suffix),
          }))
        : [];
    this.told.push({ text: before, prefix: start, suffix });
    if (this.told.length > TOLD_TEXTS) this.told.shift();
    this.newest = after;
  }

  commonEnds(a: string, b: string): [number, number] {
    const last = this.last;
    if (last && same(last.a, a) && same(last.b, b)) return [last.ends[0], last.ends[1]];
    const hint = this.newest !== undefined && same(this.newest, b) ? this.told.find((t) => same(t.text, a)) : undefined;
    const ends = compare(a, b, hint?.prefix ?? 0, hint?.suffix ?? 0);
    this.last = { a, b, ends };
    return [ends[0], ends[1]];
  }
}

/**
 * The longest common prefix, then the longest common suffix not overlapping it, knowing that the first
 * `knownPrefix` and last `knownSuffix` characters are the same: the scans start there.
 */
function compare(a: string, b: string, knownPrefix: number, knownSuffix: number): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = Math.min(knownPrefix, max);
  while (p + BLOCK <= max && a.slice(p, p + BLOCK) === b.slice(p, p + BLOCK)) p += BLOCK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  const la = a.length;
  const lb = b.length;
  let s = Math.min(knownSuffix, max - p);
  while (s + BLOCK <= max - p && a.slice(la - s - BLOCK, la - s) === b.slice(lb - s - BLOCK, lb - s)) s += BLOCK;
  while (s < max - p && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) s++;
  return [p, s];
}
