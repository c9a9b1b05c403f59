/**
 * Loading a workspace for a command that analyses it (connlist, explain):
 * those refuse input that cannot be read as manifests, since an analysis of a
 * partly read cluster would silently be wrong.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { Workspace } from '../model/types.ts';
import { displayText } from '../model/text/visible.ts';
import { READING_RULES, validateSources } from '../model/validation/index.ts';
import { loadWorkspace, type WorkspaceOptions } from '../model/manifests/workspace.ts';
import { CliError } from './errors.ts';
import type { CliIO } from './io.ts';
import { readInputs } from './inputs.ts';

/** Longest message or line the CLI prints about the input; the rest is counted, not shown. */
export const MESSAGE_MAX = 1000;

/** `file:line:column`; a file name is input too (a directory's entries), so it is made visible. */
export function location(d: Diagnostic): string {
  return `${displayText(d.file, MESSAGE_MAX)}:${d.line}:${d.column}`;
}

export interface LoadedWorkspace {
  ws: Workspace;
  /** API-server validation findings (the analysis still ran on a best-effort reading). */
  validation: Diagnostic[];
}

export async function loadForAnalysis(
  io: CliIO,
  paths: readonly string[],
  options: WorkspaceOptions = {},
): Promise<LoadedWorkspace> {
  // Nothing is written back: a kubectl List's `status` and `managedFields` are left unparsed (list-noise.ts).
  const ws = loadWorkspace(await readInputs(io, paths), { ...options, dropClusterNoise: true });
  const validation = validateSources(ws.sources);
  const fatal = [...ws.diagnostics, ...validation].filter((d) => READING_RULES.has(d.rule) && d.severity === 'error');
  if (fatal.length > 0) {
    const first = fatal[0];
    const more = fatal.length > 1 ? ` (and ${fatal.length - 1} more; see netpol-studio lint)` : '';
    throw new CliError(`${location(first)}: cannot read: ${first.message}${more}`);
  }
  return { ws, validation };
}

/**
 * The analysis reads invalid policies as best it can, but the API server would
 * reject them: say so on stderr (stdout stays the pure result).
 */
export function warnIfInvalid(loaded: LoadedWorkspace, io: CliIO): void {
  const errors = loaded.validation.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const n = errors.length === 1 ? '1 validation error' : `${errors.length} validation errors`;
  io.stderr(
    `netpol-studio: warning: ${n} (first at ${location(errors[0])}); the API server would reject such policies. See netpol-studio lint.\n`,
  );
}

/**
 * Input that parsed but held no Kubernetes object (a stray text file, the wrong
 * directory) would otherwise give an empty, successful answer: say so on stderr.
 */
export function warnIfEmpty(ws: Workspace, io: CliIO): void {
  if (ws.policies.length > 0 || ws.workloads.length > 0 || ws.namespaces.size > 0) return;
  if (ws.diagnostics.some((d) => d.severity === 'error')) return; // the errors already say why
  io.stderr(
    'netpol-studio: warning: no Kubernetes objects (NetworkPolicy, Namespace, Pod or workload) found in the input.\n',
  );
}
