/** `netpol-studio connlist`: the effective connectivity, in netpol-analyzer's formats. */
import { analyzeConnectivity } from '../model/analysis/connectivity.ts';
import { CONNLIST_FORMATS, formatConnlist, type ConnlistFormat } from '../model/analysis/connlist.ts';
import { parseArgs } from './args.ts';
import { CliError, EXIT_OK } from './errors.ts';
import { CONNLIST_HELP } from './help.ts';
import type { CliIO } from './io.ts';
import { loadForAnalysis, warnIfEmpty, warnIfInvalid } from './workspace-input.ts';

export async function connlistCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { format: { value: true, short: 'o' }, help: { value: false, short: 'h' } }, 'connlist');
  if (args.flags.has('help')) {
    io.stdout(CONNLIST_HELP);
    return EXIT_OK;
  }
  const format = (args.options.get('format') ?? 'txt') as ConnlistFormat;
  if (!CONNLIST_FORMATS.includes(format))
    throw new CliError(`unknown format "${format}" (use ${CONNLIST_FORMATS.join(', ')})`);
  const loaded = await loadForAnalysis(io, args.positional);
  warnIfInvalid(loaded, io);
  warnIfEmpty(loaded.ws, io);
  io.stdout(formatConnlist(analyzeConnectivity(loaded.ws), format));
  return EXIT_OK;
}
