/**
 * The one decision order (DESIGN.md §1, docs/cluster-policies.md), for one direction of one flow:
 *   Admin tier → NetworkPolicy → Baseline tier → default allow.
 * Admin Allow/Accept and Deny end the decision; Admin Pass (and no Admin match) hands it to the
 * NetworkPolicies; where a NetworkPolicy selects the pod in this direction it decides, otherwise the
 * Baseline tier does (its Pass, like no match, falls through to the default: allowed).
 * Connectivity, explain and the CLI all call this, so they cannot disagree.
 */
import type { ClusterPolicy } from '../../cluster-types.ts';
import type { ContainerPort, Direction } from '../../types.ts';
import { ALL_CONNECTIONS, intersect, subtract, union, type ConnectionSet } from '../ports.ts';
import type { PodRef } from '../rules.ts';
import { EMPTY_VERDICT, evaluateTier, tierOrder, type PeerRef, type TierVerdict } from './tiers.ts';

/** The cluster policies of a workspace, split into tiers in evaluation order. */
export interface Tiers {
  admin: ClusterPolicy[];
  baseline: ClusterPolicy[];
}

export function tiersOf(policies: readonly ClusterPolicy[]): Tiers {
  return { admin: tierOrder(policies, 'Admin'), baseline: tierOrder(policies, 'Baseline') };
}

/** What the NetworkPolicy layer says for this direction: whether one selects the pod, and what they allow. */
export interface NetworkPolicyLayer {
  isolated: boolean;
  allowed: ConnectionSet;
}

export interface DirectionDecision {
  /** What this direction allows in the end. */
  conns: ConnectionSet;
  admin: TierVerdict;
  /** Evaluated only where no NetworkPolicy selects the pod (EMPTY_VERDICT otherwise). */
  baseline: TierVerdict;
  /** Connections the Admin tier left to the next layers (passed, or matched by no Admin rule). */
  handedOver: ConnectionSet;
}

/**
 * `self` is the pod whose policies apply (the destination for ingress, the source for egress);
 * `dstPorts` the destination pod's container ports (none when the destination is an address).
 */
export function decideDirection(
  tiers: Tiers,
  dir: Direction,
  self: PodRef,
  other: PeerRef,
  dstPorts: readonly ContainerPort[] | undefined,
  np: NetworkPolicyLayer,
): DirectionDecision {
  const admin = tiers.admin.length > 0 ? evaluateTier(tiers.admin, dir, self, other, dstPorts) : EMPTY_VERDICT;
  const handedOver = subtract(subtract(ALL_CONNECTIONS, admin.allow), admin.deny);
  if (np.isolated)
    return { conns: union(admin.allow, intersect(handedOver, np.allowed)), admin, baseline: EMPTY_VERDICT, handedOver };
  const baseline = tiers.baseline.length > 0 ? evaluateTier(tiers.baseline, dir, self, other, dstPorts) : EMPTY_VERDICT;
  return { conns: union(admin.allow, subtract(handedOver, baseline.deny)), admin, baseline, handedOver };
}
