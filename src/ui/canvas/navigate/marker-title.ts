/**
 * A diagnostic marker's tooltip: its problems one per line, at most TITLE_LINES of them, then how many
 * more the problems list holds. Unbounded, a policy of 10,000 rules put thousands of lines in one
 * tooltip, rebuilt on every render of the markers (~1.1 s of the ten keystrokes typed into it in one slow
 * bench:big run, CPU profile): more than anyone reads in a tooltip.
 */
import type { Diagnostic } from '../../../model/diagnostics.ts';

export const TITLE_LINES = 20;

export function markerTitle(
  diagnostics: readonly Diagnostic[],
  line: (d: Diagnostic) => string,
  more: (count: number) => string,
): string {
  const lines = diagnostics.slice(0, TITLE_LINES).map(line);
  if (diagnostics.length > TITLE_LINES) lines.push(more(diagnostics.length - TITLE_LINES));
  return lines.join('\n');
}
