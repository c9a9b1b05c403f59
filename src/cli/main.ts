/**
 * `netpol-studio` entry point. `run` is the whole CLI as a function of its
 * arguments and IO, so tests drive it in-process; `main` binds it to the real
 * process. No error escapes as a stack trace: every failure is one line on
 * stderr prefixed `netpol-studio:` and a non-zero exit code.
 */
import { connlistCommand } from './connlist.ts';
import { diffCommand } from './diff.ts';
import { CliError, EXIT_OK, EXIT_USAGE } from './errors.ts';
import { explainCommand } from './explain.ts';
import { TOP_HELP } from './help.ts';
import { TOP_HELP_JA } from './help-ja.ts';
import { nodeIO, nodeProcess, type CliIO } from './io.ts';
import { lintCommand } from './lint.ts';
import { MESSAGE_MAX } from './workspace-input.ts';
import { displayText } from '../model/text/visible.ts';
import { isLanguage, type Language } from '../i18n/language.ts';
import { speaker } from './speak.ts';

export type { CliIO } from './io.ts';
export { nodeIO } from './io.ts';

/** Replaced by the build script; `dev` when run from source. */
declare const __NETPOL_STUDIO_VERSION__: string | undefined;
const VERSION = typeof __NETPOL_STUDIO_VERSION__ === 'string' ? __NETPOL_STUDIO_VERSION__ : 'dev';

const COMMANDS: Record<string, (argv: readonly string[], io: CliIO) => Promise<number>> = {
  connlist: connlistCommand,
  lint: lintCommand,
  explain: explainCommand,
  diff: diffCommand,
};

/** The first line of an error, made visible and cut: messages echo arguments and names, which are input. */
function oneLine(message: string): string {
  return displayText(message.split('\n')[0].trim(), MESSAGE_MAX) || 'unknown error';
}

/**
 * `--lang en|ja` (or `--lang=ja`) anywhere in the arguments: taken out before the command reads them,
 * as it chooses the words of every message, not what a command does.
 */
function takeLanguage(
  argv: readonly string[],
  fallback: Language | undefined,
): { argv: string[]; language?: Language } {
  const out: string[] = [];
  let language = fallback;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      out.push(arg);
      continue;
    }
    const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
    if (value === undefined) throw new CliError({ key: 'errors.optionNeedsValue', args: { name: 'lang' } });
    if (!isLanguage(value)) throw new CliError({ key: 'errors.unknownLanguage', args: { value } });
    language = value;
  }
  return { argv: out, language };
}

/** Runs one invocation (`argv` without node and script); resolves to the exit code. */
export async function run(argvIn: readonly string[], ioIn: CliIO): Promise<number> {
  let io = ioIn;
  try {
    const chosen = takeLanguage(argvIn, ioIn.language);
    io = { ...ioIn, language: chosen.language };
    const [command, ...rest] = chosen.argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      if (topic && Object.prototype.hasOwnProperty.call(COMMANDS, topic)) return await COMMANDS[topic](['--help'], io);
      (command === undefined ? io.stderr : io.stdout)(io.language === 'ja' ? TOP_HELP_JA : TOP_HELP);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`netpol-studio ${VERSION}\n`);
      return EXIT_OK;
    }
    if (!Object.prototype.hasOwnProperty.call(COMMANDS, command)) {
      throw new CliError({
        key: 'errors.unknownCommand',
        args: { command, commands: Object.keys(COMMANDS).join(', ') },
      });
    }
    return await COMMANDS[command](rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      const text = e.said ? speaker(io.language).say(e.said.key, e.said.args) : e.message;
      io.stderr(`netpol-studio: ${oneLine(text)}\n`);
      return e.exitCode;
    }
    // A bug or an environment failure: still one line, never a stack trace.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`netpol-studio: ${oneLine(message)}\n`);
    return EXIT_USAGE;
  }
}

/** Runs with the real process arguments and sets the exit code. */
export async function main(): Promise<void> {
  let proc;
  try {
    proc = nodeProcess();
  } catch (e) {
    console.error(`netpol-studio: ${oneLine((e as Error).message)}`);
    return;
  }
  // `netpol-studio connlist … | head` closes the pipe early: that is not an error worth a stack trace.
  proc.stdout.on('error', (e) => {
    if (e.code !== 'EPIPE') proc.stderr.write(`netpol-studio: ${oneLine(e.message ?? String(e))}\n`);
    proc.exitCode = e.code === 'EPIPE' ? EXIT_OK : EXIT_USAGE;
  });
  try {
    proc.exitCode = await run(proc.argv.slice(2), nodeIO());
  } catch (e) {
    proc.stderr.write(`netpol-studio: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    proc.exitCode = EXIT_USAGE;
  }
}
