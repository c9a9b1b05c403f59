/**
 * One tier of cluster-scoped policies (Admin or Baseline) for one direction of one flow: which
 * connections the tier accepts, denies or passes on, and which rule decided each part. Policies are
 * taken by priority (lower first), rules in their written order; the first rule whose subject, peer
 * and port match decides a connection and later rules of the tier never see it (docs/cluster-policies.md).
 */
import type {
  ClusterAction,
  ClusterPeer,
  ClusterPolicy,
  ClusterPort,
  ClusterRule,
  ClusterTier,
} from '../../cluster-types.ts';
import type { ContainerPort, Direction } from '../../types.ts';
import { containsIp, parseCidr, rangeWithin, type IpRange } from '../ipset.ts';
import {
  ALL_CONNECTIONS,
  NO_CONNECTIONS,
  connsOf,
  intersect,
  isEmpty,
  subtract,
  union,
  type ConnectionSet,
} from '../ports.ts';
import { matchesSelector } from '../selectors.ts';
import type { AddressRef, PodRef } from '../rules.ts';

/** The other end of the flow: a pod, or an address outside the cluster. */
export type PeerRef = { pod: PodRef } | { addr: AddressRef };

/** One rule's share of a decision: the connections it was the first to match. */
export interface TierStep {
  policy: ClusterPolicy;
  rule: ClusterRule;
  action: ClusterAction;
  conns: ConnectionSet;
}

export interface TierVerdict {
  allow: ConnectionSet;
  deny: ConnectionSet;
  pass: ConnectionSet;
  steps: TierStep[];
  /**
   * Pairs of policies of the same priority whose rules both match some connection of this flow: the
   * API lets an implementation apply either (kubernetes-sigs/network-policy-api issue 222).
   */
  ambiguities: [ClusterPolicy, ClusterPolicy][];
}

export const EMPTY_VERDICT: TierVerdict = {
  allow: NO_CONNECTIONS,
  deny: NO_CONNECTIONS,
  pass: NO_CONNECTIONS,
  steps: [],
  ambiguities: [],
};

/**
 * The policies of a tier in evaluation order: by priority, then (Baseline) a v1alpha1
 * BaselineAdminNetworkPolicy after the ClusterNetworkPolicies of its priority, then by name so the
 * order of same-priority policies (an ambiguity the API leaves open) is at least stable.
 */
export function tierOrder(policies: readonly ClusterPolicy[], tier: ClusterTier): ClusterPolicy[] {
  const rank = (p: ClusterPolicy): number => (p.kind === 'BaselineAdminNetworkPolicy' ? 1 : 0);
  return policies
    .filter((p) => p.tier === tier && !Number.isNaN(p.priority))
    .sort((a, b) => a.priority - b.priority || rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function subjectSelects(p: ClusterPolicy, pod: PodRef): boolean {
  const s = p.subject;
  if (!s) return false;
  if ('namespaces' in s) return matchesSelector(s.namespaces, pod.nsLabels);
  return matchesSelector(s.pods.namespaceSelector, pod.nsLabels) && matchesSelector(s.pods.podSelector, pod.labels);
}

/** IPv4 ranges of a `networks` peer (IPv6 and invalid CIDRs are not analysed). */
const networkRanges = (cidrs: readonly string[]): IpRange[] =>
  cidrs.flatMap((c) => {
    const r = parseCidr(c);
    return r && r.family === 4 ? [r] : [];
  });

export function peerMatches(peer: ClusterPeer, other: PeerRef): boolean {
  if ('pod' in other) {
    if (peer.kind === 'namespaces') return matchesSelector(peer.namespaces, other.pod.nsLabels);
    if (peer.kind === 'pods')
      return (
        matchesSelector(peer.pods.namespaceSelector, other.pod.nsLabels) &&
        matchesSelector(peer.pods.podSelector, other.pod.labels)
      );
    return false;
  }
  if (peer.kind !== 'networks') return false;
  const set = networkRanges(peer.cidrs);
  return other.addr.kind === 'ip' ? containsIp(set, other.addr) : rangeWithin(set, other.addr.range);
}

function portConns(p: ClusterPort, dstPorts: readonly ContainerPort[] | undefined): ConnectionSet {
  switch (p.kind) {
    case 'number':
      return connsOf(p.protocol, p.port, p.port);
    case 'range':
      return p.start <= p.end ? connsOf(p.protocol, p.start, p.end) : NO_CONNECTIONS;
    case 'named': {
      // Resolved on the destination pod by name; the container port says the protocol. None on an address.
      let acc = NO_CONNECTIONS;
      for (const cp of dstPorts ?? [])
        if (cp.name === p.name) acc = union(acc, connsOf(cp.protocol, cp.containerPort, cp.containerPort));
      return acc;
    }
    default:
      return NO_CONNECTIONS;
  }
}

/** What a rule's ports cover towards the destination: absent = every port. */
export function rulePorts(rule: ClusterRule, dstPorts: readonly ContainerPort[] | undefined): ConnectionSet {
  if (rule.ports === undefined) return ALL_CONNECTIONS;
  let acc = NO_CONNECTIONS;
  for (const p of rule.ports) acc = union(acc, portConns(p, dstPorts));
  return acc;
}

/** The connections a rule matches for this flow: none unless its action is known and a peer matches. */
function ruleMatch(rule: ClusterRule, other: PeerRef, dstPorts: readonly ContainerPort[] | undefined): ConnectionSet {
  if (!rule.action || !rule.peers.some((peer) => peerMatches(peer, other))) return NO_CONNECTIONS;
  return rulePorts(rule, dstPorts);
}

/**
 * Evaluates `ordered` (tierOrder) for the pod `self` in direction `dir` against `other`.
 * `dstPorts`: the destination pod's container ports (named ports resolve there), none for an address.
 */
export function evaluateTier(
  ordered: readonly ClusterPolicy[],
  dir: Direction,
  self: PodRef,
  other: PeerRef,
  dstPorts: readonly ContainerPort[] | undefined,
): TierVerdict {
  let decided = NO_CONNECTIONS;
  const out = { allow: NO_CONNECTIONS, deny: NO_CONNECTIONS, pass: NO_CONNECTIONS };
  const steps: TierStep[] = [];
  const ambiguities: [ClusterPolicy, ClusterPolicy][] = [];
  // What each policy of the current priority matched, to spot same-priority overlaps.
  let samePriority: { policy: ClusterPolicy; matched: ConnectionSet }[] = [];
  for (const policy of ordered) {
    if (samePriority.length > 0 && samePriority[0].policy.priority !== policy.priority) samePriority = [];
    // A BaselineAdminNetworkPolicy is alone by definition; only ClusterNetworkPolicies of one priority compete.
    if (!subjectSelects(policy, self)) continue;
    let matched = NO_CONNECTIONS;
    for (const rule of dir === 'ingress' ? policy.ingress : policy.egress) {
      const conns = ruleMatch(rule, other, dstPorts);
      if (isEmpty(conns)) continue;
      matched = union(matched, conns);
      const fresh = subtract(conns, decided);
      if (isEmpty(fresh)) continue;
      decided = union(decided, fresh);
      const key = rule.action === 'Deny' ? 'deny' : rule.action === 'Pass' ? 'pass' : 'allow';
      out[key] = union(out[key], fresh);
      steps.push({ policy, rule, action: rule.action!, conns: fresh });
    }
    if (isEmpty(matched) || policy.kind === 'BaselineAdminNetworkPolicy') continue;
    for (const s of samePriority)
      if (!isEmpty(intersect(s.matched, matched)) && !ambiguities.some(([a, b]) => a === s.policy && b === policy))
        ambiguities.push([s.policy, policy]);
    samePriority.push({ policy, matched });
  }
  return { ...out, steps, ambiguities };
}
