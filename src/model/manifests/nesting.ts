/**
 * How deep a YAML (or JSON) text nests, checked before it is parsed.
 *
 * The yaml library composes nodes recursively, and so do `toJS`, our
 * validators and monaco-yaml: 50,000 nested `[` overflow the stack
 * ("Maximum call stack size exceeded"). Real manifests nest a few dozen levels
 * at most (a CRD's openAPIV3Schema), so anything deeper than MAX_NESTING is
 * refused with its position instead, before any recursive code sees it.
 *
 * Both passes are loops (no recursion) and stop at the first level too deep:
 *  1. a cheap upper bound from the raw characters (indentation, `- ` chains,
 *     brackets); nearly every real text is clearly below the limit here;
 *  2. otherwise, the exact depth from the yaml library's own lexer (an
 *     iterative state machine), which knows quotes, comments and block scalars.
 */
import { CST, Lexer } from 'yaml';

/** Levels of nesting read (collections, plus the scalar at the bottom). */
export const MAX_NESTING = 256;

/** The message of a text that nests too deep, at the 1-based position of the level that is one too many. */
export function nestingMessage(line: number, column: number): string {
  return `Nested deeper than ${MAX_NESTING} levels at line ${line}, column ${column}; this document was not read.`;
}

/**
 * Columns of indentation and `- ` / `? ` chains (and `---`, harmlessly) before a line's innermost node that
 * any text is assumed to reach: the bound never looks for less.
 */
const SHALLOW_COLUMNS = 16;

/** How many times `c` occurs in `text` (indexOf is native and fast; a match array would hold them all). */
function count(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

/**
 * The deepest bracket nesting of `text`, counting brackets anywhere (quoted or not): an upper bound. Walks
 * from bracket to bracket with native searches (the next of each of the four characters, each searched
 * for again only once passed) rather than reading every character in a loop.
 */
function bracketDepth(text: string): number {
  const chars = ['[', '{', ']', '}'];
  const at = chars.map((c) => text.indexOf(c));
  let depth = 0;
  let max = 0;
  for (;;) {
    let k = -1;
    for (let j = 0; j < 4; j++) if (at[j] >= 0 && (k < 0 || at[j] < at[k])) k = j;
    if (k < 0) return max;
    if (k < 2) {
      if (++depth > max) max = depth;
    } else if (depth > 0) depth--;
    at[k] = text.indexOf(chars[k], at[k] + 1);
  }
}

/**
 * Whether a cheap upper bound of the depth `depthAt` can find is within `limit`. The block stack holds at
 * most two entries per column (a key and the sequence written at its own indentation), so a text whose
 * line starts span at most C columns nests at most 2(C + 1) + 1 block levels; flow collections add one
 * level per open bracket. So: the bracket levels first (counted with native searches), then one search
 * for a line start wider than the rest of the budget allows. A character loop costs tens of
 * milliseconds on a cold JIT, and this runs on every text the editor parses and, for the editor's feature
 * limits, on every pause in typing; collecting every line start of 16 columns or more (the previous way)
 * cost 120 ms on a 10 MB kubectl dump, where most lines are that deep.
 */
function withinBound(text: string, limit: number): boolean {
  const opens = count(text, '[') + count(text, '{');
  const shallowBlock = 2 * (SHALLOW_COLUMNS + 1) + 1;
  const flow = shallowBlock + opens <= limit ? opens : bracketDepth(text);
  const widest = Math.floor((limit - flow - 3) / 2); // 2(C + 1) + 1 + flow <= limit
  if (widest < SHALLOW_COLUMNS) return false;
  return !startsWider(text, widest);
}

/**
 * Whether some line starts with more than `columns` characters of indentation and `- ` / `? ` chains.
 * A loop from line break to line break (native searches), not a regex: V8 interprets a regex the first
 * times it runs, and the page runs this once per text: 115 ms for a 10 MB dump that way, ~10 here.
 */
function startsWider(text: string, columns: number): boolean {
  for (let start = 0; start < text.length;) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    if (end - start > columns) {
      let i = start;
      while (i <= start + columns && isLineStartChar(text.charCodeAt(i))) i++;
      if (i > start + columns) return true;
    }
    start = end + 1;
  }
  return false;
}

/** A space, `-` or `?`: what indentation and `- ` / `? ` chains are made of. */
const isLineStartChar = (c: number): boolean => c === 32 || c === 45 || c === 63;

/**
 * The offset of the first node nested deeper than `limit`, or undefined. Over ~80 lines on purpose: one
 * loop over the lexer's tokens with its column bookkeeping; split up, each part would need all of it.
 */
export function depthAt(text: string, limit: number): number | undefined {
  /** Columns of the open block nodes; `key` marks a `key:` whose value starts on a later line. */
  const stack: { column: number; key: boolean }[] = [];
  let flow = 0;
  let offset = 0;
  let lineStart = 0;
  let atLineStart = true;
  let afterIndicator = false;
  let blockScalarNext = false;
  let lineKey = false;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    if (token === CST.DOCUMENT || token === CST.FLOW_END) continue;
    if (token === CST.SCALAR) {
      scalarNext = true;
      continue;
    }
    const start = offset;
    offset += token.length;
    const type = scalarNext ? 'scalar' : CST.tokenType(token);
    scalarNext = false;
    const nl = token.lastIndexOf('\n');
    const column = start - lineStart;
    if (type === 'doc-start') {
      stack.length = 0;
      flow = 0;
    }
    if (type === 'newline' || (type === 'scalar' && blockScalarNext)) {
      // The line ended on `key:`: a sequence on the next line at the key's own column is its value.
      if (type === 'newline' && flow === 0 && stack.length > 0) stack[stack.length - 1].key = lineKey;
      // A block scalar's content (after its header's line break) is text, whatever it looks like.
      if (type === 'scalar') blockScalarNext = false;
      if (nl >= 0) lineStart = start + nl + 1;
      atLineStart = true;
      afterIndicator = false;
      lineKey = false;
      continue;
    }
    if (nl >= 0) lineStart = start + nl + 1;
    if (type === 'space' || type === 'comment' || type === 'byte-order-mark' || type === 'doc-mode') continue;
    if (type === 'block-scalar-header') blockScalarNext = true;
    if (type === 'anchor' || type === 'tag' || type === 'directive-line' || type === 'doc-start') continue;
    if (flow > 0) {
      if (type === 'flow-map-start' || type === 'flow-seq-start') {
        if (stack.length + ++flow > limit) return start;
      } else if (type === 'flow-map-end' || type === 'flow-seq-end') flow--;
      continue;
    }
    lineKey = type === 'map-value-ind';
    const opensNode = atLineStart || afterIndicator;
    if (atLineStart) {
      const seqUnderKey = type === 'seq-item-ind';
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.column < column || (top.column === column && seqUnderKey && top.key)) break;
        stack.pop();
      }
    }
    atLineStart = false;
    afterIndicator = type === 'seq-item-ind' || type === 'explicit-key-ind';
    if (opensNode && type !== 'map-value-ind') {
      stack.push({ column, key: false });
      if (stack.length + flow > limit) return start;
    }
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      if (stack.length + ++flow > limit) return start;
    }
  }
  return undefined;
}

/** Offset of the first node of `text` nested deeper than MAX_NESTING levels, or undefined. */
export function findDeepNesting(text: string, limit = MAX_NESTING): number | undefined {
  if (withinBound(text, limit)) return undefined;
  return depthAt(text, limit);
}
