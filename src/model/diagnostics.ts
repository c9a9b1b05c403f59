/**
 * Diagnostics: every problem the core reports, from YAML syntax errors to
 * NetworkPolicy validation and lint pitfalls. Positions are 1-based (line and
 * column, as editors and `file:line:col` print them) plus 0-based offsets into
 * the file's text for the editor and for slicing.
 */
import type { MessageRef } from './text/message.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  /** 1-based line of the first character. */
  line: number;
  /** 1-based column of the first character. */
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the file's text: [offset, endOffset). */
  offset: number;
  endOffset: number;
  severity: Severity;
  /** Stable id, e.g. `yaml-syntax`, `port-range`, `split-peer`. Never renamed once shipped. */
  rule: string;
  /** One plain-language sentence for a person, no stack traces (English). */
  message: string;
  /**
   * The id (`ns/name`) of the NetworkPolicy whose text holds the problem, when the app's analysis
   * placed it (graph/diagnostic-targets.ts `placeInPolicies`): the canvas marks that policy's edges
   * without parsing the workspace again on the main thread. Absent in the CLI's output.
   */
  policy?: string;
  /**
   * The same sentence as data, for saying it in the user's language (src/i18n/format.ts).
   * Absent where the core has only the English (e.g. the yaml library's syntax errors).
   */
  ref?: MessageRef;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by file, position, then severity, so every consumer prints them the same way. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.offset !== b.offset) return a.offset - b.offset;
  if (a.severity !== b.severity) return severityRank[a.severity] - severityRank[b.severity];
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
