// A diagnostic marker's tooltip (ui/canvas/navigate/marker-title.ts): every problem while they are few,
// the first TITLE_LINES and a count of the rest once there are more.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { markerTitle, TITLE_LINES } from '../../src/ui/canvas/navigate/marker-title.ts';

const diagnostic = (i: number): Diagnostic => ({
  file: 'workspace.yaml',
  line: i + 1,
  column: 3,
  endLine: i + 1,
  endColumn: 9,
  offset: 0,
  endOffset: 0,
  severity: 'warning',
  rule: 'port-matches-nothing',
  message: `problem ${i}`,
});
const line = (d: Diagnostic) => `${d.line}:${d.column} ${d.message}`;
const more = (n: number) => `… and ${n} more`;

describe('markerTitle', () => {
  it('lists every problem, in order, while there are at most TITLE_LINES', () => {
    const ds = Array.from({ length: TITLE_LINES }, (_, i) => diagnostic(i));
    const title = markerTitle(ds, line, more);
    expect(title.split('\n')).toEqual(ds.map(line));
  });
  it('lists the first TITLE_LINES and counts the rest', () => {
    const ds = Array.from({ length: 5000 }, (_, i) => diagnostic(i));
    const lines = markerTitle(ds, line, more).split('\n');
    expect(lines).toHaveLength(TITLE_LINES + 1);
    expect(lines.slice(0, TITLE_LINES)).toEqual(ds.slice(0, TITLE_LINES).map(line));
    expect(lines.at(-1)).toBe(`… and ${5000 - TITLE_LINES} more`);
  });
  it('says one problem alone', () => {
    expect(markerTitle([diagnostic(0)], line, more)).toBe('1:3 problem 0');
  });
});
