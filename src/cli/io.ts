/**
 * What the CLI needs from the outside world. Commands only see this
 * interface, so tests run them in-process with captured output, and the core
 * stays free of Node imports.
 */
import { languageFromEnv, type Language } from '../i18n/language.ts';

export type PathKind = 'file' | 'directory' | 'missing' | 'other';

export interface CliIO {
  /**
   * Writes to standard output. May return a promise: a command writing a long
   * output awaits it before producing more (backpressure), and stops when it
   * resolves to false (the reader has gone, as with `| head`). Bytes are UTF-8 (connlist encodes
   * its lines itself: millions of them, each assembled from pieces encoded once).
   */
  stdout(text: string | Uint8Array): void | Promise<boolean>;
  stderr(text: string): void;
  /** Bytes (decoded by the CLI: bytes that are not UTF-8 are refused with their offset) or, in tests, text. */
  readFile(path: string): Promise<Uint8Array | string>;
  pathKind(path: string): Promise<PathKind>;
  /** Entry names of a directory (not paths). */
  readDir(path: string): Promise<string[]>;
  joinPath(dir: string, name: string): string;
  /** The language of human-readable messages (machine formats never change); English when absent. */
  language?: Language;
}

// Minimal shapes of the Node built-ins we use. src/ is type-checked without
// @types/node (the app tsconfig is browser-only), so we describe them here and
// fetch the modules at run time with process.getBuiltinModule (Node >= 20.16).
interface NodeStats {
  isFile(): boolean;
  isDirectory(): boolean;
}
interface NodeFsPromises {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<NodeStats>;
  readdir(path: string): Promise<string[]>;
}
interface NodePath {
  join(...parts: string[]): string;
}
interface NodeStream {
  write(text: string | Uint8Array, callback?: (error?: unknown) => void): boolean;
  on(event: 'error', listener: (error: { code?: string; message?: string }) => void): unknown;
}
export interface NodeProcess {
  argv: string[];
  env?: Readonly<Record<string, string | undefined>>;
  exitCode?: number | string;
  stdout: NodeStream;
  stderr: NodeStream;
  getBuiltinModule?(id: string): unknown;
}

export function nodeProcess(): NodeProcess {
  const proc = (globalThis as { process?: NodeProcess }).process;
  if (!proc?.getBuiltinModule) throw new Error('this command needs Node.js 20.19 or newer');
  return proc;
}

/** The real file system and standard streams. */
export function nodeIO(): CliIO {
  const proc = nodeProcess();
  const fs = proc.getBuiltinModule!('node:fs/promises') as NodeFsPromises;
  const path = proc.getBuiltinModule!('node:path') as NodePath;
  return {
    // Resolves when the text has been handed to the OS (the write callback), so a long output
    // never piles up in the stream's buffer; false on an error (EPIPE), which main() handles.
    stdout: (text) => new Promise((resolve) => proc.stdout.write(text, (error) => resolve(!error))),
    stderr: (text) => void proc.stderr.write(text),
    readFile: (p) => fs.readFile(p),
    async pathKind(p) {
      try {
        const st = await fs.stat(p);
        return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
        throw e;
      }
    },
    readDir: (p) => fs.readdir(p),
    joinPath: (dir, name) => path.join(dir, name),
    language: languageFromEnv(proc.env ?? {}),
  };
}
