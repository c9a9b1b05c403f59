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
import { CLUSTER_POLICY_REFUSALS, clusterPolicySetDiagnostics } from '../model/validation/cluster-policy-set.ts';
import { CliError } from './errors.ts';
import { speaker, type CliArgs } from './speak.ts';
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
    throw new CliError({
      key: 'errors.cannotReadFinding',
      args: { at: location(first), message: first, ...more(fatal) },
    });
  }
  refuseBrokenClusterPolicies([...validation, ...clusterPolicySetDiagnostics(ws)]);
  return { ws, validation };
}

/** A cluster policy the API server would reject is refused, as netpol-analyzer refuses it (cluster-policy-set.ts). */
function refuseBrokenClusterPolicies(diagnostics: readonly Diagnostic[]): void {
  const broken = diagnostics
    .filter((d) => d.severity === 'error' && CLUSTER_POLICY_REFUSALS.has(d.rule))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
  if (broken.length === 0) return;
  throw new CliError({
    key: 'errors.cannotAnalyse',
    args: { at: location(broken[0]), message: broken[0], ...more(broken) },
  });
}

/** ` (and 2 more; see netpol-studio lint)` after the first of several findings, said when printed. */
function more(findings: readonly Diagnostic[]): CliArgs {
  if (findings.length <= 1) return { more: '' };
  return { more: { key: 'errors.andMore', args: { number: findings.length - 1 } } };
}

/**
 * The analysis reads invalid policies as best it can, but the API server would
 * reject them: say so on stderr (stdout stays the pure result).
 */
export function warnIfInvalid(loaded: LoadedWorkspace, io: CliIO): void {
  const errors = loaded.validation.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const say = speaker(io.language).say;
  const at = location(errors[0]);
  const text =
    errors.length === 1
      ? say('warnings.validationError', { at })
      : say('warnings.validationErrors', { at, number: errors.length });
  io.stderr(`netpol-studio: ${text}\n`);
}

/**
 * Input that parsed but held no Kubernetes object (a stray text file, the wrong
 * directory) would otherwise give an empty, successful answer: say so on stderr.
 */
export function warnIfEmpty(ws: Workspace, io: CliIO): void {
  if (ws.policies.length > 0 || ws.workloads.length > 0 || ws.namespaces.size > 0) return;
  if (ws.diagnostics.some((d) => d.severity === 'error')) return; // the errors already say why
  io.stderr(`netpol-studio: ${speaker(io.language).say('warnings.noObjects')}\n`);
}

/**
 * Cluster policies: what the analysis could not evaluate (nodes, domainNames, IPv6 networks) and
 * same-priority ambiguities, one summary line each on stderr (stdout stays the pure result).
 */
export function warnClusterPolicyLimits(loaded: LoadedWorkspace, io: CliIO): void {
  const speak = speaker(io.language);
  const summary = (ds: Diagnostic[], key: 'warnings.notAnalysed' | 'warnings.samePriority'): void => {
    if (ds.length === 0) return;
    const message = displayText(speak.diagnostic(ds[0]), MESSAGE_MAX);
    io.stderr(`netpol-studio: ${speak.say(key, { number: ds.length, at: location(ds[0]), message })}\n`);
  };
  summary(
    loaded.validation.filter((d) => d.rule === 'not-analysed'),
    'warnings.notAnalysed',
  );
  summary(
    clusterPolicySetDiagnostics(loaded.ws).filter((d) => d.rule === 'cluster-policy-same-priority'),
    'warnings.samePriority',
  );
}
