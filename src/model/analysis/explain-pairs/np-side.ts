/**
 * The NetworkPolicy layer of one side of a pair, per port, with netpol-analyzer's sentences:
 * - per selecting policy: allowed by the first of its rules that selects the other end and allows
 *   the port; otherwise denied, because no rule is defined, no rule selects the other end, or
 *   (first such rule) its ports do not match (or its named ports match no container port of the
 *   destination);
 * - the side allows a port when one policy does; it then names every allowing policy's rule, and
 *   when it denies, every policy's reason.
 */
import type { Direction, NetworkPolicy, PolicyRule, Protocol, Workspace } from '../../types.ts';
import { PROTOCOLS } from '../../types.ts';
import { MAX_PORT, MIN_PORT } from '../ports.ts';
import { isolatingPolicies, rulePeerForAddress, rulePeerForPod } from '../rules.ts';
import { type End, endId, type PortCuts } from './ends.ts';

const dirName = (d: Direction): string => (d === 'ingress' ? 'Ingress' : 'Egress');
const policyName = (p: NetworkPolicy): string => `NetworkPolicy '${p.namespace}/${p.name}'`;

type RulePorts = Record<Protocol, [number, number][]> | 'all';

/** A rule's allowed ports towards `dst` per protocol, as inclusive ranges (named ports resolved on a pod). */
function rulePortRanges(rule: PolicyRule, dst: End): RulePorts {
  if (rule.ports.length === 0) return 'all';
  const out: Record<Protocol, [number, number][]> = { TCP: [], UDP: [], SCTP: [] };
  for (const pp of rule.ports) {
    if (pp.port === undefined) out[pp.protocol].push([MIN_PORT, MAX_PORT]);
    else if (typeof pp.port === 'number') out[pp.protocol].push([pp.port, pp.endPort ?? pp.port]);
    else if (dst.kind === 'pod')
      for (const cp of dst.pod.ports)
        if (cp.name === pp.port && cp.protocol === pp.protocol)
          out[pp.protocol].push([cp.containerPort, cp.containerPort]);
  }
  return out;
}

const covers = (r: RulePorts, proto: Protocol, port: number): boolean =>
  r === 'all' || r[proto].some(([lo, hi]) => lo <= port && port <= hi);

/** The NetworkPolicies' word on one port: allowed or not, and the sentences that say why. */
export interface NpWord {
  allowed: boolean;
  reasons: string[];
}

export interface NpSide {
  /** Some NetworkPolicy selects the owner in this direction (else the layer has no word). */
  isolated: boolean;
  at(proto: Protocol, port: number): NpWord;
}

/** `owner` is the end whose policies apply, `other` the peer, `dst` the destination (named ports). */
export function networkPolicySide(
  ws: Workspace,
  dir: Direction,
  owner: End,
  other: End,
  dst: End,
  cuts: PortCuts,
): NpSide {
  const policies = owner.kind === 'pod' ? isolatingPolicies(ws.policies, owner.pod, dir) : [];
  if (policies.length === 0) return { isolated: false, at: () => ({ allowed: true, reasons: [] }) };
  const ownerId = endId(owner);
  const otherId = endId(other);
  const words = policies.map((p) => {
    const rules = dir === 'ingress' ? p.ingress : p.egress;
    const selecting = rules
      .map((rule, k) => ({ rule, k, ports: rulePortRanges(rule, dst) }))
      .filter(({ rule }) =>
        other.kind === 'pod'
          ? rulePeerForPod(p, rule, other.pod) !== undefined
          : rulePeerForAddress(rule, { kind: 'range', range: other.range }) !== undefined,
      );
    for (const s of selecting)
      if (s.ports !== 'all')
        for (const proto of PROTOCOLS) for (const [lo, hi] of s.ports[proto]) cuts[proto].push(lo, hi + 1);
    const prefix = `${policyName(p)} selects ${ownerId}`;
    return (proto: Protocol, port: number): { allowed: boolean; reason: string } => {
      if (rules.length === 0)
        return {
          allowed: false,
          reason: `${prefix}, but ${otherId} is not allowed by any ${dirName(dir)} rule (no rules defined)`,
        };
      if (selecting.length === 0)
        return { allowed: false, reason: `${prefix}, but ${otherId} is not allowed by any ${dirName(dir)} rule` };
      const allowing = selecting.find((s) => covers(s.ports, proto, port));
      if (allowing)
        return {
          allowed: true,
          reason: `${policyName(p)} allows connections by ${dirName(dir)} rule #${allowing.k + 1}`,
        };
      const first = selecting[0];
      const unresolved =
        first.ports !== 'all' && PROTOCOLS.every((pr) => (first.ports as RulePorts & object)[pr].length === 0);
      const why = unresolved
        ? 'but named ports of the rule have no match in the configuration of the destination peer'
        : 'but the protocols and ports do not match';
      return {
        allowed: false,
        reason: `${prefix}, and ${dirName(dir)} rule #${first.k + 1} selects ${otherId}, ${why}`,
      };
    };
  });
  return {
    isolated: true,
    at: (proto, port) => {
      const all = words.map((w) => w(proto, port));
      const allowed = all.some((w) => w.allowed);
      return { allowed, reasons: all.filter((w) => w.allowed === allowed).map((w) => w.reason) };
    },
  };
}
