/** Runs the CLI in process, as the tests drive it, and reads back what it wrote. */
import { nodeIO, run } from '../../src/cli/main.ts';

/** The CLI writes strings or UTF-8 byte chunks (connlist's output); tests read them back as text. */
const decoder = new TextDecoder();
const textOf = (t: string | Uint8Array): string => (typeof t === 'string' ? t : decoder.decode(t));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `netpol-studio …argv` with stdout and stderr captured (files are read from disk as usual). */
export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io = {
    ...nodeIO(),
    stdout: (t: string | Uint8Array) => void (stdout += textOf(t)),
    stderr: (t: string) => void (stderr += t),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
