/**
 * What each netpol-analyzer report of `connlist` takes into account. The
 * connectivity list and `diff` follow the whole decision order (cluster
 * policies, NetworkPolicies, ingress reachability); the exposure report does
 * not yet weigh AdminNetworkPolicy / BaselineAdminNetworkPolicy /
 * ClusterNetworkPolicy, and the per-pair explanation weighs neither those nor
 * Ingress/Route. The CLI says so when the input holds them, rather than print
 * a report that silently leaves them out.
 */
import type { Workspace } from '../types.ts';

export type CoveredReport = 'exposure' | 'explain';

/** The objects in `ws` that `report` leaves out, as kind names (empty: the report covers the whole input). */
export function uncoveredKinds(ws: Workspace, report: CoveredReport): string[] {
  const kinds = new Set<string>();
  for (const p of ws.clusterPolicies ?? []) kinds.add(p.kind);
  if (report === 'explain') for (const b of ws.ingressBackends ?? []) kinds.add(b.via.kind);
  return [...kinds].sort();
}
