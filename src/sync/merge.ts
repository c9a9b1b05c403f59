/**
 * Keeps the user's formatting in a re-serialised document.
 *
 * yaml re-serialises a whole Document; where its output differs from the
 * source for reasons that have nothing to do with the edit (spacing before a
 * trailing comment, `{a: b}` padding, indentation of a comment...), those
 * differences must not reach the editor. So we serialise twice — before the
 * edit (`base`) and after it (`edited`) — and apply only the base→edited
 * difference onto the original text: a three-way merge on lines.
 *
 * Anchors are base lines that are both unchanged by the edit and present in
 * the original — compared loosely (spacing inside the line ignored), so a
 * line yaml merely re-spaced still anchors and is kept as the user wrote it.
 * Between two consecutive anchors, if the edit changed nothing the original
 * lines are kept as they are; otherwise they are replaced by the edited lines.
 * When yaml normalised nothing, the result is exactly `edited`.
 *
 * With `reindent`, indentation is ignored when anchoring and new lines are
 * moved to the source's columns (learnt from the anchors): for sources whose
 * indentation yaml cannot reproduce, e.g. Go-style lists indented relative to
 * the dash, or `-   item` padding.
 */
import { matchLines } from './line-diff.ts';

export function mergeEdit(original: string, base: string, edited: string, reindent = false): string {
  if (base === edited) return original;
  const o = original.split('\n');
  const b = base.split('\n');
  const e = edited.split('\n');
  const key = reindent ? (l: string) => looseLine(l).trimStart() : looseLine;
  const oOfB = new Int32Array(b.length).fill(-1);
  for (const [i, j] of matchLines(o.map(key), b.map(key))) oOfB[j] = i;
  const eOfB = new Int32Array(b.length).fill(-1);
  for (const [i, j] of matchLines(b, e)) eOfB[i] = j;

  // Source column of each yaml column, and the source's dash padding, as seen at the latest anchors.
  const columns = new Map<number, number>();
  let dashPad = 1;
  const learn = (oLine: string, bLine: string) => {
    columns.set(indentOf(bLine), indentOf(oLine));
    const od = /^\s*-( +)\S/.exec(oLine);
    if (od && /^\s*- \S/.test(bLine)) {
      dashPad = od[1].length;
      columns.set(indentOf(bLine) + 2, indentOf(oLine) + 1 + dashPad);
    }
  };
  const place = (line: string): string => (reindent ? reindentLine(line, columns, dashPad) : line);
  /** The line placed, its trailing comment spaced as in the first of `sources` that has that comment. */
  const spacedFrom =
    (...sources: (readonly string[])[]) =>
    (line: string): string => {
      const placed = place(line);
      for (const lines of sources) {
        const kept = withOriginalCommentSpacing(placed, lines);
        if (kept !== placed) return kept;
      }
      return placed;
    };

  const out: string[] = [];
  // Previous anchor (in original, base, edited); -1 = before the start.
  let po = -1;
  let pb = -1;
  let pe = -1;
  const flush = (no: number, nb: number, ne: number) => {
    const baseGap = b.slice(pb + 1, nb);
    const editGap = e.slice(pe + 1, ne);
    const origGap = o.slice(po + 1, no);
    let pre = 0;
    while (pre < baseGap.length && pre < editGap.length && baseGap[pre] === editGap[pre]) pre++;
    let suf = 0;
    while (
      suf < baseGap.length - pre &&
      suf < editGap.length - pre &&
      baseGap[baseGap.length - 1 - suf] === editGap[editGap.length - 1 - suf]
    )
      suf++;
    if (pre === baseGap.length && pre === editGap.length) out.push(...origGap);
    // Nothing of the original sits here: what base and edited share is yaml's own formatting
    // (a blank line it adds, a comment it moved here from elsewhere); only the edit is new. A line
    // that moved here (a reordered rule) keeps its trailing comment's spacing from where it was.
    else if (origGap.length === 0) out.push(...editGap.slice(pre, editGap.length - suf).map(spacedFrom(o)));
    else out.push(...editGap.map(spacedFrom(origGap, o)));
  };
  for (let j = 0; j < b.length; j++) {
    if (oOfB[j] < 0 || eOfB[j] < 0 || oOfB[j] <= po || eOfB[j] <= pe) continue;
    flush(oOfB[j], j, eOfB[j]);
    out.push(o[oOfB[j]]);
    if (o[oOfB[j]].trim() !== '') learn(o[oOfB[j]], b[j]);
    po = oOfB[j];
    pb = j;
    pe = eOfB[j];
  }
  flush(o.length, b.length, e.length);
  return out.join('\n');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Moves a yaml-indented line to the source's column for that depth (nearest known column below, plus the difference). */
function reindentLine(line: string, columns: Map<number, number>, dashPad: number): string {
  const body = line.trimStart();
  if (body === '') return line;
  const col = indentOf(line);
  let target = columns.get(col);
  if (target === undefined) {
    let best = -1;
    for (const k of columns.keys()) if (k < col && k > best) best = k;
    target = best < 0 ? col : columns.get(best)! + (col - best);
  }
  const padded = dashPad > 1 ? body.replace(/^((?:- )+)/, (m) => m.replace(/- /g, '-' + ' '.repeat(dashPad))) : body;
  return ' '.repeat(target) + padded;
}

/**
 * A line with its indentation kept but inner spacing normalised: runs of
 * blanks become one, flow brackets lose their padding, trailing blanks go.
 * Indentation stays significant because it is structure.
 */
export function looseLine(line: string): string {
  const body = line.trimStart();
  const indent = line.slice(0, line.length - body.length);
  return (
    indent +
    body
      .replace(/\s+/g, ' ')
      .replace(/([{[]) /g, '$1')
      .replace(/ ([}\],])/g, '$1')
      .trimEnd()
  );
}

/** The first original line with the same trailing comment lends its spacing. */
function withOriginalCommentSpacing(line: string, originals: readonly string[]): string {
  for (const o of originals) {
    const kept = keepCommentSpacing(o, line);
    if (kept !== line) return kept;
  }
  return line;
}

/**
 * A changed line keeps the spacing its trailing comment had (`port: 80   # api`
 * stays aligned when 80 becomes 8443): yaml would write a single space.
 */
export function keepCommentSpacing(original: string, edited: string): string {
  const at = edited.lastIndexOf(' #');
  if (at < 0) return edited;
  const comment = edited.slice(at + 1);
  if (!original.endsWith(comment)) return edited;
  const before = original.slice(0, original.length - comment.length);
  const spacing = before.slice(before.trimEnd().length);
  if (spacing.length === 0) return edited;
  return edited.slice(0, at).trimEnd() + spacing + comment;
}
