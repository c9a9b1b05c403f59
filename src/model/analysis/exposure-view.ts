/**
 * The app's exposure view: per workload, what peers outside the workspace may reach it or be reached
 * by it (exposure.ts, the analysis behind `netpol-studio connlist --exposure`), whether it talks with
 * addresses outside the cluster, and in which directions no policy protects it. Plain rows for the
 * analysis dock, the markers on cards and the "unknown peers" node of the effective view (made for a
 * message from the analysis worker).
 */
import type { ConnectivityResult } from './connectivity.ts';
import { analyzeExposure, formatPotential } from './exposure.ts';
import { isEmpty } from './ports.ts';
import { exposedToText } from '../io/exposure-format.ts';
import { workloadNodeId } from '../graph/ids.ts';
import type { Direction, Workspace } from '../types.ts';

export interface ExposureItem {
  /** ingress: the peer may connect to the workload; egress: the workload may connect to the peer. */
  direction: Direction;
  /** `entire-cluster`: any pod of any namespace; else a peer a rule describes but the workspace does not hold. */
  kind: 'entire-cluster' | 'representative';
  /** netpol-analyzer's text of the peer (`[all namespaces]/[pod with {role=monitoring}]`). */
  peer: string;
  /** The connections (netpol-analyzer's text, named ports kept as names). */
  conns: string;
}

export interface WorkloadExposure {
  /** `ns/name[Kind]`. */
  workload: string;
  /** Its canvas node. */
  node: string;
  namespace: string;
  name: string;
  items: ExposureItem[];
  /** Directions no policy selects it in (exposed to the entire cluster on everything). */
  unprotected: Direction[];
  /** Directions in which it connects with some address outside the cluster. */
  external: Direction[];
}

/** Directions in which workload `i` has some connection with an external range. */
function externalDirections(result: ConnectivityResult, i: number): Direction[] {
  const out: Direction[] = [];
  if (result.ingressBlocks.some((_, b) => !isEmpty(result.fromExternal(b, i)))) out.push('ingress');
  if (result.egressBlocks.some((_, b) => !isEmpty(result.toExternal(i, b)))) out.push('egress');
  return out;
}

/**
 * Every workload of `ws` exposed beyond the workspace or unprotected, in workspace order. `result` is
 * `ws`'s connectivity (for the external addresses; without it none are reported).
 */
export function exposureView(ws: Workspace, result?: ConnectivityResult): WorkloadExposure[] {
  const exposure = analyzeExposure(ws);
  const index = new Map(result?.workloads.map((w, i) => [w.id, i]));
  const items = new Map<string, ExposureItem[]>();
  for (const e of exposure.entries) {
    const list = items.get(e.workload) ?? [];
    list.push({ direction: e.direction, kind: e.to.kind, peer: exposedToText(e.to), conns: formatPotential(e.conns) });
    items.set(e.workload, list);
  }
  const unprotected = new Map<string, Direction[]>();
  for (const u of exposure.unprotected)
    unprotected.set(u.workload, [...(unprotected.get(u.workload) ?? []), u.direction]);
  const out: WorkloadExposure[] = [];
  for (const w of ws.workloads) {
    const at = index.get(w.id);
    const row: WorkloadExposure = {
      workload: w.id,
      node: workloadNodeId(w),
      namespace: w.namespace,
      name: w.name,
      items: items.get(w.id) ?? [],
      unprotected: unprotected.get(w.id) ?? [],
      external: result && at !== undefined ? externalDirections(result, at) : [],
    };
    if (row.items.length || row.unprotected.length || row.external.length) out.push(row);
  }
  return out;
}

/** A line from or to the effective view's "unknown peers" node: one per workload and direction. */
export interface ExposureLink {
  node: string;
  direction: Direction;
  /** The peers and connections, one `peer: conns` per exposure entry. */
  items: ExposureItem[];
}

/**
 * The links of the "unknown peers" node: the workloads policies expose to peers outside the workspace.
 * Unprotected directions are left out (every workload without a policy would get one; they are listed
 * and marked on their cards instead).
 */
export function exposureLinks(rows: readonly WorkloadExposure[]): ExposureLink[] {
  const out: ExposureLink[] = [];
  for (const row of rows)
    for (const direction of ['ingress', 'egress'] as const) {
      const items = row.items.filter((i) => i.direction === direction);
      if (items.length) out.push({ node: row.node, direction, items });
    }
  return out;
}
