/**
 * PATH arguments → source files. Directories are read recursively for
 * .yaml/.yml/.json files, in sorted order so output never depends on the
 * file system's listing order. Inside them, `node_modules` and hidden
 * directories (.git, .github…) are skipped: they hold package and tool files,
 * never the cluster's manifests, and can be huge. A directory named on the
 * command line is read whatever its name.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { SourceFile } from '../model/manifests/source.ts';
import { decodeUtf8, type EncodingProblem } from '../model/io/utf8.ts';
import { CliError } from './errors.ts';
import type { CliIO } from './io.ts';

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];
/** Guards against symlink loops without tracking real paths. */
const MAX_DEPTH = 32;

const isManifest = (name: string): boolean => MANIFEST_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
const isSkippedDirectory = (name: string): boolean => name === 'node_modules' || name.startsWith('.');

function describeError(e: unknown): string {
  const code = (e as { code?: string })?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  return (e as Error)?.message ?? String(e);
}

async function collect(io: CliIO, path: string, depth: number, out: string[]): Promise<void> {
  let kind;
  try {
    kind = await io.pathKind(path);
  } catch (e) {
    throw new CliError({ key: 'errors.cannotReadPath', args: { path, reason: describeError(e) } });
  }
  if (kind === 'missing') throw new CliError({ key: 'errors.noSuchPath', args: { path } });
  if (kind === 'file') {
    out.push(path);
    return;
  }
  if (kind !== 'directory') throw new CliError({ key: 'errors.notFileOrDirectory', args: { path } });
  if (depth > MAX_DEPTH) throw new CliError({ key: 'errors.nestedTooDeeply', args: { path } });
  let names: string[];
  try {
    names = await io.readDir(path);
  } catch (e) {
    throw new CliError({ key: 'errors.cannotReadDirectory', args: { path, reason: describeError(e) } });
  }
  for (const name of [...names].sort()) {
    const child = io.joinPath(path, name);
    const childKind = await io.pathKind(child).catch(() => 'other' as const);
    if (childKind === 'directory') {
      if (!isSkippedDirectory(name)) await collect(io, child, depth + 1, out);
    } else if (childKind === 'file' && isManifest(name)) out.push(child);
  }
}

/**
 * Reads every manifest under the given paths. Files named explicitly are read
 * whatever their extension; an explicit directory with no manifests is an error
 * (almost always a wrong path). A file that is not UTF-8 text is refused at its
 * first bad byte (as Import refuses it), unless `unreadable` takes it as a
 * finding (lint): then it is left out of the sources.
 */
export async function readInputs(
  io: CliIO,
  paths: readonly string[],
  unreadable?: (finding: Diagnostic) => void,
): Promise<SourceFile[]> {
  if (paths.length === 0) throw new CliError({ key: 'errors.noPath' });
  const files: string[] = [];
  for (const p of paths) {
    const before = files.length;
    await collect(io, p, 0, files);
    if (files.length === before) throw new CliError({ key: 'errors.noManifests', args: { path: p } });
  }
  const unique = [...new Set(files)];
  const sources: SourceFile[] = [];
  for (const name of unique) {
    let content;
    try {
      content = await io.readFile(name);
    } catch (e) {
      throw new CliError({ key: 'errors.cannotReadPath', args: { path: name, reason: describeError(e) } });
    }
    if (typeof content === 'string') {
      sources.push({ name, text: content });
      continue;
    }
    const decoded = decodeUtf8(content);
    if ('text' in decoded) sources.push({ name, text: decoded.text });
    else if (unreadable) unreadable(encodingFinding(name, decoded.problem));
    else {
      const { line, column, message } = decoded.problem;
      throw new CliError({ key: 'errors.cannotReadAt', args: { at: `${name}:${line}:${column}`, message } });
    }
  }
  return sources;
}

function encodingFinding(file: string, p: EncodingProblem): Diagnostic {
  const at = { line: p.line, column: p.column, offset: p.byteOffset };
  return {
    file,
    ...at,
    endLine: p.line,
    endColumn: p.column + 1,
    endOffset: p.byteOffset + 1,
    severity: 'error',
    rule: 'binary-content',
    message: p.message,
  };
}
