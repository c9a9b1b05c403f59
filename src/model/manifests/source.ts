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
import { LineIndex } from './line-index.ts';

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
