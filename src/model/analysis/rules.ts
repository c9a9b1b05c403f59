/**
 * NetworkPolicy semantics for one pod or address at a time (DESIGN.md §1).
 *
 * The direct, readable statement of the rules: explain.ts uses it to say why a
 * flow is allowed, and the tests use it as the reference the fast class-based
 * analysis in connectivity.ts must agree with.
 */
import { matchesSelector } from './selectors.ts';
import { containsIp, ipBlockRanges, rangeWithin, type IpFamily, type IpRange } from './ipset.ts';
import type { ContainerPort, Direction, Labels, NetworkPolicy, PolicyPeer, PolicyRule } from '../types.ts';

/** A pod as the semantics see it: where it lives and what it carries. */
export interface PodRef {
  namespace: string;
  nsLabels: Labels;
  labels: Labels;
  ports: readonly ContainerPort[];
}

/** An address or a disjoint range (every address of it is treated alike). */
export type AddressRef = { kind: 'ip'; family: IpFamily; value: bigint } | { kind: 'range'; range: IpRange };

/** Does the policy's spec.podSelector select this pod? (Same namespace only.) */
export function policySelects(policy: NetworkPolicy, pod: PodRef): boolean {
  return policy.namespace === pod.namespace && matchesSelector(policy.podSelector, pod.labels);
}

/** Does the policy count for this direction (effective policyTypes)? */
export const policyCovers = (policy: NetworkPolicy, dir: Direction): boolean =>
  dir === 'ingress' ? policy.policyTypes.ingress : policy.policyTypes.egress;

/**
 * Peer vs pod. podSelector alone: pods of the policy's namespace; namespaceSelector
 * alone: every pod of matching namespaces; both: AND. ipBlock never matches a pod.
 * A peer with none of them is invalid and matches nothing.
 */
export function peerMatchesPod(policy: NetworkPolicy, peer: PolicyPeer, pod: PodRef): boolean {
  if (peer.ipBlock) return false;
  if (!peer.podSelector && !peer.namespaceSelector) return false;
  if (peer.namespaceSelector) {
    if (!matchesSelector(peer.namespaceSelector, pod.nsLabels)) return false;
  } else if (pod.namespace !== policy.namespace) return false;
  return !peer.podSelector || matchesSelector(peer.podSelector, pod.labels);
}

/** Peer vs an external address: only ipBlock peers (cidr minus except) match. */
export function peerMatchesAddress(peer: PolicyPeer, addr: AddressRef): boolean {
  if (!peer.ipBlock) return false;
  const set = ipBlockRanges(peer.ipBlock);
  if (!set) return false;
  return addr.kind === 'ip' ? containsIp(set, addr) : rangeWithin(set, addr.range);
}

/** Index of the first peer of the rule matching the pod; -1 for "every peer" (no peers), undefined for no match. */
export function rulePeerForPod(policy: NetworkPolicy, rule: PolicyRule, pod: PodRef): number | undefined {
  if (rule.peers.length === 0) return -1;
  const i = rule.peers.findIndex((p) => peerMatchesPod(policy, p, pod));
  return i >= 0 ? i : undefined;
}

export function rulePeerForAddress(rule: PolicyRule, addr: AddressRef): number | undefined {
  if (rule.peers.length === 0) return -1;
  const i = rule.peers.findIndex((p) => peerMatchesAddress(p, addr));
  return i >= 0 ? i : undefined;
}

/** The policies of the pod's namespace that select it and cover the direction: non-empty = isolated. */
export function isolatingPolicies(policies: readonly NetworkPolicy[], pod: PodRef, dir: Direction): NetworkPolicy[] {
  return policies.filter((p) => policyCovers(p, dir) && policySelects(p, pod));
}
