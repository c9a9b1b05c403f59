/**
 * Writers for the connectivity diff (analysis/diff.ts) in netpol-analyzer's
 * `diff` formats. `txt` is byte-identical to upstream: a `Connectivity diff:`
 * header, then one line per pair, grouped changed / added / removed and sorted
 * as text within each group. `csv` and `md` have upstream's columns.
 *
 * Names are data, never control: txt makes control and invisible characters
 * visible, CSV cells cannot start a formula, Markdown cells hold no HTML
 * (model/text). Valid Kubernetes names have none, so upstream's bytes stay.
 */
import { formatConns } from '../analysis/ports.ts';
import { DIFF_TYPES, type PairDiff } from '../analysis/diff.ts';
import { csvField } from '../text/csv.ts';
import { markdownCell } from '../text/markdown.ts';
import { visibleText } from '../text/visible.ts';

export type DiffFormat = 'txt' | 'csv' | 'md';
export const DIFF_FORMATS: readonly DiffFormat[] = ['txt', 'csv', 'md'];

/** The names the two sides go by in the output (upstream's default: ref1, ref2). */
export interface DiffNames {
  ref1: string;
  ref2: string;
}

/** The six fields upstream prints for a pair, as plain text. */
function fields(d: PairDiff): [string, string, string, string, string, string] {
  const ref1 = d.type === 'added' ? 'No Connections' : formatConns(d.ref1);
  const ref2 = d.type === 'removed' ? 'No Connections' : formatConns(d.ref2);
  const only = [d.srcOnlyOnOneSide ? d.src.id : '', d.dstOnlyOnOneSide ? d.dst.id : ''].filter(Boolean);
  const info = only.length > 0 ? `workload ${only.join(' and ')} ${d.type}` : '';
  return [d.type, d.src.id, d.dst.id, ref1, ref2, info];
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lines of each group, sorted as text within the group: upstream sorts its formatted lines (for
 * csv, the fields joined by `;` before they are written as CSV), so `sortKey` defaults to the line.
 */
function groupedLines(
  diffs: readonly PairDiff[],
  line: (f: string[]) => string,
  sortKey: (f: string[]) => string = line,
): string[] {
  return DIFF_TYPES.flatMap((t) =>
    diffs
      .filter((d) => d.type === t)
      .map((d) => {
        const f = fields(d);
        return { key: sortKey(f), line: line(f) };
      })
      .sort((a, b) => byCodeUnit(a.key, b.key))
      .map((l) => l.line),
  );
}

function txtLine(names: DiffNames): (f: string[]) => string {
  return ([type, src, dst, c1, c2, info]) => {
    const line = `diff-type: ${type}, source: ${src}, destination: ${dst}, ${names.ref1}: ${c1}, ${names.ref2}: ${c2}`;
    return visibleText(info ? `${line}, workloads-diff-info: ${info}` : line);
  };
}

/** The diff in `format`; empty when nothing differs (as upstream prints nothing then). */
export function formatDiff(
  diffs: readonly PairDiff[],
  format: DiffFormat,
  names: DiffNames = { ref1: 'ref1', ref2: 'ref2' },
): string {
  if (diffs.length === 0) return '';
  switch (format) {
    case 'txt':
      return ['Connectivity diff:', ...groupedLines(diffs, txtLine(names))].join('\n') + '\n';
    case 'csv': {
      const row = (f: string[]): string => f.map(csvField).join(',');
      return [row(['diff-type', 'source', 'destination', names.ref1, names.ref2, 'workloads-diff-info'])]
        .concat(groupedLines(diffs, row, (f) => f.join(';')))
        .map((l) => `${l}\n`)
        .join('');
    }
    case 'md': {
      const row = (f: string[]): string => `| ${f.map(markdownCell).join(' | ')} |`;
      const head = [
        `| diff-type | source | destination | ${markdownCell(names.ref1)} | ${markdownCell(names.ref2)} | workloads-diff-info |`,
        '|-----------|--------|-------------|------|------|---------------------|',
      ];
      return [...head, ...groupedLines(diffs, row)].join('\n') + '\n';
    }
  }
}
