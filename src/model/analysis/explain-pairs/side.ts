/**
 * One side of an explained pair (the egress of the source, the ingress of the destination) in the
 * one decision order (cluster-policies/decide.ts), per port, with netpol-analyzer's sentences:
 * - an Admin rule that allows or denies the port decides alone;
 * - an Admin Pass is named, then the next layer decides: the NetworkPolicies where one selects the
 *   end in this direction, else the Baseline tier, else the system default;
 * - with no Admin rule on the port, the same next layers; the system default alone is "due to the
 *   system default", after a Pass it is one more line.
 */
import type { ClusterPolicy } from '../../cluster-types.ts';
import type { Direction, Protocol, Workspace } from '../../types.ts';
import { PROTOCOLS } from '../../types.ts';
import type { Tiers } from '../cluster-policies/decide.ts';
import { EMPTY_VERDICT, evaluateTier, type TierStep, type TierVerdict } from '../cluster-policies/tiers.ts';
import { allowsPort } from '../ports.ts';
import { type End, peerRef, type PortCuts } from './ends.ts';
import { networkPolicySide } from './np-side.ts';
import {
  groupRules,
  SYSTEM_DEFAULT_RULE,
  SYSTEM_DEFAULT_VERDICT,
  type KindLayer,
  type SideVerdict,
} from './verdict.ts';

export interface Side {
  at(proto: Protocol, port: number): SideVerdict;
}

const ACTION_VERB = { Allow: 'allows', Accept: 'allows', Deny: 'denies', Pass: 'passes' } as const;

/** The layer a cluster policy's sentences rank with: its tier (ClusterNetworkPolicy has no upstream kind). */
const kindOf = (p: ClusterPolicy): KindLayer => ({ kind: p.kind, layer: p.tier === 'Admin' ? 3 : 1 });

type Entry = KindLayer & { rule: string };

function stepEntry(s: TierStep, dir: Direction): Entry {
  const ruleName = s.rule.name || `#${s.rule.index + 1}`;
  const Dir = dir === 'ingress' ? 'Ingress' : 'Egress';
  return {
    ...kindOf(s.policy),
    rule: `${s.policy.kind} '${s.policy.name}' ${ACTION_VERB[s.action]} connections by ${Dir} rule ${ruleName}`,
  };
}

function addStepCuts(v: TierVerdict, cuts: PortCuts): void {
  for (const s of v.steps)
    for (const p of PROTOCOLS)
      for (let i = 0; i < s.conns[p].length; i += 2) cuts[p].push(s.conns[p][i], s.conns[p][i + 1] + 1);
}

/** `owner` is the end whose policies apply, `other` the peer, `dst` the destination (named ports). */
export function sideOf(
  ws: Workspace,
  tiers: Tiers,
  dir: Direction,
  owner: End,
  other: End,
  dst: End,
  cuts: PortCuts,
): Side {
  if (owner.kind !== 'pod') return { at: () => SYSTEM_DEFAULT_VERDICT };
  const np = networkPolicySide(ws, dir, owner, other, dst, cuts);
  const dstPorts = dst.kind === 'pod' ? dst.pod.ports : undefined;
  const tier = (t: ClusterPolicy[]): TierVerdict =>
    t.length > 0 ? evaluateTier(t, dir, owner.pod, peerRef(other), dstPorts) : EMPTY_VERDICT;
  const admin = tier(tiers.admin);
  const baseline = np.isolated ? EMPTY_VERDICT : tier(tiers.baseline);
  addStepCuts(admin, cuts);
  addStepCuts(baseline, cuts);
  const stepAt = (v: TierVerdict, proto: Protocol, port: number): TierStep | undefined =>
    v.steps.find((s) => allowsPort(s.conns, proto, port));
  return {
    at(proto, port) {
      const a = stepAt(admin, proto, port);
      const entries: Entry[] = a ? [stepEntry(a, dir)] : [];
      if (a && a.action !== 'Pass')
        return { allowed: a.action !== 'Deny', systemDefault: false, groups: groupRules(entries) };
      if (np.isolated) {
        const w = np.at(proto, port);
        entries.push(...w.reasons.map((rule) => ({ kind: 'NetworkPolicy', rule })));
        return { allowed: w.allowed, systemDefault: false, groups: groupRules(entries) };
      }
      const b = stepAt(baseline, proto, port);
      if (b) entries.push(stepEntry(b, dir));
      if (b && b.action !== 'Pass')
        return { allowed: b.action !== 'Deny', systemDefault: false, groups: groupRules(entries) };
      if (entries.length === 0) return SYSTEM_DEFAULT_VERDICT;
      entries.push({ kind: '', rule: SYSTEM_DEFAULT_RULE });
      return { allowed: true, systemDefault: false, groups: groupRules(entries) };
    },
  };
}
