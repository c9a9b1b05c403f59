/**
 * The connectivity list (who can reach whom on which ports) as CSV and as a
 * Markdown table, for spreadsheets, tickets and reviews. Columns follow
 * netpol-analyzer's list output: src, dst, conn. Names are data: cells go
 * through the project's one CSV and one Markdown cell writer (model/text),
 * which neutralise formulas, HTML and control characters.
 */
import { csvField } from '../text/csv.ts';
import { markdownCell } from '../text/markdown.ts';

/**
 * One allowed pair. The connections (e.g. `TCP 80,UDP 53` or `All Connections`;
 * a list is joined with commas) come as `conns`, or as `conn` the way
 * `connlistEntries()` (src/model/connlist.ts) returns them, so its rows go in as they are.
 */
export type ConnectivityRow = { src: string; dst: string } & ({ conns: string | readonly string[] } | { conn: string });

const HEADER = ['src', 'dst', 'conn'] as const;

function cells(row: ConnectivityRow): string[] {
  const conns = 'conns' in row ? row.conns : row.conn;
  return [row.src, row.dst, typeof conns === 'string' ? conns : conns.join(',')];
}

/** RFC 4180: CRLF line ends; fields as csvField writes them. */
export function connectivityCsv(rows: readonly ConnectivityRow[]): string {
  return [HEADER as readonly string[], ...rows.map(cells)].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** A GitHub-flavoured Markdown table; cells as markdownCell writes them. */
export function connectivityMarkdown(rows: readonly ConnectivityRow[]): string {
  const line = (r: readonly string[]) => `| ${r.map(markdownCell).join(' | ')} |\n`;
  return line(HEADER) + '|-----|-----|------|\n' + rows.map((r) => line(cells(r))).join('');
}
