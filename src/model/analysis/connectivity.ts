/**
 * Effective connectivity of a workspace: for every ordered pair of workloads,
 * and between workloads and external address ranges, the allowed ConnectionSet.
 *
 * Semantics are those of rules.ts (DESIGN.md §1):
 *   allowed(S→D) = egress(S allows D) ∩ ingress(D allows S)
 * where a non-isolated side allows everything.
 *
 * Speed: instead of evaluating every pod pair, pods (endpoints.ts) are grouped
 * into classes that no policy can tell apart, one partition per role an endpoint
 * plays (partition.ts): ingress peer A, ingress target B, egress source C,
 * egress destination Dg. Ingress results are computed per (A, B), egress per
 * (C, Dg) by one matrix fill (class-matrix.ts) over the flattened rules
 * (flat-rules.ts), and a pair (S, D) is I[A(S)][B(D)] ∩ E[C(S)][Dg(D)], with
 * connection sets interned as ids (conn-table.ts). Class counts are bounded by
 * the number of distinct behaviours, not by pod counts squared.
 */
import { fillMatrix, type MatrixSpec } from './class-matrix.ts';
import { ConnTable } from './conn-table.ts';
import { collectEndpoints, type Endpoints } from './endpoints.ts';
import { flattenPolicies, type DirectionRules } from './flat-rules.ts';
import { disjointRanges, formatRange, type IpRange } from './ipset.ts';
import { groupBy, roleClasses, type RoleClasses } from './partition.ts';
import { hasClusterLayer, withClusterLayer } from './cluster-policies/connectivity.ts';
import type { ConnectionSet } from './ports.ts';
import type { Direction, NetworkPolicy, Workload, Workspace } from '../types.ts';

export interface ConnectivityResult {
  workloads: readonly Workload[];
  /** External source ranges (split by the ingress ipBlocks). */
  ingressBlocks: readonly IpRange[];
  /** External destination ranges (split by the egress ipBlocks). */
  egressBlocks: readonly IpRange[];
  /** Allowed connections from workload i to workload j (indices into `workloads`). */
  between(i: number, j: number): ConnectionSet;
  /** Allowed connections from external range `ingressBlocks[b]` to workload j. */
  fromExternal(b: number, j: number): ConnectionSet;
  /** Allowed connections from workload i to external range `egressBlocks[b]`. */
  toExternal(i: number, b: number): ConnectionSet;
  /** Same as `between` but as an interned id into `connectionSets` (cheap equality). */
  betweenId(i: number, j: number): number;
  fromExternalId(b: number, j: number): number;
  toExternalId(i: number, b: number): number;
  /**
   * Each side on its own for workload i → j, one entry per replica pair: what i's egress allows
   * towards j and what j's ingress allows from i (ALL where that side is not isolated). The
   * effective view (effective.ts) finds half-open flows in it.
   */
  sidesBetween(i: number, j: number): PairSides[];
  /** Whether some pod of workload i is ingress / egress isolated. */
  isolated(i: number): { ingress: boolean; egress: boolean };
  /** Every distinct connection set of the result; ids index into it. */
  connectionSets: readonly ConnectionSet[];
  stats: {
    endpoints: number;
    ingressPeerClasses: number;
    ingressTargetClasses: number;
    egressSourceClasses: number;
    egressDestClasses: number;
    connectionSets: number;
  };
}

export interface PairSides {
  egress: ConnectionSet;
  ingress: ConnectionSet;
  egressIsolated: boolean;
  ingressIsolated: boolean;
  /** Only what rules whose peers name the other side allow (rules without peers left out; NONE when not isolated). */
  egressNamed: ConnectionSet;
  ingressNamed: ConnectionSet;
}

/** netpol-analyzer's text for an external range: `a.b.c.d-e.f.g.h[External]`. */
export const externalId = (r: IpRange): string => `${formatRange(r)}[External]`;

/** Every ipBlock of a direction's rules, effective or not: netpol-analyzer splits by all of them. */
function ipBlocksOf(policies: readonly NetworkPolicy[], dir: Direction) {
  const out = [];
  for (const p of policies)
    for (const r of dir === 'ingress' ? p.ingress : p.egress)
      for (const peer of r.peers) if (peer.ipBlock) out.push(peer.ipBlock);
  return out;
}

/** Everything the class-based analysis computes, before it is read per workload. */
interface Classified {
  ws: Workspace;
  table: ConnTable;
  eps: Endpoints;
  ingress: DirectionRules;
  egress: DirectionRules;
  roles: RoleClasses;
  ingressBlocks: IpRange[];
  egressBlocks: IpRange[];
  /** I[a][b]: what target class b's ingress allows from peer class a. */
  I: Int32Array;
  /** E[c][d]: what source class c's egress allows to destination class d. */
  E: Int32Array;
  /** [range][b]: what target class b's ingress allows from an external source range. */
  fromExternal: Int32Array;
  /** [c][range]: what source class c's egress allows to an external destination range. */
  toExternal: Int32Array;
  /** I and E with only the rules that name peers (see MatrixSpec.namedOnly), built on first use. */
  named(): { I: Int32Array; E: Int32Array };
}

function classify(ws: Workspace): Classified {
  const table = new ConnTable();
  const eps = collectEndpoints(ws);
  const { ingress, egress } = flattenPolicies(ws.policies, eps, table);
  const roles = roleClasses(eps.list, ingress, egress, table);
  const { A, B, C, Dg } = roles;
  const fill = (spec: MatrixSpec): Int32Array => fillMatrix(table, eps.list, spec);
  const ingressBlocks = disjointRanges(ipBlocksOf(ws.policies, 'ingress'));
  const egressBlocks = disjointRanges(ipBlocksOf(ws.policies, 'egress'));
  // Only the effective view's half-open check reads these: other callers pay nothing.
  let named: { I: Int32Array; E: Int32Array } | undefined;
  return {
    ws,
    table,
    eps,
    ingress,
    egress,
    roles,
    ingressBlocks,
    egressBlocks,
    I: fill({ dir: 'ingress', rules: ingress, owners: B.reps, others: { reps: A.reps } }),
    E: fill({ dir: 'egress', rules: egress, owners: C.reps, others: { reps: Dg.reps } }),
    fromExternal: fill({ dir: 'ingress', rules: ingress, owners: B.reps, others: { ranges: ingressBlocks } }),
    toExternal: fill({ dir: 'egress', rules: egress, owners: C.reps, others: { ranges: egressBlocks } }),
    named: () =>
      (named ??= {
        I: fill({ dir: 'ingress', rules: ingress, owners: B.reps, others: { reps: A.reps }, namedOnly: true }),
        E: fill({ dir: 'egress', rules: egress, owners: C.reps, others: { reps: Dg.reps }, namedOnly: true }),
      }),
  };
}

/**
 * Allowed connections from endpoint s to endpoint t: I ∩ E of their classes. Memoised on the
 * combined classes X = (A, C) of a source and Y = (B, Dg) of a destination in an X×Y matrix filled
 * lazily, so listing every pair costs two array reads per pair instead of a memo lookup.
 */
function pairMatrix(c: Classified): (s: number, t: number) => number {
  const { A, B, C, Dg } = c.roles;
  const n = c.eps.list.length;
  const nB = B.reps.length;
  const nD = Dg.reps.length;
  const X = groupBy(n, (i) => `${A.cls[i]},${C.cls[i]}`);
  const Y = groupBy(n, (i) => `${B.cls[i]},${Dg.cls[i]}`);
  const nY = Y.reps.length;
  const M = new Int32Array(X.reps.length * nY).fill(-1);
  return (s, t) => {
    const k = X.cls[s] * nY + Y.cls[t];
    let v = M[k];
    if (v < 0) v = M[k] = c.table.intersect(c.I[A.cls[s] * nB + B.cls[t]], c.E[C.cls[s] * nD + Dg.cls[t]]);
    return v;
  };
}

/**
 * The workspace's connectivity: NetworkPolicies by the class-based analysis below, then, when the
 * workspace has cluster-scoped policies or Ingresses/Routes, the one decision order over all tiers
 * (cluster-policies/connectivity.ts).
 */
export function analyzeConnectivity(ws: Workspace): ConnectivityResult {
  const result = analyzeNetworkPolicies(ws);
  return hasClusterLayer(ws) ? withClusterLayer(ws, result) : result;
}

function analyzeNetworkPolicies(ws: Workspace): ConnectivityResult {
  const c = classify(ws);
  const { table, ingress, egress, ingressBlocks, egressBlocks } = c;
  const { A, B, C, Dg } = c.roles;
  const ofWorkload = c.eps.ofWorkload;
  const nB = B.reps.length;
  const nD = Dg.reps.length;
  const ingressCell = (s: number, t: number): number => A.cls[s] * nB + B.cls[t];
  const egressCell = (s: number, t: number): number => C.cls[s] * nD + Dg.cls[t];
  const pairEndpoints = pairMatrix(c);
  const betweenId = (i: number, j: number): number => {
    const ss = ofWorkload[i];
    const ts = ofWorkload[j];
    if (ss.length === 1 && ts.length === 1) return pairEndpoints(ss[0], ts[0]);
    // Replicas with different labels: a flow is listed when some replica pair allows it.
    let acc = table.NONE;
    for (const s of ss) for (const t of ts) acc = table.union(acc, pairEndpoints(s, t));
    return acc;
  };
  const fromExternalId = (k: number, j: number): number => {
    let acc = table.NONE;
    for (const t of ofWorkload[j]) acc = table.union(acc, c.fromExternal[k * nB + B.cls[t]]);
    return acc;
  };
  const toExternalId = (i: number, k: number): number => {
    let acc = table.NONE;
    for (const s of ofWorkload[i]) acc = table.union(acc, c.toExternal[C.cls[s] * egressBlocks.length + k]);
    return acc;
  };
  return {
    workloads: ws.workloads,
    ingressBlocks,
    egressBlocks,
    between: (i, j) => table.sets[betweenId(i, j)],
    fromExternal: (k, j) => table.sets[fromExternalId(k, j)],
    toExternal: (i, k) => table.sets[toExternalId(i, k)],
    betweenId,
    fromExternalId,
    toExternalId,
    sidesBetween: (i, j) => {
      const named = c.named();
      return ofWorkload[i].flatMap((s) =>
        ofWorkload[j].map((t) => ({
          egress: table.sets[c.E[egressCell(s, t)]],
          ingress: table.sets[c.I[ingressCell(s, t)]],
          egressIsolated: egress.isolated[s] === 1,
          ingressIsolated: ingress.isolated[t] === 1,
          egressNamed: table.sets[named.E[egressCell(s, t)]],
          ingressNamed: table.sets[named.I[ingressCell(s, t)]],
        })),
      );
    },
    isolated: (i) => ({
      ingress: ofWorkload[i].some((e) => ingress.isolated[e] === 1),
      egress: ofWorkload[i].some((e) => egress.isolated[e] === 1),
    }),
    connectionSets: table.sets,
    stats: {
      endpoints: c.eps.list.length,
      ingressPeerClasses: A.reps.length,
      ingressTargetClasses: nB,
      egressSourceClasses: C.reps.length,
      egressDestClasses: nD,
      connectionSets: table.sets.length,
    },
  };
}
