/** `netpol-studio lint`: validation and lint findings, one per line. */
import { countBySeverity, type Diagnostic } from '../model/diagnostics.ts';
import { checkWorkspace } from '../model/validation/lint.ts';
import { loadWorkspace } from '../model/manifests/workspace.ts';
import { displayText, safeJson } from '../model/text/visible.ts';
import { parseArgs } from './args.ts';
import { jsonArrayPieces, writeChunked } from './chunked-output.ts';
import { CliError, EXIT_FINDINGS, EXIT_OK } from './errors.ts';
import { LINT_HELP } from './help.ts';
import { LINT_HELP_JA } from './help-ja.ts';
import type { CliIO } from './io.ts';
import { readInputs } from './inputs.ts';
import { location, MESSAGE_MAX, warnIfEmpty } from './workspace-input.ts';
import { speaker, type Speaker } from './speak.ts';

/** `file:line:col: severity: message [rule]`, the severity and message in the speaker's language. */
function formatFinding(d: Diagnostic, speak: Speaker): string {
  // Messages are single sentences, but a YAML error may quote the input: keep one finding per line,
  // with any control or bidi character of a name shown as an escape, never sent to the terminal.
  const message = displayText(speak.diagnostic(d).replace(/\s*\n\s*/g, ' '), MESSAGE_MAX);
  return `${location(d)}: ${speak.severity(d.severity)}: ${message} [${d.rule}]`;
}

/** The json format keeps the core's English `message` and its fields as they always were. */
const jsonFinding = ({ ref: _ref, ...d }: Diagnostic): Omit<Diagnostic, 'ref'> => d;

function* jsonLines(shown: readonly Diagnostic[]): Generator<string> {
  yield* jsonArrayPieces(shown.map(jsonFinding), safeJson);
  yield '\n';
}

function* textLines(shown: readonly Diagnostic[], speak: Speaker): Generator<string> {
  for (const d of shown) yield `${formatFinding(d, speak)}\n`;
}

export async function lintCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(
    argv,
    { format: { value: true, short: 'o' }, info: { value: false }, help: { value: false, short: 'h' } },
    'lint',
  );
  if (args.flags.has('help')) {
    io.stdout(io.language === 'ja' ? LINT_HELP_JA : LINT_HELP);
    return EXIT_OK;
  }
  const format = args.options.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new CliError({ key: 'errors.unknownFormat', args: { format, formats: 'text or json' } });
  // Unlike connlist, lint reads unparseable files too: their syntax errors are findings.
  const unreadable: Diagnostic[] = [];
  const ws = loadWorkspace(await readInputs(io, args.positional, (d) => unreadable.push(d)));
  const all = [...unreadable, ...checkWorkspace(ws)];
  warnIfEmpty(ws, io);
  const shown = args.flags.has('info') ? all : all.filter((d) => d.severity !== 'info');
  // Streamed: a file with a million findings is never one string.
  if (format === 'json') await writeChunked(io, jsonLines(shown));
  else await writeChunked(io, textLines(shown, speaker(io.language)));
  const counts = countBySeverity(all);
  return counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
