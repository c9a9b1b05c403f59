/**
 * Line alignment (Myers' O(ND) longest common subsequence) and the minimal
 * text changes between two versions of a document. Used twice by the writer:
 * to align the source with yaml's re-serialisation (so formatting yaml would
 * normalise stays as the user wrote it) and to turn a new document text into
 * the few small splices the editor receives.
 */
import type { TextChange } from './text-change.ts';

/** Matched index pairs [i, j] with a[i] === b[j], increasing in both. */
export function matchLines(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  // Common prefix/suffix first: most edits touch a few lines in the middle.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const out: Array<[number, number]> = [];
  for (let i = 0; i < pre; i++) out.push([i, i]);
  const mid = myers(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf));
  for (const [i, j] of mid) out.push([i + pre, j + pre]);
  for (let k = suf; k > 0; k--) out.push([a.length - k, b.length - k]);
  return out;
}

function myers(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  v[off + 1] = 0;
  // trace[d] = furthest x on each diagonal k before step d.
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk back through the frontiers, collecting the diagonal (matching) moves.
  const pairs: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[off + k - 1] < vd[off + k + 1]) ? k + 1 : k - 1;
    const prevX = vd[off + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY && x > 0 && y > 0) {
      x--;
      y--;
      pairs.push([x, y]);
    }
    x = prevX;
    y = prevY;
  }
  return pairs.reverse();
}

/** Offsets where each line of `lines` starts in `lines.join('\n')`. */
function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  starts.push(pos);
  return starts;
}

/**
 * Minimal changes turning `before` into `after`: one change per differing run
 * of lines, each trimmed to its differing characters. Empty when equal.
 */
export function minimalChanges(before: string, after: string): TextChange[] {
  if (before === after) return [];
  // A sentinel '\n' makes every line end with a newline, so inserting or
  // deleting at the very end needs no special case; it is removed below.
  const A = before + '\n';
  const B = after + '\n';
  const a = A.split('\n');
  const b = B.split('\n');
  const sa = lineStarts(a);
  const sb = lineStarts(b);
  // The last elements (after the sentinel) are both '' and must pair with each other, so no
  // change ever lies beyond the sentinel line.
  const matches = matchLines(a.slice(0, -1), b.slice(0, -1));
  matches.push([a.length - 1, b.length - 1]);
  const changes: TextChange[] = [];
  let pa = 0;
  let pb = 0;
  for (const [i, j] of matches) {
    if (i > pa || j > pb) {
      const from = Math.min(sa[pa], A.length);
      const to = Math.min(sa[i], A.length);
      const insert = B.slice(Math.min(sb[pb], B.length), Math.min(sb[j], B.length));
      const c = trimChange(A, from, to, insert);
      if (c.offset > before.length) {
        // Pure insertion after the sentinel: the same text inserted before it.
        c.offset -= 1;
        c.end -= 1;
        c.insert = '\n' + c.insert.slice(0, -1);
      } else if (c.end > before.length) {
        if (c.insert.endsWith('\n')) {
          // Both sides end with the sentinel: keep it out of the change.
          c.end -= 1;
          c.insert = c.insert.slice(0, -1);
        } else {
          // A deletion up to the end: delete the newline before instead of the sentinel.
          c.offset -= 1;
          c.end -= 1;
        }
      }
      const last = changes[changes.length - 1];
      if (c.end === c.offset && c.insert.length === 0) {
        // nothing left after trimming
      } else if (last && last.end === c.offset) {
        // Touching changes become one, so an editor never sees two edits at the same offset.
        last.end = c.end;
        last.insert += c.insert;
      } else changes.push(c);
    }
    pa = i + 1;
    pb = j + 1;
  }
  return changes;
}

/** Shrinks a replacement of `[from,to)` by `insert` to the characters that really differ. */
function trimChange(text: string, from: number, to: number, insert: string): TextChange {
  const oldLen = to - from;
  // Suffix first, so a trailing newline (the sentinel included) is shared whenever possible.
  let e = 0;
  while (e < oldLen && e < insert.length && text.charCodeAt(to - 1 - e) === insert.charCodeAt(insert.length - 1 - e))
    e++;
  let s = 0;
  while (s < oldLen - e && s < insert.length - e && text.charCodeAt(from + s) === insert.charCodeAt(s)) s++;
  // Never split a surrogate pair: back off to a code point boundary.
  while (s > 0 && isLowSurrogate(text.charCodeAt(from + s))) s--;
  while (e > 0 && isLowSurrogate(text.charCodeAt(to - e))) e--;
  return { offset: from + s, end: to - e, insert: insert.slice(s, insert.length - e) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
