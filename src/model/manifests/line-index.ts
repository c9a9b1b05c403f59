/**
 * Offsets ↔ 1-based line/column for one file's text, and the index of an edited text built from the index
 * before the edit.
 *
 * Why pieces: a keystroke in a 21 MB kubectl List (780,000 lines) used to copy all the line starts into a
 * new 6 MB array and shift the ones after the edit: ~18 ms of the analysis worker's keystroke, most of it
 * allocating the array (and the garbage collections those arrays brought on). Here an index is a short
 * list of pieces, each a run of an array of line starts plus how far that run has moved since the array
 * was scanned. An edit cuts the pieces around it, adds a piece for the line starts it typed and moves the
 * pieces after it: its cost is the edited text and the number of pieces, not the file. When the pieces
 * grow past MAX_PIECES the index is written out into one array again (once in so many keystrokes).
 *
 * An index never changes once made: the index an edit came from stays valid, and the arrays are shared.
 */

/** A run of line starts: `src[from..to)`, each plus `shift`. */
interface Piece {
  readonly src: Float64Array;
  readonly from: number;
  readonly to: number;
  readonly shift: number;
}

/** Pieces beyond this are written out into one array (a lookup is a search over the pieces, then in one). */
const MAX_PIECES = 48;

/** Index of the first of `src[from..to)` (each plus `shift`) above `offset` (`to` when none is). */
function firstAboveIn(p: Piece, offset: number): number {
  const target = offset - p.shift;
  let lo = p.from;
  let hi = p.to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.src[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last of `n` ascending values (`at(i)`) at or below `v`; 0 when none is. */
function lastAtMost(n: number, at: (i: number) => number, v: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at(mid) <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The pieces' starts at or below `offset`. */
function upTo(pieces: readonly Piece[], offset: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const end = firstAboveIn(p, offset);
    if (end > p.from) out.push(end === p.to ? p : { ...p, to: end });
    if (end < p.to) break;
  }
  return out;
}

/** The pieces' starts above `offset`, each moved by `delta`. */
function above(pieces: readonly Piece[], offset: number, delta: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const from = firstAboveIn(p, offset);
    if (from < p.to) out.push({ src: p.src, from, to: p.to, shift: p.shift + delta });
  }
  return out;
}

/** The starts of a text without line breaks: what `of` starts from before it sets its pieces. */
const ONE_LINE = Float64Array.of(0);

export class LineIndex {
  private pieces: readonly Piece[];
  /** Lines before each piece (one more entry: the line count). */
  private before: Float64Array;

  /** `starts`: the text's line starts, when the caller has them (else the text is scanned). */
  constructor(text: string, starts?: Float64Array) {
    if (!starts) {
      const found = [0];
      // indexOf finds newlines many times faster than a charCodeAt loop.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) found.push(i + 1);
      starts = Float64Array.from(found);
    }
    this.pieces = [{ src: starts, from: 0, to: starts.length, shift: 0 }];
    this.before = Float64Array.of(0, starts.length);
  }

  private static of(pieces: readonly Piece[]): LineIndex {
    const index = new LineIndex('', ONE_LINE);
    const before = new Float64Array(pieces.length + 1);
    for (let i = 0; i < pieces.length; i++) before[i + 1] = before[i] + pieces[i].to - pieces[i].from;
    index.pieces = pieces;
    index.before = before;
    return index;
  }

  /**
   * The index of `text`, which is `prev`'s text with [prefix, oldSuffixStart) replaced by
   * [prefix, newSuffixStart) of `text` (commonEnds gives both): only the replaced part is scanned; the
   * lines after it are `prev`'s, moved by the change in length.
   */
  static edited(
    prev: LineIndex,
    text: string,
    prefix: number,
    oldSuffixStart: number,
    newSuffixStart: number,
  ): LineIndex {
    // A line starts at s when a newline is at s - 1: those up to the prefix's end are unchanged.
    const typed: number[] = [];
    for (let i = text.indexOf('\n', prefix); i >= 0 && i < newSuffixStart; i = text.indexOf('\n', i + 1))
      typed.push(i + 1);
    const pieces = upTo(prev.pieces, prefix);
    if (typed.length) pieces.push({ src: Float64Array.from(typed), from: 0, to: typed.length, shift: 0 });
    pieces.push(...above(prev.pieces, oldSuffixStart, newSuffixStart - oldSuffixStart));
    return pieces.length > MAX_PIECES ? new LineIndex(text, written(pieces)) : LineIndex.of(pieces);
  }

  /** 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    // The last piece whose first start is at or below the offset (the first piece starts at 0).
    const { pieces } = this;
    const lo = lastAtMost(pieces.length, (i) => pieces[i].src[pieces[i].from] + pieces[i].shift, offset);
    const p = pieces[lo];
    const k = Math.max(p.from, firstAboveIn(p, offset) - 1);
    return { line: this.before[lo] + (k - p.from) + 1, column: offset - (p.src[k] + p.shift) + 1 };
  }

  /** 0-based offset of a 1-based line/column. */
  offset(line: number, column: number): number {
    return this.start(Math.max(0, Math.min(line - 1, this.lineCount - 1))) + column - 1;
  }

  get lineCount(): number {
    return this.before[this.pieces.length];
  }

  /** Where the 0-based line `k` starts. */
  private start(k: number): number {
    const { before, pieces } = this;
    const lo = lastAtMost(pieces.length, (i) => before[i], k);
    const p = pieces[lo];
    return p.src[p.from + k - before[lo]] + p.shift;
  }
}

/** The pieces' line starts in one array. */
function written(pieces: readonly Piece[]): Float64Array {
  let n = 0;
  for (const p of pieces) n += p.to - p.from;
  const out = new Float64Array(n);
  let o = 0;
  for (const p of pieces) {
    if (p.shift === 0) out.set(p.src.subarray(p.from, p.to), o);
    else for (let k = p.from; k < p.to; k++) out[o + k - p.from] = p.src[k] + p.shift;
    o += p.to - p.from;
  }
  return out;
}
