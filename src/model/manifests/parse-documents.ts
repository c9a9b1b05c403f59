/**
 * The one call that turns source text into yaml Documents (full parses in
 * source.ts, chunks in incremental.ts): parseAllDocuments, except that a
 * document nested deeper than MAX_NESTING (nesting.ts) is never handed to the
 * parser. Its text is blanked out (same length, line breaks kept, so every
 * other document keeps its offsets) and it is read as an empty document
 * carrying one error at the level that was one too many. Only that document
 * is broken; its neighbours parse as usual.
 */
import { parseAllDocuments, YAMLParseError, type Document } from 'yaml';
import { findDeepNesting, MAX_NESTING } from './nesting.ts';

/**
 * Options of every parse of source text (full or incremental).
 * Resolving aliases is bounded when converting to JS (validation/aliases.ts); parsing keeps them as nodes.
 */
export const PARSE_OPTIONS = { prettyErrors: false, keepSourceTokens: false, uniqueKeys: true } as const;

/** The error code marking a document refused for its depth (yamlDiagnostics words its message). */
export const TOO_DEEP = 'RESOURCE_EXHAUSTION';

const MARKER = /^---(?=[ \t\r\n]|$)/gm;

/** [start, end) of the document around `offset`: from after its `---` line (or 0) to the next `---` line. */
function documentAround(text: string, offset: number): [number, number] {
  let start = 0;
  let end = text.length;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    if (m.index <= offset) {
      const eol = text.indexOf('\n', m.index);
      start = eol < 0 ? text.length : eol + 1;
    } else {
      end = m.index;
      break;
    }
  }
  return [Math.min(start, offset), end];
}

/**
 * `text` with [start, end) turned into a null document: `~`, then each line a comment (`#` and blanks;
 * blank lines alone made the parser crawl through megabytes of whitespace), line breaks kept.
 */
function blank(text: string, start: number, end: number): string {
  const middle = text.slice(start, end).replace(/[^\r\n]+/g, (line) => '#'.padEnd(line.length, ' '));
  const first = middle.indexOf('#'); // the first line with content: it holds the null
  const body = first < 0 ? middle : middle.slice(0, first) + '~' + middle.slice(first + 1);
  return text.slice(0, start) + body + text.slice(end);
}

export function parseDocuments(text: string): Document.Parsed[] {
  let work = text;
  const refused: { at: number; start: number }[] = [];
  // Each round blanks one too-deep document; the next search starts after it.
  for (let from = 0; ;) {
    const found = findDeepNesting(work.slice(from));
    if (found === undefined) break;
    const at = from + found;
    const [start, end] = documentAround(work, at);
    refused.push({ at, start });
    work = blank(work, start, end);
    from = Math.max(end, at + 1);
    if (from >= work.length) break;
  }
  const parsed = parseAllDocuments(work, PARSE_OPTIONS);
  const docs = Array.isArray(parsed) ? parsed : [];
  for (const { at, start } of refused) {
    const doc = docs.findLast((d) => d.range[0] <= start) ?? docs[0];
    doc?.errors.push(new YAMLParseError([at, at + 1], TOO_DEEP, `Nested deeper than ${MAX_NESTING} levels`));
  }
  return docs;
}
