/** `netpol-studio diff REF1 REF2`: the connections that differ between two sets of manifests. */
import { analyzeConnectivity } from '../model/analysis/connectivity.ts';
import { connectivityDiff } from '../model/analysis/diff.ts';
import { DIFF_FORMATS, formatDiff, type DiffFormat } from '../model/io/diff-format.ts';
import { displayText } from '../model/text/visible.ts';
import { parseArgs } from './args.ts';
import { CliError, EXIT_OK } from './errors.ts';
import { DIFF_HELP } from './help.ts';
import type { CliIO } from './io.ts';
import { loadForAnalysis, MESSAGE_MAX, warnIfEmpty, warnIfInvalid } from './workspace-input.ts';

/** One side: its path read as a workspace; messages about it say which side it is. */
async function loadRef(io: CliIO, path: string, name: string) {
  const prefix = (m: string): string => `${name} (${displayText(path, MESSAGE_MAX)}): ${m}`;
  let loaded;
  try {
    loaded = await loadForAnalysis(io, [path]);
  } catch (e) {
    if (e instanceof CliError) throw new CliError(prefix(e.message), e.exitCode);
    throw e;
  }
  const tagged: CliIO = {
    ...io,
    stderr: (t: string) => io.stderr(t.replace(/^netpol-studio: /, `netpol-studio: ${prefix('')}`)),
  };
  warnIfInvalid(loaded, tagged);
  warnIfEmpty(loaded.ws, tagged);
  return loaded.ws;
}

export async function diffCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { format: { value: true, short: 'o' }, help: { value: false, short: 'h' } }, 'diff');
  if (args.flags.has('help')) {
    io.stdout(DIFF_HELP);
    return EXIT_OK;
  }
  const format = (args.options.get('format') ?? 'txt') as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) throw new CliError(`unknown format "${format}" (use ${DIFF_FORMATS.join(', ')})`);
  if (args.positional.length !== 2)
    throw new CliError(
      `diff needs exactly two paths, REF1 and REF2 (got ${args.positional.length}; see netpol-studio diff --help)`,
    );
  const [path1, path2] = args.positional;
  const ws1 = await loadRef(io, path1, 'ref1');
  const ws2 = await loadRef(io, path2, 'ref2');
  const diffs = connectivityDiff(analyzeConnectivity(ws1), analyzeConnectivity(ws2));
  if (diffs.length === 0) io.stderr('netpol-studio: no connectivity differences between ref1 and ref2.\n');
  else await io.stdout(formatDiff(diffs, format));
  return EXIT_OK;
}
