/**
 * Source text → yaml Documents, with positions.
 *
 * Every manifest the tool reads (YAML, multi-document YAML, JSON, `kubectl get -o
 * yaml|json` output) goes through here. JSON is parsed by the same YAML 1.2
 * parser so that positions work the same way for both.
 */
import type { Document } from 'yaml';
import { nestingMessage } from './nesting.ts';
import { parseDocuments, TOO_DEEP } from './parse-documents.ts';
import type { Diagnostic, Severity } from '../diagnostics.ts';
import type { Said } from '../text/message.ts';

export interface SourceFile {
  /** Display name / path, used in diagnostics (`file:line:col`). */
  name: string;
  text: string;
}

export interface ParsedDocument {
  file: string;
  /** Index of the document within its file (0-based). */
  index: number;
  doc: Document.Parsed;
  /** [start, end) offsets of the document in the file's text. */
  range: [number, number];
}

export interface ParsedSource {
  file: SourceFile;
  docs: ParsedDocument[];
  lines: LineIndex;
  diagnostics: Diagnostic[];
}

/** Index of the first of the ascending `starts` above `offset` (its length when none is). */
function firstAbove(starts: Float64Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maps 0-based offsets to 1-based line/column for one file's text. */
export class LineIndex {
  /** A typed array: an edit copies and moves 25,000 line starts in one pass (pushing them into a plain array cost 3.4 ms). */
  private readonly starts: Float64Array;
  constructor(text: string, starts?: Float64Array) {
    if (starts) {
      this.starts = starts;
      return;
    }
    const found = [0];
    // indexOf finds newlines many times faster than a charCodeAt loop.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) found.push(i + 1);
    this.starts = Float64Array.from(found);
  }

  /**
   * The index of `text`, which is `prev`'s text with [prefix, oldSuffixStart) replaced by
   * [prefix, newSuffixStart) of `text` (commonEnds gives both): only the replaced part is scanned, the
   * lines after it are `prev`'s moved by the change in length. A keystroke in a 566 KB text no longer
   * scans 25,000 lines.
   */
  static edited(
    prev: LineIndex,
    text: string,
    prefix: number,
    oldSuffixStart: number,
    newSuffixStart: number,
  ): LineIndex {
    const old = prev.starts;
    // A line starts at s when a newline is at s - 1: those up to the prefix's end are unchanged.
    const before = firstAbove(old, prefix);
    const inserted: number[] = [];
    for (let i = text.indexOf('\n', prefix); i >= 0 && i < newSuffixStart; i = text.indexOf('\n', i + 1))
      inserted.push(i + 1);
    const after = firstAbove(old, oldSuffixStart);
    const starts = new Float64Array(before + inserted.length + old.length - after);
    starts.set(old.subarray(0, before));
    starts.set(inserted, before);
    const delta = newSuffixStart - oldSuffixStart;
    for (let k = after, o = before + inserted.length; k < old.length; k++, o++) starts[o] = old[k] + delta;
    return new LineIndex(text, starts);
  }
  /** 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  /** 0-based offset of a 1-based line/column. */
  offset(line: number, column: number): number {
    return (this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0) + column - 1;
  }
  get lineCount(): number {
    return this.starts.length;
  }
}

/** Builds a diagnostic for [offset, endOffset) of a file. */
export function diagnosticAt(
  file: string,
  lines: LineIndex,
  offset: number,
  endOffset: number,
  severity: Severity,
  rule: string,
  message: string | Said,
): Diagnostic {
  const start = lines.position(offset);
  const end = lines.position(Math.max(offset, endOffset));
  return {
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset,
    endOffset: Math.max(offset, endOffset),
    severity,
    rule,
    ...(typeof message === 'string'
      ? { message: oneLine(message) }
      : { message: oneLine(message.text), ref: message.ref }),
  };
}

/** Line breaks and other control characters, as messages may quote them from the user's text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/**
 * A message quotes values from the text (`kind: |` with two lines, an escape sequence in a name): shown
 * escaped, so a message stays one line in the status bar and in the CLI's `file:line:col` output, and a
 * terminal never receives control sequences from a manifest (found by test/fuzz).
 */
function oneLine(message: string): string {
  return message.replace(CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Parses every document of a file. Syntax errors become `yaml-syntax`
 * diagnostics at their position; the documents are still returned (the yaml
 * library recovers), but consumers must skip documents with errors.
 */
export function parseSource(file: SourceFile): ParsedSource {
  const lines = new LineIndex(file.text);
  const diagnostics: Diagnostic[] = [];
  const docs: ParsedDocument[] = [];
  parseDocuments(file.text).forEach((doc, index) => {
    const range: [number, number] = [doc.range?.[0] ?? 0, doc.range?.[2] ?? file.text.length];
    diagnostics.push(...yamlDiagnostics(file.name, lines, doc));
    docs.push({ file: file.name, index, doc, range });
  });
  return { file, docs, lines, diagnostics };
}

/** A document's syntax errors and warnings as diagnostics at their positions. */
export function yamlDiagnostics(file: string, lines: LineIndex, doc: Document.Parsed): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const err of doc.errors) {
    const [a, b] = err.pos;
    // A document refused for its depth (parse-documents.ts) names the place in its message too.
    const message =
      err.code === TOO_DEEP ? nestingMessage(lines.position(a).line, lines.position(a).column) : err.message;
    out.push(diagnosticAt(file, lines, a, b, 'error', 'yaml-syntax', cleanYamlMessage(message)));
  }
  for (const warn of doc.warnings) {
    const [a, b] = warn.pos;
    out.push(diagnosticAt(file, lines, a, b, 'warning', 'yaml-warning', cleanYamlMessage(warn.message)));
  }
  return out;
}

/** The yaml library's messages end with a position and a code excerpt; we print our own position. */
function cleanYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}
