/**
 * Connectivity with the cluster-scoped tiers and the `{ingress-controller}` source: wraps the
 * NetworkPolicy result of the class-based analysis (analysis/connectivity.ts) and re-decides each
 * direction of each flow in the one decision order (decide.ts). The NetworkPolicy layer's answer per
 * pod pair comes from the wrapped result (`sidesBetween`), so the two layers cannot drift apart.
 * Evaluations are memoised per pair of endpoint signatures (pod-refs.ts).
 */
import type { ConnectivityResult, PairSides } from '../connectivity.ts';
import { ConnTable } from '../conn-table.ts';
import { collectEndpoints } from '../endpoints.ts';
import { disjointRanges, rangeWithin, type IpRange } from '../ipset.ts';
import { ALL_CONNECTIONS, intersect } from '../ports.ts';
import type { IPBlock, Workload, Workspace } from '../../types.ts';
import { decideDirection, tiersOf, type DirectionDecision } from './decide.ts';
import { ingressControllerFlows, INGRESS_CONTROLLER_ID } from './ingress-controller.ts';
import { podRefOf, signatureIds } from './pod-refs.ts';
import { subjectSelects } from './tiers.ts';

/** True when the workspace has anything this layer changes. */
export function hasClusterLayer(ws: Workspace): boolean {
  return (ws.clusterPolicies?.length ?? 0) > 0 || (ws.ingressBackends?.length ?? 0) > 0;
}

/**
 * External destinations are split by the NetworkPolicies' egress ipBlocks and by the IPv4
 * `networks` of cluster policy egress rules (netpol-analyzer splits by both).
 */
function egressBlocksWith(ws: Workspace): IpRange[] {
  const blocks: IPBlock[] = [];
  // Every egress ipBlock, effective or not, as analysis/connectivity.ts splits.
  for (const p of ws.policies)
    for (const r of p.egress) for (const peer of r.peers) if (peer.ipBlock) blocks.push(peer.ipBlock);
  for (const cp of ws.clusterPolicies ?? [])
    for (const r of cp.egress)
      for (const peer of r.peers)
        if (peer.kind === 'networks') for (const cidr of peer.cidrs) blocks.push({ cidr, except: [] });
  return disjointRanges(blocks);
}

const decidedSomething = (d: DirectionDecision): boolean => d.admin.steps.length > 0 || d.baseline.steps.length > 0;

export function withClusterLayer(ws: Workspace, base: ConnectivityResult): ConnectivityResult {
  const tiers = tiersOf(ws.clusterPolicies ?? []);
  const eps = collectEndpoints(ws);
  const refs = eps.list.map((e) => podRefOf(ws, e));
  const sig = signatureIds(eps.list);
  const nSig = sig.reduce((m, v) => Math.max(m, v + 1), 0);
  const table = new ConnTable();
  const pairMemo = new Map<number, { conns: number; sides: PairSides }>();

  /** One endpoint pair, given the NetworkPolicy layer's sides for it. */
  const pair = (s: number, t: number, np: PairSides): { conns: number; sides: PairSides } => {
    const key = sig[s] * nSig + sig[t];
    let hit = pairMemo.get(key);
    if (hit) return hit;
    const eg = decideDirection(tiers, 'egress', refs[s], { pod: refs[t] }, refs[t].ports, {
      isolated: np.egressIsolated,
      allowed: np.egress,
    });
    const ing = decideDirection(tiers, 'ingress', refs[t], { pod: refs[s] }, refs[t].ports, {
      isolated: np.ingressIsolated,
      allowed: np.ingress,
    });
    const sides: PairSides = {
      ...np,
      egress: eg.conns,
      ingress: ing.conns,
      egressIsolated: np.egressIsolated || decidedSomething(eg),
      ingressIsolated: np.ingressIsolated || decidedSomething(ing),
    };
    hit = { conns: table.id(intersect(eg.conns, ing.conns)), sides };
    pairMemo.set(key, hit);
    return hit;
  };

  const n = ws.workloads.length;
  const betweenMemo = new Map<number, number>();
  const betweenReal = (i: number, j: number): number => {
    const k = i * n + j;
    let v = betweenMemo.get(k);
    if (v !== undefined) return v;
    const ss = eps.ofWorkload[i];
    const ts = eps.ofWorkload[j];
    const npSides = base.sidesBetween(i, j);
    v = table.NONE;
    ss.forEach((s, a) => ts.forEach((t, b) => (v = table.union(v!, pair(s, t, npSides[a * ts.length + b]).conns))));
    betweenMemo.set(k, v);
    return v;
  };

  const egressBlocks = egressBlocksWith(ws);
  // Each finer block lies inside one block of the NetworkPolicy-only split.
  const baseBlockOf = egressBlocks.map((r) => base.egressBlocks.findIndex((b) => rangeWithin([b], r)));
  const toExternalId = (i: number, k: number): number => {
    const npBlock = baseBlockOf[k];
    const np = {
      isolated: base.isolated(i).egress,
      allowed: npBlock < 0 ? ALL_CONNECTIONS : base.toExternal(i, npBlock),
    };
    let acc = table.NONE;
    for (const s of eps.ofWorkload[i])
      acc = table.union(
        acc,
        table.id(
          decideDirection(tiers, 'egress', refs[s], { addr: { kind: 'range', range: egressBlocks[k] } }, undefined, np)
            .conns,
        ),
      );
    return acc;
  };
  const fromExternalId = (k: number, j: number): number => {
    const np = { isolated: base.isolated(j).ingress, allowed: base.fromExternal(k, j) };
    let acc = table.NONE;
    for (const t of eps.ofWorkload[j]) {
      const from = { addr: { kind: 'range' as const, range: base.ingressBlocks[k] } };
      acc = table.union(acc, table.id(decideDirection(tiers, 'ingress', refs[t], from, refs[t].ports, np).conns));
    }
    return acc;
  };

  // The ingress controller, when Ingresses or Routes exist: a source only, listed last.
  const controller = (ws.ingressBackends?.length ?? 0) > 0 ? ingressControllerFlows(ws, tiers, eps, refs) : undefined;
  const workloads: readonly Workload[] = controller
    ? [
        ...ws.workloads,
        {
          id: INGRESS_CONTROLLER_ID,
          namespace: '',
          name: INGRESS_CONTROLLER_ID,
          kind: '',
          labels: {},
          ports: [],
          pods: [],
        },
      ]
    : ws.workloads;
  const betweenId = (i: number, j: number): number => {
    if (i < n && j < n) return betweenReal(i, j);
    if (i === n && j < n) return table.id(controller!.conns[j]);
    return table.NONE;
  };
  const external = <T>(i: number, f: () => T, none: T): T => (i < n ? f() : none);

  return {
    workloads,
    ingressBlocks: base.ingressBlocks,
    egressBlocks,
    between: (i, j) => table.sets[betweenId(i, j)],
    fromExternal: (k, j) => table.sets[external(j, () => fromExternalId(k, j), table.NONE)],
    toExternal: (i, k) => table.sets[external(i, () => toExternalId(i, k), table.NONE)],
    betweenId,
    fromExternalId: (k, j) => external(j, () => fromExternalId(k, j), table.NONE),
    toExternalId: (i, k) => external(i, () => toExternalId(i, k), table.NONE),
    sidesBetween: (i, j) => {
      if (i >= n || j >= n) return [];
      const ss = eps.ofWorkload[i];
      const ts = eps.ofWorkload[j];
      const npSides = base.sidesBetween(i, j);
      return ss.flatMap((s, a) => ts.map((t, b) => pair(s, t, npSides[a * ts.length + b]).sides));
    },
    isolated: (i) => {
      if (i >= n) return { ingress: false, egress: false };
      const np = base.isolated(i);
      const selected = (dir: 'ingress' | 'egress'): boolean =>
        [...tiers.admin, ...tiers.baseline].some(
          (p) => p[dir].length > 0 && eps.ofWorkload[i].some((e) => subjectSelects(p, refs[e])),
        );
      return { ingress: np.ingress || selected('ingress'), egress: np.egress || selected('egress') };
    },
    connectionSets: table.sets,
    stats: base.stats,
  };
}
