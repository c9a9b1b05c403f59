/**
 * Checks across the cluster-scoped policies of a workspace (one object alone cannot show them):
 * two objects of a kind with one name, more than one BaselineAdminNetworkPolicy (netpol-analyzer
 * refuses both, as the API server would), and two policies of one tier at one priority — an
 * ambiguity the API leaves to the implementation (kubernetes-sigs/network-policy-api issue 222),
 * reported as a warning at each of them.
 */
import type { ClusterPolicy } from '../cluster-types.ts';
import type { Diagnostic, Severity } from '../diagnostics.ts';
import { diagnosticAt } from '../manifests/source.ts';
import type { Workspace } from '../types.ts';
import { quote } from './context.ts';

function at(ws: Workspace, p: ClusterPolicy, severity: Severity, rule: string, message: string): Diagnostic[] {
  const span = p.span;
  const src = span && ws.sources.find((s) => s.file.name === span.file);
  if (!span || !src) return [];
  return [diagnosticAt(span.file, src.lines, span.offset, span.offset, severity, rule, message)];
}

/**
 * Errors in cluster policies that make the analyses refuse the input, as netpol-analyzer does: a
 * tiered decision with a broken rule (unknown action, no peers, bad priority, a second baseline)
 * cannot be approximated rule by rule the way an invalid NetworkPolicy peer can.
 */
export const CLUSTER_POLICY_REFUSALS: ReadonlySet<string> = new Set([
  'cluster-policy-one-of',
  'cluster-policy-action',
  'cluster-policy-peers',
  'cluster-policy-port',
  'cluster-policy-cidr',
  'cluster-policy-priority',
  'cluster-policy-tier',
  'cluster-policy-limit',
  'cluster-policy-duplicate',
  'banp-name',
  'banp-multiple',
]);

const label = (p: ClusterPolicy): string => `${p.kind} ${quote(p.name)}`;

export function clusterPolicySetDiagnostics(ws: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  const policies = ws.clusterPolicies ?? [];
  const seen = new Map<string, ClusterPolicy>();
  for (const p of policies) {
    const key = `${p.kind}\u0000${p.name}`;
    if (seen.has(key))
      out.push(
        ...at(
          ws,
          p,
          'error',
          'cluster-policy-duplicate',
          `${label(p)} already exists; only one object of a given kind can have a given name.`,
        ),
      );
    else seen.set(key, p);
  }
  const banps = policies.filter((p) => p.kind === 'BaselineAdminNetworkPolicy');
  for (const p of banps.slice(1))
    out.push(
      ...at(
        ws,
        p,
        'error',
        'banp-multiple',
        `Only one BaselineAdminNetworkPolicy may be provided; ${quote(banps[0].name)} already exists.`,
      ),
    );
  const byPriority = new Map<string, ClusterPolicy[]>();
  for (const p of policies) {
    if (p.kind === 'BaselineAdminNetworkPolicy' || Number.isNaN(p.priority)) continue;
    const key = `${p.tier}\u0000${p.priority}`;
    byPriority.set(key, [...(byPriority.get(key) ?? []), p]);
  }
  for (const group of byPriority.values()) {
    if (group.length < 2) continue;
    for (const p of group) {
      const others = group
        .filter((q) => q !== p)
        .map(label)
        .join(', ');
      out.push(
        ...at(
          ws,
          p,
          'warning',
          'cluster-policy-same-priority',
          `${label(p)} has priority ${p.priority} in the ${p.tier} tier, as ${others} does: where both match a connection, the cluster may apply either (ambiguous).`,
        ),
      );
    }
  }
  return out;
}
