/**
 * The decision chain of a flow for `explain` and the Why panel: per direction, which layer, policy,
 * priority and rule decided, in the one decision order (decide.ts), e.g.
 *   `AdminNetworkPolicy allow-monitoring (prio 10) ingress[0] "pass-all" → Pass → NetworkPolicy shop/db-ingress → allowed`.
 * With a port the chain follows that port; without one it lists every step with what it decided.
 */
import type { ClusterAction } from '../../cluster-types.ts';
import type { Direction, Protocol, Span, Workspace } from '../../types.ts';
import {
  ALL_CONNECTIONS,
  allowsPort,
  formatConns,
  intersect,
  isEmpty,
  NO_CONNECTIONS,
  subtract,
  union,
  type ConnectionSet,
} from '../ports.ts';
import { decideDirection, tiersOf, type DirectionDecision } from './decide.ts';
import { networkPolicyLayer } from './np-layer.ts';
import type { PeerRef, TierStep } from './tiers.ts';

export type ChainLayer = 'Admin' | 'NetworkPolicy' | 'Baseline' | 'Default';

export interface ChainLink {
  layer: ChainLayer;
  /** `Kind name` of the cluster policy, or the NetworkPolicies' ids. */
  policy?: string;
  priority?: number;
  ruleIndex?: number;
  ruleName?: string;
  action?: ClusterAction;
  /** What this link decided (or handed on, for Pass) of the flow. */
  conns: ConnectionSet;
  span?: Span;
}

export interface DecisionChain {
  direction: Direction;
  links: ChainLink[];
  /** What the direction allows in the end. */
  conns: ConnectionSet;
  /** Same-priority policies that both match this flow (the cluster may apply either). */
  ambiguities: string[];
  /** One line, e.g. `Admin: AdminNetworkPolicy x (prio 10) ingress[0] → Pass → NetworkPolicy ns/y → allowed`. */
  text: string;
}

const complement = (c: ConnectionSet): ConnectionSet => subtract(ALL_CONNECTIONS, c);

const stepLink = (layer: ChainLayer, s: TierStep): ChainLink => ({
  layer,
  policy: `${s.policy.kind} ${s.policy.name}`,
  priority: s.policy.kind === 'BaselineAdminNetworkPolicy' ? undefined : s.policy.priority,
  ruleIndex: s.rule.index,
  ruleName: s.rule.name || undefined,
  action: s.action,
  conns: s.conns,
  span: s.rule.span,
});

function linkText(l: ChainLink, dir: Direction, withConns: boolean): string {
  const on = withConns ? ` on ${formatConns(l.conns)}` : '';
  if (l.layer === 'NetworkPolicy') return `NetworkPolicy ${l.policy}${on}`;
  if (l.layer === 'Default') return `no policy decides${on} (default)`;
  const prio = l.priority === undefined ? '' : ` (prio ${l.priority})`;
  const name = l.ruleName ? ` "${l.ruleName}"` : '';
  return `${l.policy}${prio} ${dir}[${l.ruleIndex}]${name} → ${l.action}${on}`;
}

/** The chain of one direction: every step (no port) or the path of one port. */
function chainOf(
  dir: Direction,
  d: DirectionDecision,
  np: { isolated: boolean; allowed: ConnectionSet; policies: string[] },
  port: { protocol: Protocol; port: number } | undefined,
): DecisionChain {
  const hits = (c: ConnectionSet): boolean => (port ? allowsPort(c, port.protocol, port.port) : !isEmpty(c));
  const links: ChainLink[] = d.admin.steps.filter((s) => hits(s.conns)).map((s) => stepLink('Admin', s));
  const handed = port ? allowsPort(d.handedOver, port.protocol, port.port) : !isEmpty(d.handedOver);
  if (handed) {
    if (np.isolated)
      links.push({
        layer: 'NetworkPolicy',
        policy: np.policies.join(', '),
        conns: intersect(d.handedOver, np.allowed),
      });
    else {
      links.push(...d.baseline.steps.filter((s) => hits(s.conns)).map((s) => stepLink('Baseline', s)));
      let rest = d.handedOver;
      for (const s of d.baseline.steps) rest = intersect(rest, complement(s.conns));
      if (hits(rest)) links.push({ layer: 'Default', conns: rest });
    }
  }
  const verdict = port
    ? allowsPort(d.conns, port.protocol, port.port)
      ? 'allowed'
      : 'denied'
    : isEmpty(d.conns)
      ? 'denied'
      : `allowed: ${formatConns(d.conns)}`;
  const ambiguities = [...d.admin.ambiguities, ...d.baseline.ambiguities].map(
    ([a, b]) => `${a.kind} ${a.name} and ${b.kind} ${b.name} share priority ${a.priority}`,
  );
  const text = `${links.map((l) => linkText(l, dir, !port)).join(' → ')} → ${verdict}`;
  return { direction: dir, links, conns: d.conns, ambiguities, text };
}

/** Both directions of a flow between `src` (a pod, or an address) and `dst`, for every pod pair. */
export function explainChains(
  ws: Workspace,
  srcs: readonly PeerRef[],
  dsts: readonly PeerRef[],
  port: { protocol: Protocol; port: number } | undefined,
): { conns: ConnectionSet; egress: DecisionChain[]; ingress: DecisionChain[] } {
  const tiers = tiersOf(ws.clusterPolicies ?? []);
  const egress: DecisionChain[] = [];
  const ingress: DecisionChain[] = [];
  let conns = NO_CONNECTIONS;
  for (const s of srcs)
    for (const d of dsts) {
      const dstPorts = 'pod' in d ? d.pod.ports : undefined;
      let eg: ConnectionSet;
      let ing: ConnectionSet;
      if ('pod' in s) {
        const np = networkPolicyLayer(ws, 'egress', s.pod, d, dstPorts);
        const dec = decideDirection(tiers, 'egress', s.pod, d, dstPorts, np);
        egress.push(chainOf('egress', dec, np, port));
        eg = dec.conns;
      } else eg = ALL_CONNECTIONS;
      if ('pod' in d) {
        const np = networkPolicyLayer(ws, 'ingress', d.pod, s, dstPorts);
        const dec = decideDirection(tiers, 'ingress', d.pod, s, dstPorts, np);
        ingress.push(chainOf('ingress', dec, np, port));
        ing = dec.conns;
      } else ing = ALL_CONNECTIONS;
      conns = union(conns, intersect(eg, ing));
    }
  return { conns, egress, ingress };
}
