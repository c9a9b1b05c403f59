/**
 * Expected failures (bad usage, unreadable input). `run` prints their message
 * as one line and exits with `exitCode`; anything else is a bug, still
 * printed as one line (never a stack trace).
 */
export const EXIT_OK = 0;
/** `lint` found errors. */
export const EXIT_FINDINGS = 1;
/** Bad arguments, unreadable paths, unparseable input. */
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
