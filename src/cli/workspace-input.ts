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
  refuseBrokenClusterPolicies([...validation, ...clusterPolicySetDiagnostics(ws)]);
  return { ws, validation };
}

/** A cluster policy the API server would reject is refused, as netpol-analyzer refuses it (cluster-policy-set.ts). */
function refuseBrokenClusterPolicies(diagnostics: readonly Diagnostic[]): void {
  const broken = diagnostics
    .filter((d) => d.severity === 'error' && CLUSTER_POLICY_REFUSALS.has(d.rule))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
  if (broken.length === 0) return;
  const more = broken.length > 1 ? ` (and ${broken.length - 1} more; see netpol-studio lint)` : '';
  throw new CliError(`${location(broken[0])}: cannot analyse: ${broken[0].message}${more}`);
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

/**
 * Cluster policies: what the analysis could not evaluate (nodes, domainNames, IPv6 networks) and
 * same-priority ambiguities, one summary line each on stderr (stdout stays the pure result).
 */
export function warnClusterPolicyLimits(loaded: LoadedWorkspace, io: CliIO): void {
  const summary = (ds: Diagnostic[], what: string): void => {
    if (ds.length === 0) return;
    io.stderr(
      `netpol-studio: warning: ${ds.length} ${what} (first at ${location(ds[0])}: ${displayText(ds[0].message, MESSAGE_MAX)}). See netpol-studio lint.\n`,
    );
  };
  summary(
    loaded.validation.filter((d) => d.rule === 'not-analysed'),
    'cluster policy peer(s) not analysed',
  );
  summary(
    clusterPolicySetDiagnostics(loaded.ws).filter((d) => d.rule === 'cluster-policy-same-priority'),
    'cluster policies share a priority',
  );
}
