/**
 * The cluster-scoped tiers in the exposure report (analysis/exposure.ts): what a tier allows and
 * denies between a workload and a peer that is not in the input (the entire cluster, or a
 * representative of a rule's selectors), with netpol-analyzer's meaning:
 * - a rule reaches such a peer by its selectors (the caller's `matches`), first match deciding as in
 *   tiers.ts; `networks` / `nodes` peers never do;
 * - towards a peer that has no containers (egress), a named port stays a name with no protocol.
 * The tiers' policies also protect the workloads they select in a direction they have rules for.
 */
import type { ClusterPeer, ClusterPolicy } from '../../cluster-types.ts';
import type { ContainerPort, Direction, LabelSelector } from '../../types.ts';
import { NO_CONNECTIONS, isAll, isEmpty, subtract, union, type ConnectionSet } from '../ports.ts';
import type { PodRef } from '../rules.ts';
import { isEmptySelector } from '../selectors.ts';
import { rulePorts, subjectSelects } from './tiers.ts';

export interface TierExposure {
  allow: ConnectionSet;
  deny: ConnectionSet;
  /** Named ports an Allow rule opens towards a peer without containers (protocol unknown). */
  allowNames: string[];
}

export const NO_TIER_EXPOSURE: TierExposure = { allow: NO_CONNECTIONS, deny: NO_CONNECTIONS, allowNames: [] };

/** The policy selects `self` and has rules in `dir` (upstream marks the workload protected then). */
export const tierPolicySelects = (p: ClusterPolicy, self: PodRef, dir: Direction): boolean =>
  (dir === 'ingress' ? p.ingress : p.egress).length > 0 && subjectSelects(p, self);

/** A peer that selects every pod of every namespace. */
export function selectsWholeCluster(peer: ClusterPeer): boolean {
  if (peer.kind === 'namespaces') return isEmptySelector(peer.namespaces);
  if (peer.kind === 'pods')
    return isEmptySelector(peer.pods.namespaceSelector) && isEmptySelector(peer.pods.podSelector);
  return false;
}

/**
 * One tier (ordered as tiers.ts orders it) for `self` in `dir` towards a peer outside the input.
 * `selfPorts`: the workload's container ports for ingress (named ports resolve there); undefined
 * for egress.
 */
export function tierExposure(
  ordered: readonly ClusterPolicy[],
  dir: Direction,
  self: PodRef,
  matches: (peer: ClusterPeer) => boolean,
  selfPorts: readonly ContainerPort[] | undefined,
): TierExposure {
  let decided = NO_CONNECTIONS;
  const out = { allow: NO_CONNECTIONS, deny: NO_CONNECTIONS };
  const names = new Set<string>();
  for (const policy of ordered) {
    if (!subjectSelects(policy, self)) continue;
    for (const rule of dir === 'ingress' ? policy.ingress : policy.egress) {
      if (!rule.action || !rule.peers.some(matches)) continue;
      // A name cannot be weighed against the ports decided before: kept unless everything was.
      if (rule.action !== 'Deny' && rule.action !== 'Pass' && selfPorts === undefined && !isAll(decided))
        for (const p of rule.ports ?? []) if (p.kind === 'named') names.add(p.name);
      const fresh = subtract(rulePorts(rule, selfPorts), decided);
      if (isEmpty(fresh)) continue;
      decided = union(decided, fresh);
      if (rule.action === 'Deny') out.deny = union(out.deny, fresh);
      else if (rule.action !== 'Pass') out.allow = union(out.allow, fresh);
    }
  }
  return { ...out, allowNames: [...names].sort() };
}

/** Selectors of the tiers' rules that stand for peers outside the input (namespace, pod selector). */
export function tierRepresentativeSelectors(
  policies: readonly ClusterPolicy[],
): { namespaceSelector: LabelSelector; podSelector?: LabelSelector }[] {
  const out: { namespaceSelector: LabelSelector; podSelector?: LabelSelector }[] = [];
  for (const p of policies)
    for (const rule of [...p.ingress, ...p.egress])
      for (const peer of rule.peers) {
        if (selectsWholeCluster(peer)) continue;
        if (peer.kind === 'namespaces') out.push({ namespaceSelector: peer.namespaces });
        else if (peer.kind === 'pods')
          out.push({ namespaceSelector: peer.pods.namespaceSelector, podSelector: peer.pods.podSelector });
      }
  return out;
}
