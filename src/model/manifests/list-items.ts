/**
 * Where the items of a `kind: List` (or `XxxList`) document sit in its text,
 * found by a cheap line scan, so that each item can be parsed on its own
 * (list-parse.ts): `kubectl get pods -A -o yaml` of a big cluster is ONE
 * document of many megabytes, and the `yaml` library parses it in pieces in
 * half the time and a tenth of the memory, and a keystroke inside it re-reads
 * one item instead of the whole text.
 *
 * The scan only says where the pieces are when it is sure; whenever it is
 * not, it answers `undefined` and the document is parsed whole. It accepts:
 *  - the `items:` key alone on a line at column 0 (the document is a block
 *    map at column 0, as kubectl prints it),
 *  - followed by a block sequence at one indent, each item starting with `- `
 *    (or a lone `-`), no tabs in the indentation,
 *  - after the sequence, a key at column 0 that starts with a letter, a digit,
 *    `_` or a quote (`: x`, `? x` and the like are left to the whole parse),
 *  - comment and blank lines only inside an item (followed by more of the same
 *    item): at the end of an item they belong, for the parser, to the next one.
 * What the line scan cannot see (a quoted or flow scalar running across item
 * lines, anchors and aliases, duplicate keys) shows up as syntax errors or
 * aliases when the pieces are parsed, and list-parse.ts then parses whole.
 */

export interface ListLayout {
  /** Offset where the `items:` sequence starts (its first `-`) and where it ends (the next line after it). */
  region: [number, number];
  /** Offset where each item's `-` line starts; item i runs to item i+1's start, the last one to the region's end. */
  starts: number[];
  /** The indent of the items' `-`. */
  indent: number;
}

/** `kind: …List` at column 0: the cheap test that a document may be a List at all. */
const LIST_KIND = /^kind:[ \t]*["']?[A-Za-z0-9]*List["']?[ \t]*$/m;
/** A text that may hold a List document (then the List is worth parsing item by item). */
export const mayHoldList = (text: string): boolean => LIST_KIND.test(text);

/** `items:` alone on a line at column 0 (trailing blanks allowed). */
const ITEMS_KEY = /^items:[ \t]*$/m;

/** How a key kubectl prints (`kind:`, `metadata:`) or a quoted key starts. */
const KEY_START = /[A-Za-z0-9_"']/;

/** Fewer items than this are parsed whole: there is nothing to gain. */
const MIN_ITEMS = 2;

/** Where a line's content starts: its indent, -1 for a blank line, -2 when a tab is in the indentation. */
function indentOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i === end || text.charCodeAt(i) === 13) return -1;
  if (text.charCodeAt(i) === 9) return -2;
  return i - start;
}

const isItemStart = (text: string, at: number, end: number): boolean =>
  text.charCodeAt(at) === 45 /* - */ &&
  (at + 1 === end || text.charCodeAt(at + 1) === 32 || text.charCodeAt(at + 1) === 13);

interface ItemsLine {
  /** Where the `items:` line ends (its next line's start). */
  line: number;
  /** Where the `kind: …List` line is, [start, end): its line break, if any, at `end`. */
  kind: [number, number];
}

/** Where the `items:` line ends, when the text may be a List with one `items:` key. Reads the whole text. */
function itemsLine(text: string): ItemsLine | undefined {
  const kind = LIST_KIND.exec(text);
  if (!kind) return undefined;
  const key = ITEMS_KEY.exec(text);
  if (!key) return undefined;
  // A second `items:` key at column 0 is a duplicate key (or inside a scalar): parse whole.
  if (text.indexOf(DUPLICATE, key.index + 1) >= 0) return undefined;
  const line = text.indexOf('\n', key.index) + 1;
  return line === 0 ? undefined : { line, kind: [kind.index, kind.index + kind[0].length] };
}

const DUPLICATE = '\nitems:';

/**
 * `itemsLine(text)` from the layout before an edit that kept the first `prefix` and last `suffix` characters,
 * when the edit is among the items and left the `kind` line alone, without reading the whole text: both
 * scans of it cost ~20 ms of a keystroke in a 22 MB List, where kubectl puts `kind: List` last. `undefined`:
 * not sure, read it all.
 */
function itemsLineAfterEdit(
  before: { layout: ListLayout; length: number },
  text: string,
  prefix: number,
  suffix: number,
): ItemsLine | undefined {
  const kind = kindLines.get(before.layout);
  const line = before.layout.starts[0];
  // The `items:` line, its line break included, is in the kept prefix: it is the first, as before.
  if (!kind || prefix < line) return undefined;
  const oldEnd = before.length - suffix;
  const newEnd = text.length - suffix;
  // The `kind` line and the line breaks around it are kept, in the prefix or in the suffix.
  const kindKept = oldEnd < kind[0] || prefix > kind[1];
  if (!kindKept) return undefined;
  // No other `items:` key came in: one would overlap the replaced part (none was in the kept parts before).
  const from = Math.max(0, prefix - DUPLICATE.length + 1);
  if (text.slice(from, Math.min(text.length, newEnd + DUPLICATE.length - 1)).includes(DUPLICATE)) return undefined;
  const delta = text.length - before.length;
  return { line, kind: oldEnd < kind[0] ? [kind[0] + delta, kind[1] + delta] : kind };
}

/**
 * The `kind` line of the text each layout was made of (not part of the layout: any such line will do, and
 * layouts are compared with one another in tests).
 */
const kindLines = new WeakMap<ListLayout, [number, number]>();

function remembered(layout: ListLayout | undefined, found: ItemsLine): ListLayout | undefined {
  if (layout) kindLines.set(layout, found.kind);
  return layout;
}

/** The items of a top-level List in one document's text; `undefined` when the scan is not sure. */
export function listLayout(text: string): ListLayout | undefined {
  const found = itemsLine(text);
  return found && remembered(scan(text, found.line, [], -1), found);
}

/**
 * `listLayout(text)` from the layout of the text before an edit that kept its first `prefix` and last `suffix`
 * characters (common-ends.ts): the lines are scanned again only from the item the edit starts in, up to the first
 * item start in the kept suffix; the items before and after are kept or moved. At an item's start the scan's
 * state is known (the sequence's indent, nothing pending), so it can pick up there. A keystroke in a 22 MB
 * List scanned its 500,000 lines (~60 ms).
 */
export function listLayoutAfterEdit(
  before: { layout: ListLayout; length: number },
  text: string,
  prefix: number,
  suffix: number,
): ListLayout | undefined {
  const found = itemsLineAfterEdit(before, text, prefix, suffix) ?? itemsLine(text);
  if (found === undefined) return undefined;
  const { line } = found;
  const old = before.layout;
  const delta = text.length - before.length;
  // The item before the one the edit starts in (a margin: an edit at a line's start may change the line before).
  let k = 0;
  while (k + 1 < old.starts.length && old.starts[k + 1] < prefix) k++;
  k = Math.max(0, k - 1);
  if (old.starts[0] !== line || old.starts[k] + 1 >= prefix) return remembered(scan(text, line, [], -1), found);
  // The edit is past the items (in the keys after them): the same items, where they were.
  if (old.region[1] + 1 < prefix) return remembered({ ...old, starts: [...old.starts] }, found);
  const resume = { at: text.length - suffix, delta, starts: old.starts, end: old.region[1] };
  return remembered(scan(text, old.starts[k], old.starts.slice(0, k), old.indent, resume), found);
}

/**
 * The line scan from `line` on, after the item starts already known (`starts`) with the sequence at `seqIndent`
 * (-1: not seen yet). With `resume`, it stops at the first item start in the kept suffix (at or after `at`)
 * that was an item start before the edit (`delta` earlier), and takes the old starts from there, moved.
 */
function scan(
  text: string,
  from: number,
  starts: number[],
  seqIndent: number,
  resume?: { at: number; delta: number; starts: readonly number[]; end: number },
): ListLayout | undefined {
  let line = from;
  /** Offset of the first comment or blank line since the item's last content line, -1 when none. */
  let pending = -1;
  let end = text.length;
  /** The next old item start to compare with, once the scan is in the kept suffix. */
  let old = resume ? binarySearch(resume.starts, resume.at - resume.delta) : 0;
  while (line < text.length) {
    const next = text.indexOf('\n', line);
    const lineEnd = next < 0 ? text.length : next;
    const indent = indentOf(text, line, lineEnd);
    if (indent === -2) return undefined;
    if (indent === -1 || text.charCodeAt(line + indent) === 35 /* # */) {
      if (seqIndent < 0) return undefined; // before the first item: whose is it?
      if (pending < 0) pending = line;
    } else if (seqIndent < 0) {
      if (!isItemStart(text, line + indent, lineEnd)) return undefined;
      seqIndent = indent;
      starts.push(line);
    } else if (indent > seqIndent) {
      pending = -1;
    } else if (indent === seqIndent && isItemStart(text, line + indent, lineEnd)) {
      if (pending >= 0) return undefined;
      if (resume && line - 1 >= resume.at) {
        // In the kept suffix (its line break too): the rest is as before, moved by the edit's length.
        while (old < resume.starts.length && resume.starts[old] + resume.delta < line) old++;
        if (old < resume.starts.length && resume.starts[old] + resume.delta === line) {
          for (let i = old; i < resume.starts.length; i++) starts.push(resume.starts[i] + resume.delta);
          return { region: [starts[0], resume.end + resume.delta], starts, indent: seqIndent };
        }
      }
      starts.push(line);
    } else {
      // The sequence ended: only a plain or quoted key of the top-level map (column 0) may come next. A line
      // such as `: value` (an empty key) is read differently once the items are cut out: parse whole.
      if (indent !== 0 || pending >= 0 || !KEY_START.test(text[line])) return undefined;
      end = line;
      break;
    }
    line = lineEnd + 1;
  }
  if (pending >= 0 || starts.length < MIN_ITEMS) return undefined;
  return { region: [starts[0], Math.min(end, text.length)], starts, indent: seqIndent };
}

/** The index of the first value at or above `x` in ascending `xs`. */
function binarySearch(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
