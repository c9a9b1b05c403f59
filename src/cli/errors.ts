/**
 * Expected failures (bad usage, unreadable input). `run` prints their message
 * as one line, in the user's language when the error carries a key, and exits
 * with `exitCode`; anything else is a bug, still printed as one line (never a
 * stack trace).
 */
import { englishCli, type CliArgs, type CliKey } from './speak.ts';

export const EXIT_OK = 0;
/** `lint` found errors. */
export const EXIT_FINDINGS = 1;
/** Bad arguments, unreadable paths, unparseable input. */
export const EXIT_USAGE = 2;

/** A CLI message as data: the key in src/i18n/<language>/cli.ts and its values. */
export interface CliSaid {
  key: CliKey;
  args?: CliArgs;
}

export class CliError extends Error {
  /** The message as data, when it has a translation (`message` is its English). */
  readonly said?: CliSaid;
  constructor(
    message: string | CliSaid,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(typeof message === 'string' ? message : englishCli(message.key, message.args));
    this.name = 'CliError';
    if (typeof message !== 'string') this.said = message;
  }
}
