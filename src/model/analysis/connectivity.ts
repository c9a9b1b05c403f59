/**
 * Effective connectivity of a workspace: for every ordered pair of workloads,
 * and between workloads and external address ranges, the allowed ConnectionSet.
 *
 * Semantics are those of rules.ts (DESIGN.md §1):
 *   allowed(S→D) = egress(S allows D) ∩ ingress(D allows S)
 * where a non-isolated side allows everything.
 *
 * Speed: instead of evaluating every pod pair, pods are grouped into classes
 * that no policy can tell apart, separately for each of the four roles:
 *   A  as an ingress *peer*      (which ingress rules' from-peers match it)
 *   B  as an ingress *target*    (which ingress rules apply to it, and what their named ports resolve to on it)
 *   C  as an egress *source*     (which egress rules apply to it)
 *   Dg as an egress *peer/dest*  (which egress rules' to-peers match it, and its named-port resolution)
 * Ingress results are computed per (A, B), egress per (C, Dg), and a pair
 * (S, D) is I[A(S)][B(D)] ∩ E[C(S)][Dg(D)]. Class counts are bounded by the
 * number of distinct behaviours, not by pod counts squared.
 */
import { ipBlockRanges, disjointRanges, rangeWithin, formatRange, type IpRange } from './ipset.ts';
import {
  ALL_CONNECTIONS,
  NO_CONNECTIONS,
  connKey,
  hasNamedPort,
  intersect,
  rulePortsConns,
  union,
  type ConnectionSet,
} from './ports.ts';
import { matchesSelector, selectorKey } from './selectors.ts';
import type {
  ContainerPort,
  Direction,
  LabelSelector,
  Labels,
  NetworkPolicy,
  PolicyRule,
  Workload,
  Workspace,
} from '../types.ts';

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

/** Interns connection sets so that classes compare by number and unions are memoised. */
class ConnTable {
  readonly sets: ConnectionSet[] = [];
  private readonly ids = new Map<string, number>();
  /** Memo keys pack two ids as a * 2^26 + b: exact below 2^53 for up to 67M distinct sets. */
  private readonly unions = new Map<number, number>();
  private readonly inters = new Map<number, number>();
  readonly NONE: number;
  readonly ALL: number;
  constructor() {
    this.NONE = this.id(NO_CONNECTIONS);
    this.ALL = this.id(ALL_CONNECTIONS);
  }
  id(c: ConnectionSet): number {
    const k = connKey(c);
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(c);
      this.ids.set(k, id);
    }
    return id;
  }
  union(a: number, b: number): number {
    if (a === b || b === this.NONE || a === this.ALL) return a;
    if (a === this.NONE || b === this.ALL) return b;
    const key = a < b ? a * 67108864 + b : b * 67108864 + a;
    let r = this.unions.get(key);
    if (r === undefined) {
      r = this.id(union(this.sets[a], this.sets[b]));
      this.unions.set(key, r);
    }
    return r;
  }
  intersect(a: number, b: number): number {
    if (a === b || b === this.ALL || a === this.NONE) return a;
    if (b === this.NONE || a === this.ALL) return b;
    const key = a < b ? a * 67108864 + b : b * 67108864 + a;
    let r = this.inters.get(key);
    if (r === undefined) {
      r = this.id(intersect(this.sets[a], this.sets[b]));
      this.inters.set(key, r);
    }
    return r;
  }
}

/** One distinct pod (labels + ports) of one workload. */
interface Endpoint {
  ns: number;
  namespace: string;
  labels: Labels;
  ports: readonly ContainerPort[];
}

/** One effective rule, flattened, with its peer matches precomputed. */
interface FlatRule {
  policy: NetworkPolicy;
  rule: PolicyRule;
  /** 1 where the endpoint matches one of the rule's selector peers (or the rule has no peers). */
  peerMatch: Uint8Array;
  /** No peers: every pod and every address. */
  allPeers: boolean;
  /** Union of the ipBlock peers' ranges. */
  ipRanges: IpRange[];
  /** Ports when they do not depend on the destination (no named ports); else undefined. */
  fixedPorts?: number;
}

/** Pod-selector evaluation over all endpoints, with a label index and a cache per canonical selector. */
class SelectorIndex {
  private readonly cache = new Map<string, Uint8Array>();
  private readonly byPair = new Map<string, number[]>();
  constructor(private readonly labels: readonly Labels[]) {
    labels.forEach((l, i) => {
      for (const k of Object.keys(l)) {
        const key = `${k}\u0000${l[k]}`;
        let list = this.byPair.get(key);
        if (!list) this.byPair.set(key, (list = []));
        list.push(i);
      }
    });
  }
  match(sel: LabelSelector): Uint8Array {
    const key = selectorKey(sel);
    let v = this.cache.get(key);
    if (v) return v;
    v = new Uint8Array(this.labels.length);
    const mlKeys = Object.keys(sel.matchLabels);
    if (mlKeys.length > 0) {
      // Only pods carrying one required label=value can match: check the shortest such list.
      let best: number[] | undefined;
      for (const k of mlKeys) {
        const list = this.byPair.get(`${k}\u0000${sel.matchLabels[k]}`) ?? [];
        if (!best || list.length < best.length) best = list;
      }
      for (const i of best!) if (matchesSelector(sel, this.labels[i])) v[i] = 1;
    } else {
      for (let i = 0; i < this.labels.length; i++) if (matchesSelector(sel, this.labels[i])) v[i] = 1;
    }
    this.cache.set(key, v);
    return v;
  }
}

/**
 * Partition refinement: classes of endpoints that every given 0/1 vector treats
 * alike. Returns the class of each endpoint and one representative per class.
 */
function refine(
  n: number,
  vectors: readonly Uint8Array[],
  extraKey?: (i: number) => string,
): { cls: Int32Array; reps: number[] } {
  let cls = new Int32Array(n);
  let count = 1;
  let remap = new Int32Array(2);
  for (const v of vectors) {
    if (remap.length < count * 2) remap = new Int32Array(count * 2);
    remap.fill(-1, 0, count * 2);
    let next = 0;
    for (let i = 0; i < n; i++) {
      const k = cls[i] * 2 + v[i];
      let c = remap[k];
      if (c < 0) c = remap[k] = next++;
      cls[i] = c;
    }
    count = next;
  }
  if (extraKey) {
    const ids = new Map<string, number>();
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const k = `${cls[i]}|${extraKey(i)}`;
      let c = ids.get(k);
      if (c === undefined) ids.set(k, (c = ids.size));
      out[i] = c;
    }
    cls = out;
  }
  return { cls, reps: representatives(cls) };
}

/** Groups endpoints by a string key. */
function groupBy(n: number, key: (i: number) => string): { cls: Int32Array; reps: number[] } {
  const ids = new Map<string, number>();
  const cls = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = key(i);
    let c = ids.get(k);
    if (c === undefined) ids.set(k, (c = ids.size));
    cls[i] = c;
  }
  return { cls, reps: representatives(cls) };
}

function representatives(cls: Int32Array): number[] {
  const reps: number[] = [];
  for (let i = 0; i < cls.length; i++) if (reps[cls[i]] === undefined) reps[cls[i]] = i;
  return reps;
}

/** Every ipBlock of a direction's rules, effective or not: netpol-analyzer splits by all of them. */
function ipBlocksOf(policies: readonly NetworkPolicy[], dir: Direction) {
  const out = [];
  for (const p of policies)
    for (const r of dir === 'ingress' ? p.ingress : p.egress)
      for (const peer of r.peers) if (peer.ipBlock) out.push(peer.ipBlock);
  return out;
}

export function analyzeConnectivity(ws: Workspace): ConnectivityResult {
  const table = new ConnTable();
  const workloads = ws.workloads;

  // Namespaces (every one named anywhere) and endpoints (distinct pods of each workload).
  const nsIndex = new Map<string, number>();
  const nsLabels: Labels[] = [];
  for (const ns of ws.namespaces.values()) {
    nsIndex.set(ns.name, nsLabels.length);
    nsLabels.push(ns.labels);
  }
  const nsOf = (name: string): number => {
    let i = nsIndex.get(name);
    if (i === undefined) {
      // Defensive: a workspace built by hand may omit a namespace; treat it as implicitly declared.
      i = nsLabels.length;
      nsIndex.set(name, i);
      nsLabels.push({ 'kubernetes.io/metadata.name': name });
    }
    return i;
  };
  const endpoints: Endpoint[] = [];
  const wlEndpoints: number[][] = workloads.map((w) => {
    const pods = w.pods.length > 0 ? w.pods : [{ name: w.name, labels: w.labels, ports: w.ports }];
    return pods.map((p) => {
      endpoints.push({ ns: nsOf(w.namespace), namespace: w.namespace, labels: p.labels, ports: p.ports });
      return endpoints.length - 1;
    });
  });
  const n = endpoints.length;
  const pods = new SelectorIndex(endpoints.map((e) => e.labels));
  const nsCache = new Map<string, Uint8Array>();
  const nsMatch = (sel: LabelSelector): Uint8Array => {
    const k = selectorKey(sel);
    let v = nsCache.get(k);
    if (!v) {
      v = new Uint8Array(nsLabels.length);
      nsLabels.forEach((l, i) => {
        if (matchesSelector(sel, l)) v![i] = 1;
      });
      nsCache.set(k, v);
    }
    return v;
  };

  // Flatten effective rules; record which endpoints each policy isolates.
  const flat = (policy: NetworkPolicy, rule: PolicyRule): FlatRule => {
    const peerMatch = new Uint8Array(n);
    const ipRanges: IpRange[] = [];
    const policyNs = nsIndex.get(policy.namespace) ?? -1;
    const allPeers = rule.peers.length === 0;
    if (allPeers) peerMatch.fill(1);
    for (const peer of rule.peers) {
      if (peer.ipBlock) {
        ipRanges.push(...(ipBlockRanges(peer.ipBlock) ?? []));
        continue;
      }
      if (!peer.podSelector && !peer.namespaceSelector) continue;
      const podV = peer.podSelector ? pods.match(peer.podSelector) : undefined;
      const nsV = peer.namespaceSelector ? nsMatch(peer.namespaceSelector) : undefined;
      for (let i = 0; i < n; i++) {
        if (peerMatch[i]) continue;
        const e = endpoints[i];
        if (nsV ? !nsV[e.ns] : e.ns !== policyNs) continue;
        if (podV && !podV[i]) continue;
        peerMatch[i] = 1;
      }
    }
    const fixedPorts = hasNamedPort(rule.ports) ? undefined : table.id(rulePortsConns(rule.ports, undefined));
    return { policy, rule, peerMatch, allPeers, ipRanges, fixedPorts };
  };
  const ingressRules: FlatRule[] = [];
  const egressRules: FlatRule[] = [];
  // Per endpoint: isolated? and the rule ids that apply to it (as target / as source).
  const inIsolated = new Uint8Array(n);
  const egIsolated = new Uint8Array(n);
  const inApplies: number[][] = Array.from({ length: n }, () => []);
  const egApplies: number[][] = Array.from({ length: n }, () => []);
  for (const policy of ws.policies) {
    const coversIn = policy.policyTypes.ingress;
    const coversEg = policy.policyTypes.egress;
    if (!coversIn && !coversEg) continue;
    const selected = pods.match(policy.podSelector);
    const policyNs = nsIndex.get(policy.namespace) ?? -1;
    const inIds = coversIn ? policy.ingress.map((r) => ingressRules.push(flat(policy, r)) - 1) : [];
    const egIds = coversEg ? policy.egress.map((r) => egressRules.push(flat(policy, r)) - 1) : [];
    for (let i = 0; i < n; i++) {
      if (!selected[i] || endpoints[i].ns !== policyNs) continue;
      if (coversIn) {
        inIsolated[i] = 1;
        for (const id of inIds) inApplies[i].push(id);
      }
      if (coversEg) {
        egIsolated[i] = 1;
        for (const id of egIds) egApplies[i].push(id);
      }
    }
  }

  /** What a rule's ports allow towards endpoint `dst` (or an address when dst < 0). */
  const portsFor = (r: FlatRule, dst: number): number =>
    r.fixedPorts ?? table.id(rulePortsConns(r.rule.ports, dst >= 0 ? endpoints[dst].ports : undefined));

  // Role classes.
  const A = refine(
    n,
    ingressRules.map((r) => r.peerMatch),
  );
  const B = groupBy(n, (i) =>
    inIsolated[i]
      ? inApplies[i]
          .map((id) => (ingressRules[id].fixedPorts === undefined ? `${id}:${portsFor(ingressRules[id], i)}` : `${id}`))
          .join(',')
      : '*',
  );
  const C = groupBy(n, (i) => (egIsolated[i] ? egApplies[i].join(',') : '*'));
  const namedEgress = new Set<string>();
  for (const r of egressRules)
    for (const p of r.rule.ports) if (typeof p.port === 'string') namedEgress.add(`${p.port}/${p.protocol}`);
  const namedList = [...namedEgress];
  const Dg = refine(
    n,
    egressRules.map((r) => r.peerMatch),
    namedList.length === 0
      ? undefined
      : (i) =>
          namedList
            .map((np) =>
              endpoints[i].ports
                .filter((cp) => `${cp.name}/${cp.protocol}` === np)
                .map((cp) => cp.containerPort)
                .join('+'),
            )
            .join(','),
  );

  const nA = A.reps.length;
  const nB = B.reps.length;
  const nC = C.reps.length;
  const nD = Dg.reps.length;
  // I[a][b]: what target class b's ingress allows from peer class a.
  const I = new Int32Array(nA * nB);
  for (let b = 0; b < nB; b++) {
    const t = B.reps[b];
    for (let a = 0; a < nA; a++) {
      let acc = table.NONE;
      if (!inIsolated[t]) acc = table.ALL;
      else {
        const s = A.reps[a];
        for (const id of inApplies[t]) {
          const r = ingressRules[id];
          if (r.peerMatch[s]) acc = table.union(acc, portsFor(r, t));
        }
      }
      I[a * nB + b] = acc;
    }
  }
  // E[c][d]: what source class c's egress allows to destination class d.
  const E = new Int32Array(nC * nD);
  for (let c = 0; c < nC; c++) {
    const s = C.reps[c];
    for (let d = 0; d < nD; d++) {
      let acc = table.NONE;
      if (!egIsolated[s]) acc = table.ALL;
      else {
        const t = Dg.reps[d];
        for (const id of egApplies[s]) {
          const r = egressRules[id];
          if (r.peerMatch[t]) acc = table.union(acc, portsFor(r, t));
        }
      }
      E[c * nD + d] = acc;
    }
  }

  // External ranges: sources split by ingress ipBlocks, destinations by egress ipBlocks.
  const ingressBlocks = disjointRanges(ipBlocksOf(ws.policies, 'ingress'));
  const egressBlocks = disjointRanges(ipBlocksOf(ws.policies, 'egress'));
  const matchesRange = (r: FlatRule, range: IpRange): boolean => r.allPeers || rangeWithin(r.ipRanges, range);
  const extIn = new Int32Array(ingressBlocks.length * nB);
  ingressBlocks.forEach((range, k) => {
    for (let b = 0; b < nB; b++) {
      const t = B.reps[b];
      let acc = inIsolated[t] ? table.NONE : table.ALL;
      if (inIsolated[t])
        for (const id of inApplies[t])
          if (matchesRange(ingressRules[id], range)) acc = table.union(acc, portsFor(ingressRules[id], t));
      extIn[k * nB + b] = acc;
    }
  });
  const extOut = new Int32Array(nC * egressBlocks.length);
  for (let c = 0; c < nC; c++) {
    const s = C.reps[c];
    egressBlocks.forEach((range, k) => {
      let acc = egIsolated[s] ? table.NONE : table.ALL;
      // Named ports cannot resolve on an address outside the cluster: they allow nothing there.
      if (egIsolated[s])
        for (const id of egApplies[s])
          if (matchesRange(egressRules[id], range)) acc = table.union(acc, portsFor(egressRules[id], -1));
      extOut[c * egressBlocks.length + k] = acc;
    });
  }

  // Combined classes: X = (A, C) for a source, Y = (B, Dg) for a destination. The X×Y matrix is
  // filled lazily, so listing every pair costs two array reads per pair instead of a memo lookup.
  const X = groupBy(n, (i) => `${A.cls[i]},${C.cls[i]}`);
  const Y = groupBy(n, (i) => `${B.cls[i]},${Dg.cls[i]}`);
  const nY = Y.reps.length;
  const M = new Int32Array(X.reps.length * nY).fill(-1);
  const pairEndpoints = (s: number, t: number): number => {
    const k = X.cls[s] * nY + Y.cls[t];
    let v = M[k];
    if (v < 0) v = M[k] = table.intersect(I[A.cls[s] * nB + B.cls[t]], E[C.cls[s] * nD + Dg.cls[t]]);
    return v;
  };
  // What only the rules with peers allow (a peerless rule says nothing about one particular peer):
  // the half-open check of the effective view. Built on first use, so other callers pay nothing.
  let named: { I: Int32Array; E: Int32Array } | undefined;
  const namedMatrices = (): { I: Int32Array; E: Int32Array } => {
    if (named) return named;
    const In = new Int32Array(nA * nB).fill(table.NONE);
    for (let b = 0; b < nB; b++) {
      const t = B.reps[b];
      if (!inIsolated[t]) continue;
      for (let a = 0; a < nA; a++) {
        let acc = table.NONE;
        for (const id of inApplies[t]) {
          const r = ingressRules[id];
          if (!r.allPeers && r.peerMatch[A.reps[a]]) acc = table.union(acc, portsFor(r, t));
        }
        In[a * nB + b] = acc;
      }
    }
    const En = new Int32Array(nC * nD).fill(table.NONE);
    for (let c = 0; c < nC; c++) {
      const s = C.reps[c];
      if (!egIsolated[s]) continue;
      for (let d = 0; d < nD; d++) {
        let acc = table.NONE;
        for (const id of egApplies[s]) {
          const r = egressRules[id];
          if (!r.allPeers && r.peerMatch[Dg.reps[d]]) acc = table.union(acc, portsFor(r, Dg.reps[d]));
        }
        En[c * nD + d] = acc;
      }
    }
    return (named = { I: In, E: En });
  };
  const betweenId = (i: number, j: number): number => {
    const ss = wlEndpoints[i];
    const ts = wlEndpoints[j];
    if (ss.length === 1 && ts.length === 1) return pairEndpoints(ss[0], ts[0]);
    // Replicas with different labels: a flow is listed when some replica pair allows it.
    let acc = table.NONE;
    for (const s of ss) for (const t of ts) acc = table.union(acc, pairEndpoints(s, t));
    return acc;
  };
  const fromExternalId = (k: number, j: number): number => {
    let acc = table.NONE;
    for (const t of wlEndpoints[j]) acc = table.union(acc, extIn[k * nB + B.cls[t]]);
    return acc;
  };
  const toExternalId = (i: number, k: number): number => {
    let acc = table.NONE;
    for (const s of wlEndpoints[i]) acc = table.union(acc, extOut[C.cls[s] * egressBlocks.length + k]);
    return acc;
  };
  return {
    workloads,
    ingressBlocks,
    egressBlocks,
    between: (i, j) => table.sets[betweenId(i, j)],
    fromExternal: (k, j) => table.sets[fromExternalId(k, j)],
    toExternal: (i, k) => table.sets[toExternalId(i, k)],
    betweenId,
    fromExternalId,
    toExternalId,
    sidesBetween: (i, j) => {
      const nm = namedMatrices();
      return wlEndpoints[i].flatMap((s) =>
        wlEndpoints[j].map((t) => ({
          egress: table.sets[E[C.cls[s] * nD + Dg.cls[t]]],
          ingress: table.sets[I[A.cls[s] * nB + B.cls[t]]],
          egressIsolated: egIsolated[s] === 1,
          ingressIsolated: inIsolated[t] === 1,
          egressNamed: table.sets[nm.E[C.cls[s] * nD + Dg.cls[t]]],
          ingressNamed: table.sets[nm.I[A.cls[s] * nB + B.cls[t]]],
        })),
      );
    },
    isolated: (i) => ({
      ingress: wlEndpoints[i].some((e) => inIsolated[e] === 1),
      egress: wlEndpoints[i].some((e) => egIsolated[e] === 1),
    }),
    connectionSets: table.sets,
    stats: {
      endpoints: n,
      ingressPeerClasses: nA,
      ingressTargetClasses: nB,
      egressSourceClasses: nC,
      egressDestClasses: nD,
      connectionSets: table.sets.length,
    },
  };
}
