/**
 * The effective rules of a workspace, flattened per direction for the
 * class-based analysis (connectivity.ts): each rule with the endpoints its
 * peers match precomputed, and per endpoint whether it is isolated and which
 * rules apply to it (as ingress target / as egress source).
 */
import type { ConnTable } from './conn-table.ts';
import type { Endpoints } from './endpoints.ts';
import { ipBlockRanges, type IpRange } from './ipset.ts';
import { hasNamedPort, rulePortsConns } from './ports.ts';
import type { ContainerPort, NetworkPolicy, PolicyRule } from '../types.ts';

/** One effective rule, flattened, with its peer matches precomputed. */
export interface FlatRule {
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

/** One direction's effective rules and the endpoints they apply to. */
export interface DirectionRules {
  rules: FlatRule[];
  /** 1 where some policy covering this direction selects the endpoint. */
  isolated: Uint8Array;
  /** Per endpoint: ids into `rules` of the rules that apply to it. */
  applies: number[][];
}

/** What a rule's ports allow towards a pod with `dstPorts`, or towards an address (undefined): an id in `table`. */
export const rulePortsId = (table: ConnTable, r: FlatRule, dstPorts: readonly ContainerPort[] | undefined): number =>
  r.fixedPorts ?? table.id(rulePortsConns(r.rule.ports, dstPorts));

function flattenRule(policy: NetworkPolicy, rule: PolicyRule, eps: Endpoints, table: ConnTable): FlatRule {
  const n = eps.list.length;
  const peerMatch = new Uint8Array(n);
  const ipRanges: IpRange[] = [];
  const policyNs = eps.nsIndex.get(policy.namespace) ?? -1;
  const allPeers = rule.peers.length === 0;
  if (allPeers) peerMatch.fill(1);
  for (const peer of rule.peers) {
    if (peer.ipBlock) {
      ipRanges.push(...(ipBlockRanges(peer.ipBlock) ?? []));
      continue;
    }
    if (!peer.podSelector && !peer.namespaceSelector) continue;
    const podV = peer.podSelector ? eps.podMatch(peer.podSelector) : undefined;
    const nsV = peer.namespaceSelector ? eps.nsMatch(peer.namespaceSelector) : undefined;
    for (let i = 0; i < n; i++) {
      if (peerMatch[i]) continue;
      const e = eps.list[i];
      // No namespaceSelector: the policy's own namespace.
      if (nsV ? !nsV[e.ns] : e.ns !== policyNs) continue;
      if (podV && !podV[i]) continue;
      peerMatch[i] = 1;
    }
  }
  const fixedPorts = hasNamedPort(rule.ports) ? undefined : table.id(rulePortsConns(rule.ports, undefined));
  return { policy, rule, peerMatch, allPeers, ipRanges, fixedPorts };
}

const noRules = (n: number): DirectionRules => ({
  rules: [],
  isolated: new Uint8Array(n),
  applies: Array.from({ length: n }, () => []),
});

export function flattenPolicies(
  policies: readonly NetworkPolicy[],
  eps: Endpoints,
  table: ConnTable,
): { ingress: DirectionRules; egress: DirectionRules } {
  const n = eps.list.length;
  const ingress = noRules(n);
  const egress = noRules(n);
  for (const policy of policies) {
    const sides: [DirectionRules, number[]][] = [];
    if (policy.policyTypes.ingress)
      sides.push([ingress, policy.ingress.map((r) => ingress.rules.push(flattenRule(policy, r, eps, table)) - 1)]);
    if (policy.policyTypes.egress)
      sides.push([egress, policy.egress.map((r) => egress.rules.push(flattenRule(policy, r, eps, table)) - 1)]);
    if (sides.length === 0) continue;
    const selected = eps.podMatch(policy.podSelector);
    const policyNs = eps.nsIndex.get(policy.namespace) ?? -1;
    for (let i = 0; i < n; i++) {
      if (!selected[i] || eps.list[i].ns !== policyNs) continue;
      for (const [side, ids] of sides) {
        side.isolated[i] = 1;
        for (const id of ids) side.applies[i].push(id);
      }
    }
  }
  return { ingress, egress };
}
