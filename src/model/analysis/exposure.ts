/**
 * Exposure analysis (`netpol-studio connlist --exposure`, the app's exposure
 * markers): which workloads may be reached from, or may reach, peers that are
 * not in the workspace, and which workloads no policy protects.
 *
 * Semantics are netpol-analyzer's `list --exposure`:
 * - A workload that no policy selects in a direction is exposed to the
 *   `entire-cluster` on all connections in that direction.
 * - A protected workload is exposed to the entire cluster on what its rules
 *   allow towards every pod of every namespace (a rule without peers, or with
 *   a `namespaceSelector: {}` peer without pod selector).
 * - Every other selector peer of any rule stands for a "representative" peer,
 *   e.g. `[all namespaces]/[pod with {role=monitoring}]`; a protected workload
 *   is exposed to it on what the rules whose selectors equal that peer's
 *   (or select everything) allow — listed only when that differs from the
 *   entire-cluster exposure. A representative whose labels (matchLabels only)
 *   are those of a real pod in a real namespace is that pod, and is dropped.
 * - Named ports towards a representative cannot be resolved (it has no
 *   containers): they stay names (`TCP http`).
 *
 * The result is data; the txt writer is io/exposure-format.ts.
 */
import type {
  Direction,
  LabelSelector,
  Labels,
  NetworkPolicy,
  PolicyPeer,
  PolicyRule,
  Protocol,
  Workload,
  Workspace,
} from '../types.ts';
import { PROTOCOLS } from '../types.ts';
import { NS_NAME_LABEL } from '../manifests/workspace.ts';
import { isEmptySelector, matchesSelector } from './selectors.ts';
import {
  ALL_CONNECTIONS,
  connKey,
  connsOf,
  formatConns,
  intersect,
  isAll,
  isEmpty,
  NO_CONNECTIONS,
  subtract,
  union,
  type ConnectionSet,
} from './ports.ts';
import type { ClusterPeer } from '../cluster-types.ts';
import { tiersOf } from './cluster-policies/decide.ts';
import {
  NO_TIER_EXPOSURE,
  selectsWholeCluster as tierSelectsWholeCluster,
  tierExposure,
  tierPolicySelects,
  tierRepresentativeSelectors,
  type TierExposure,
} from './cluster-policies/exposure-tiers.ts';

/** Connections towards a peer whose ports may be unknown: numeric ranges plus named ports kept as names. */
export interface PotentialConns {
  conns: ConnectionSet;
  /** By protocol; '' for names whose protocol is unknown (an AdminNetworkPolicy port names no protocol). */
  named: Readonly<Record<NameProtocol, readonly string[]>>;
}

type NameProtocol = Protocol | '';
const NAME_PROTOCOLS: readonly NameProtocol[] = ['', ...PROTOCOLS];

const NO_NAMES: PotentialConns['named'] = { '': [], TCP: [], UDP: [], SCTP: [] };
const NOTHING: PotentialConns = { conns: NO_CONNECTIONS, named: NO_NAMES };

/** A peer outside the workspace, described by the selectors of the rule it comes from. */
export interface RepresentativePeer {
  /** `undefined`: the rule had no namespaceSelector and `namespace` is its policy's namespace. */
  namespaceSelector?: LabelSelector;
  namespace?: string;
  /** `undefined`: the rule had no podSelector (every pod). */
  podSelector?: LabelSelector;
}

export type ExposedTo = { kind: 'entire-cluster' } | { kind: 'representative'; peer: RepresentativePeer };

export interface ExposureEntry {
  /** Workload id (`ns/name[Kind]`). */
  workload: string;
  /** ingress: `to` may connect to the workload; egress: the workload may connect to `to`. */
  direction: Direction;
  to: ExposedTo;
  conns: PotentialConns;
}

export interface ExposureResult {
  entries: ExposureEntry[];
  /** Workloads no policy selects in that direction (exposed to the entire cluster on everything). */
  unprotected: { workload: string; direction: Direction }[];
}

function unionPotential(a: PotentialConns, b: PotentialConns): PotentialConns {
  const named = {} as Record<NameProtocol, string[]>;
  for (const p of NAME_PROTOCOLS) named[p] = [...new Set([...a.named[p], ...b.named[p]])].sort();
  return { conns: union(a.conns, b.conns), named };
}

export const potentialIsEmpty = (c: PotentialConns): boolean =>
  isEmpty(c.conns) && NAME_PROTOCOLS.every((p) => c.named[p].length === 0);

const potentialKey = (c: PotentialConns): string =>
  `${connKey(c.conns)}|${NAME_PROTOCOLS.map((p) => c.named[p].join(',')).join('|')}`;

/**
 * What a rule's ports allow towards `dst`: named ports resolved on the destination's
 * container ports; towards a representative (`dst` undefined), or where the destination
 * declares no such port, they stay names.
 */
function rulePorts(rule: PolicyRule, dst: Workload | undefined): PotentialConns {
  if (rule.ports.length === 0) return { conns: ALL_CONNECTIONS, named: NO_NAMES };
  let acc = NOTHING;
  for (const pp of rule.ports) {
    let next: PotentialConns;
    if (pp.port === undefined) next = { conns: connsOf(pp.protocol), named: NO_NAMES };
    else if (typeof pp.port === 'number')
      next = { conns: connsOf(pp.protocol, pp.port, pp.endPort ?? pp.port), named: NO_NAMES };
    else {
      const cp = dst?.ports.find((c) => c.name === pp.port && c.protocol === pp.protocol);
      next = cp
        ? { conns: connsOf(pp.protocol, cp.containerPort, cp.containerPort), named: NO_NAMES }
        : { conns: NO_CONNECTIONS, named: { ...NO_NAMES, [pp.protocol]: [pp.port] } };
    }
    acc = unionPotential(acc, next);
  }
  return acc;
}

/** A peer that selects every pod of every namespace (`namespaceSelector: {}`, no or empty podSelector). */
const selectsWholeCluster = (peer: PolicyPeer): boolean =>
  peer.namespaceSelector !== undefined &&
  isEmptySelector(peer.namespaceSelector) &&
  (peer.podSelector === undefined || isEmptySelector(peer.podSelector));

const rulesOf = (p: NetworkPolicy, dir: Direction): PolicyRule[] =>
  (dir === 'ingress' ? p.policyTypes.ingress : p.policyTypes.egress) ? (dir === 'ingress' ? p.ingress : p.egress) : [];

/**
 * Requirement strings as the API machinery compares them (`k=v`, `k in (a,b)`, `!k`), `In` with a
 * single value read as `=`; sorted. Two selectors "fully match" when these lists are equal.
 */
function requirementList(sel: LabelSelector): string[] {
  const terms = Object.keys(sel.matchLabels).map((k) => `${k}=${sel.matchLabels[k]}`);
  for (const r of sel.matchExpressions) {
    const values = [...r.values].sort();
    if (r.operator === 'In' && values.length === 1) terms.push(`${r.key}=${values[0]}`);
    else if (r.operator === 'Exists') terms.push(r.key);
    else if (r.operator === 'DoesNotExist') terms.push(`!${r.key}`);
    else terms.push(`${r.key} ${r.operator === 'In' ? 'in' : 'notin'} (${values.join(',')})`);
  }
  return terms.sort();
}

/** Upstream's "full match" of a rule selector and a representative's: `{}` matches all, else equal requirements. */
function fullMatch(rule: LabelSelector, rep: LabelSelector | undefined): boolean {
  if (isEmptySelector(rule)) return true;
  if (!rep) return false;
  return requirementList(rule).join('\n') === requirementList(rep).join('\n');
}

/** The namespace selector a representative stands for (`{metadata.name: ns}` for a policy's own namespace). */
const repNamespaceSelector = (r: RepresentativePeer): LabelSelector =>
  r.namespaceSelector ?? { matchLabels: { [NS_NAME_LABEL]: r.namespace ?? '' }, matchExpressions: [] };

function peerMatchesRepresentative(peer: PolicyPeer, policyNs: string, r: RepresentativePeer): boolean {
  if (peer.ipBlock) return false;
  const nsOk = peer.namespaceSelector
    ? fullMatch(peer.namespaceSelector, repNamespaceSelector(r))
    : r.namespace === policyNs;
  if (!nsOk) return false;
  return peer.podSelector ? fullMatch(peer.podSelector, r.podSelector) : true;
}

function representativeKey(r: RepresentativePeer): string {
  const pod = r.podSelector ? requirementList(r.podSelector).join(',') : '';
  return `${requirementList(repNamespaceSelector(r)).join(',')}/${pod}`;
}

/** Every representative peer of the policies' rules (NetworkPolicies, then cluster policies), without those a real pod already is. */
function representatives(ws: Workspace): RepresentativePeer[] {
  const out = new Map<string, RepresentativePeer>();
  const add = (r: RepresentativePeer): void => {
    const key = representativeKey(r);
    if (!out.has(key)) out.set(key, r);
  };
  for (const p of ws.policies)
    for (const dir of ['ingress', 'egress'] as const)
      for (const rule of rulesOf(p, dir))
        for (const peer of rule.peers) {
          if (peer.ipBlock || selectsWholeCluster(peer)) continue;
          add(
            peer.namespaceSelector
              ? { namespaceSelector: peer.namespaceSelector, podSelector: peer.podSelector }
              : { namespace: p.namespace, podSelector: peer.podSelector },
          );
        }
  for (const r of tierRepresentativeSelectors(ws.clusterPolicies ?? [])) add(r);
  return [...out.values()].filter((r) => !isRealPod(ws, r));
}

/** Whether a cluster policy's peer reaches the representative (upstream's full match of selectors). */
function tierPeerMatchesRepresentative(peer: ClusterPeer, r: RepresentativePeer): boolean {
  if (peer.kind === 'namespaces') return fullMatch(peer.namespaces, repNamespaceSelector(r));
  if (peer.kind === 'pods')
    return (
      fullMatch(peer.pods.namespaceSelector, repNamespaceSelector(r)) && fullMatch(peer.pods.podSelector, r.podSelector)
    );
  return false;
}

/** Upstream drops a representative with plain matchLabels selectors (both non-empty) that a real pod matches. */
function isRealPod(ws: Workspace, r: RepresentativePeer): boolean {
  const ns = repNamespaceSelector(r);
  const pod = r.podSelector;
  if (!pod || isEmptySelector(pod) || isEmptySelector(ns)) return false;
  if (pod.matchExpressions.length > 0 || ns.matchExpressions.length > 0) return false;
  const nsLabels = (name: string): Labels => ws.namespaces.get(name)?.labels ?? { [NS_NAME_LABEL]: name };
  return ws.workloads.some((w) => matchesSelector(pod, w.labels) && matchesSelector(ns, nsLabels(w.namespace)));
}

/** The policies that select `w` and hold rules of `dir`. */
const selecting = (ws: Workspace, w: Workload, dir: Direction): NetworkPolicy[] =>
  ws.policies.filter(
    (p) =>
      p.namespace === w.namespace &&
      (dir === 'ingress' ? p.policyTypes.ingress : p.policyTypes.egress) &&
      matchesSelector(p.podSelector, w.labels),
  );

/** What `w`'s `dir` rules allow with the peers that `matches` accepts (a rule without peers accepts all). */
function allowedBy(
  policies: readonly NetworkPolicy[],
  w: Workload,
  dir: Direction,
  matches: (peer: PolicyPeer, policyNs: string) => boolean,
): PotentialConns {
  let acc = NOTHING;
  for (const p of policies)
    for (const rule of rulesOf(p, dir))
      if (rule.peers.length === 0 || rule.peers.some((peer) => matches(peer, p.namespace)))
        acc = unionPotential(acc, rulePorts(rule, dir === 'ingress' ? w : undefined));
  return acc;
}

/**
 * The decision order (cluster-policies/decide.ts) on what each layer opens towards a peer outside the
 * input: the Admin tier's Allow and Deny first, what it leaves to the NetworkPolicies where they
 * select the workload (`np`), else to the Baseline tier and the default (allowed).
 */
function layered(admin: TierExposure, np: PotentialConns | undefined, baseline: TierExposure): PotentialConns {
  const handed = subtract(subtract(ALL_CONNECTIONS, admin.allow), admin.deny);
  const conns = union(admin.allow, np ? intersect(handed, np.conns) : subtract(handed, baseline.deny));
  if (isAll(conns)) return { conns, named: NO_NAMES };
  // A named port of a NetworkPolicy survives where the Admin tier decided nothing of its protocol.
  const untouched = (p: Protocol): boolean => connKey(connsOf(p)) === connKey(intersect(handed, connsOf(p)));
  const named = { ...NO_NAMES, '': admin.allowNames };
  for (const p of PROTOCOLS) named[p] = np && untouched(p) ? np.named[p] : [];
  return { conns, named };
}

/** Exposure of every workload of `ws`, in workspace order. */
export function analyzeExposure(ws: Workspace): ExposureResult {
  const reps = representatives(ws);
  const tiers = tiersOf(ws.clusterPolicies ?? []);
  const tiered = tiers.admin.length + tiers.baseline.length > 0;
  const result: ExposureResult = { entries: [], unprotected: [] };
  for (const w of ws.workloads)
    for (const dir of ['egress', 'ingress'] as const) {
      const policies = selecting(ws, w, dir);
      const self = {
        namespace: w.namespace,
        nsLabels: ws.namespaces.get(w.namespace)?.labels ?? { [NS_NAME_LABEL]: w.namespace },
        labels: w.labels,
        ports: w.ports,
      };
      const tierSelected = [...tiers.admin, ...tiers.baseline].some((p) => tierPolicySelects(p, self, dir));
      if (policies.length === 0 && !tierSelected) {
        result.unprotected.push({ workload: w.id, direction: dir });
        continue;
      }
      const selfPorts = dir === 'ingress' ? w.ports : undefined;
      /** What the layers open towards the peers that `npMatch` / `tierMatch` accept. */
      const exposure = (
        npMatch: (peer: PolicyPeer, policyNs: string) => boolean,
        tierMatch: (peer: ClusterPeer) => boolean,
      ): PotentialConns => {
        const np = policies.length > 0 ? allowedBy(policies, w, dir, npMatch) : undefined;
        if (!tiered) return np!;
        const admin = tierExposure(tiers.admin, dir, self, tierMatch, selfPorts);
        const baseline = np ? NO_TIER_EXPOSURE : tierExposure(tiers.baseline, dir, self, tierMatch, selfPorts);
        return layered(admin, np, baseline);
      };
      const cluster = exposure(selectsWholeCluster, tierSelectsWholeCluster);
      if (!potentialIsEmpty(cluster))
        result.entries.push({ workload: w.id, direction: dir, to: { kind: 'entire-cluster' }, conns: cluster });
      for (const r of reps) {
        const conns = exposure(
          (peer, ns) => peerMatchesRepresentative(peer, ns, r),
          (peer) => tierPeerMatchesRepresentative(peer, r),
        );
        if (potentialKey(conns) === potentialKey(cluster)) continue;
        if (potentialIsEmpty(conns) && potentialIsEmpty(cluster)) continue;
        result.entries.push({ workload: w.id, direction: dir, to: { kind: 'representative', peer: r }, conns });
      }
    }
  return result;
}

const rangesText = (r: readonly number[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < r.length; i += 2) out.push(r[i] === r[i + 1] ? `${r[i]}` : `${r[i]}-${r[i + 1]}`);
  return out;
};

/** netpol-analyzer's text for a connection set, named ports after the numbers of their protocol. */
export function formatPotential(c: PotentialConns): string {
  if (NAME_PROTOCOLS.every((p) => c.named[p].length === 0)) return formatConns(c.conns);
  return [...NAME_PROTOCOLS]
    .sort()
    .map((p) => ({ p, ranges: p === '' ? [] : rangesText(c.conns[p]) }))
    .filter(({ p, ranges }) => ranges.length > 0 || c.named[p].length > 0)
    .map(({ p, ranges }) => `${p} ${[...ranges, ...c.named[p]].join(',')}`)
    .join(',');
}
