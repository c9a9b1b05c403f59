/** The NetworkPolicy layer for one direction of one pod pair, by the per-pod semantics of rules.ts. */
import type { ContainerPort, Direction, Workspace } from '../../types.ts';
import { NO_CONNECTIONS, rulePortsConns, union } from '../ports.ts';
import { isolatingPolicies, rulePeerForAddress, rulePeerForPod, type PodRef } from '../rules.ts';
import type { NetworkPolicyLayer } from './decide.ts';
import type { PeerRef } from './tiers.ts';

export function networkPolicyLayer(
  ws: Workspace,
  dir: Direction,
  self: PodRef,
  other: PeerRef,
  dstPorts: readonly ContainerPort[] | undefined,
): NetworkPolicyLayer & { policies: string[] } {
  const isolating = isolatingPolicies(ws.policies, self, dir);
  let allowed = NO_CONNECTIONS;
  for (const p of isolating)
    for (const rule of dir === 'ingress' ? p.ingress : p.egress) {
      const hit = 'pod' in other ? rulePeerForPod(p, rule, other.pod) : rulePeerForAddress(rule, other.addr);
      if (hit !== undefined) allowed = union(allowed, rulePortsConns(rule.ports, dstPorts));
    }
  return { isolated: isolating.length > 0, allowed, policies: isolating.map((p) => p.id) };
}
