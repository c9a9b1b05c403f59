/**
 * What each netpol-analyzer report of `connlist` takes into account. The
 * connectivity list, `diff` and the per-pair explanation follow the whole
 * decision order (cluster policies, NetworkPolicies, ingress reachability); the
 * exposure report does not yet weigh AdminNetworkPolicy /
 * BaselineAdminNetworkPolicy / ClusterNetworkPolicy. The CLI says so when the
 * input holds them, rather than print a report that silently leaves them out.
 */
import type { Workspace } from '../types.ts';

export type CoveredReport = 'exposure' | 'explain';

/** The objects in `ws` that `report` leaves out, as kind names (empty: the report covers the whole input). */
export function uncoveredKinds(ws: Workspace, report: CoveredReport): string[] {
  if (report === 'explain') return [];
  return [...new Set((ws.clusterPolicies ?? []).map((p) => p.kind))].sort();
}
