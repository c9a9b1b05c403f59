/**
 * One CSV cell, the only way any CSV in the project is written (the app's
 * connectivity export and `connlist -o csv`).
 */
import { visibleText } from './visible.ts';

/**
 * A spreadsheet evaluates a cell that starts with one of these as a formula
 * (`=HYPERLINK(…)`, `@SUM(…)|cmd`): OWASP's list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * `value` as an RFC 4180 field that a spreadsheet shows as text:
 * unsafe characters made visible (tab, LF and CR are data and stay), a
 * formula trigger at the start neutralised with a leading `'` (OWASP), then
 * quoted (quotes doubled) when it holds a comma, quote, CR or LF.
 */
export function csvField(value: string): string {
  let v = visibleText(value, { keepWhitespace: true });
  if (FORMULA_START.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
