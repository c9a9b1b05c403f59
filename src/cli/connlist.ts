/** `netpol-studio connlist`: the effective connectivity, in netpol-analyzer's formats. */
import { analyzeConnectivity } from '../model/analysis/connectivity.ts';
import { CONNLIST_FORMATS, connlistBytes, type ConnlistFormat } from '../model/analysis/connlist.ts';
import { parseArgs } from './args.ts';
import { applyFocus, FOCUS_OPTIONS, focusConnTxt, focusOptions } from './connlist-focus.ts';
import { reportKind, REPORT_OPTIONS, reportText } from './connlist-reports.ts';
import { CliError, EXIT_OK } from './errors.ts';
import { CONNLIST_HELP } from './help.ts';
import type { CliIO } from './io.ts';
import { loadForAnalysis, warnClusterPolicyLimits, warnIfEmpty, warnIfInvalid } from './workspace-input.ts';

export async function connlistCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(
    argv,
    {
      format: { value: true, short: 'o' },
      'group-replicasets': { value: false },
      help: { value: false, short: 'h' },
      ...FOCUS_OPTIONS,
      ...REPORT_OPTIONS,
    },
    'connlist',
  );
  if (args.flags.has('help')) {
    io.stdout(CONNLIST_HELP);
    return EXIT_OK;
  }
  const format = (args.options.get('format') ?? 'txt') as ConnlistFormat;
  if (!CONNLIST_FORMATS.includes(format))
    throw new CliError(`unknown format "${format}" (use ${CONNLIST_FORMATS.join(', ')})`);
  const focus = focusOptions(args, io);
  const report = reportKind(args, format, focus);
  // Off by default: the output stays netpol-analyzer's, where each ReplicaSet is a workload of its own.
  const loaded = await loadForAnalysis(io, args.positional, { groupReplicaSets: args.flags.has('group-replicasets') });
  warnIfInvalid(loaded, io);
  warnClusterPolicyLimits(loaded, io);
  warnIfEmpty(loaded.ws, io);
  // Written as it is produced: a cluster without policies lists every pair (millions of lines for a few
  // thousand workloads), more than one JS string can hold; memory stays that of one chunk.
  let result = analyzeConnectivity(loaded.ws);
  if (focus) result = applyFocus(result, focus, io);
  if (report) {
    await io.stdout(reportText(report, loaded.ws, result, focus));
    return EXIT_OK;
  }
  if (focus?.conn && format === 'txt') {
    await io.stdout(focusConnTxt(result, focus.conn));
    return EXIT_OK;
  }
  for (const chunk of connlistBytes(result, format)) {
    if ((await io.stdout(chunk)) === false) break;
  }
  return EXIT_OK;
}
