/**
 * `connlist --exposure` and `connlist --explain`: the netpol-analyzer reports
 * that extend the list. Only txt is written for them (upstream's golden
 * format); other formats are refused with a clear message.
 */
import type { ConnectivityResult } from '../model/analysis/connectivity.ts';
import { explainAllPairs } from '../model/analysis/explain-report.ts';
import { analyzeExposure } from '../model/analysis/exposure.ts';
import { focusExposure, pairInFocus, type FocusOptions } from '../model/analysis/focus.ts';
import { formatExplainTxt } from '../model/io/explain-format.ts';
import { formatExposureTxt } from '../model/io/exposure-format.ts';
import type { Workspace } from '../model/types.ts';
import type { OptionSpec, ParsedArgs } from './args.ts';
import { CliError } from './errors.ts';

export const REPORT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  exposure: { value: false },
  explain: { value: false },
};

export type ReportKind = 'exposure' | 'explain';

/** Which report was asked for, checked against the format and the focus options. */
export function reportKind(args: ParsedArgs, format: string, focus: FocusOptions | undefined): ReportKind | undefined {
  const exposure = args.flags.has('exposure');
  const explain = args.flags.has('explain');
  if (!exposure && !explain) return undefined;
  if (exposure && explain)
    throw new CliError('--exposure and --explain cannot be combined yet; run them one at a time');
  const name = exposure ? '--exposure' : '--explain';
  if (format !== 'txt') throw new CliError(`${name} writes txt only (got --format ${format})`);
  if (focus?.conn) throw new CliError(`${name} cannot be combined with --focus-conn yet`);
  return exposure ? 'exposure' : 'explain';
}

/** The report's text, for the (possibly focused) connectivity `result` of `ws`. */
export function reportText(
  kind: ReportKind,
  ws: Workspace,
  result: ConnectivityResult,
  focus: FocusOptions | undefined,
): string {
  if (kind === 'exposure') {
    const exposure = analyzeExposure(ws);
    return formatExposureTxt(result, focus ? focusExposure(exposure, ws.workloads, focus) : exposure);
  }
  const inFocus = focus ? pairInFocus(ws.workloads, focus) : () => true;
  return formatExplainTxt(explainAllPairs(ws, result).filter((p) => inFocus(p.src, p.dst)));
}
