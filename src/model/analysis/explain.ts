/**
 * "Why is this flow allowed / blocked?" — what `netpol-studio explain` and the
 * app's why-panel show. Evaluates one flow directly with rules.ts (readable,
 * per pod) and keeps the policies and rules involved, with their spans, on
 * both sides: egress of the source and ingress of the destination.
 */
import { parseIp, type IpFamily } from './ipset.ts';
import {
  ALL_CONNECTIONS,
  NO_CONNECTIONS,
  allowsPort,
  formatConns,
  intersect,
  isEmpty,
  rulePortsConns,
  union,
  type ConnectionSet,
} from './ports.ts';
import { isolatingPolicies, rulePeerForAddress, rulePeerForPod, type AddressRef, type PodRef } from './rules.ts';
import type { Direction, Labels, NetworkPolicy, Protocol, Span, Workload, Workspace } from '../types.ts';
import { explainChains, type DecisionChain } from './cluster-policies/explain-chain.ts';
import { sayExplain } from './explain-messages.ts';
import type { MessageRef, Said } from '../text/message.ts';

export interface FlowPort {
  port: number;
  protocol: Protocol;
}

/** A flow endpoint: a workload of the workspace or an address outside the cluster. */
export type FlowEndpoint =
  | { kind: 'workload'; id: string; workload: Workload }
  | { kind: 'external'; id: string; family: IpFamily; value: bigint };

/** A rule of a policy selecting this side's pod whose peers match the other side. */
export interface RuleMatch {
  policyId: string;
  direction: Direction;
  /** Index in spec.ingress / spec.egress. */
  ruleIndex: number;
  /** Index of the matching peer in from/to; -1 when the rule has no peers (matches everyone). */
  peerIndex: number;
  /** What this rule allows for this flow (its ports resolved on the destination). */
  conns: ConnectionSet;
  /** Whether it allows the flow (the asked port, or any port when none was asked). */
  allows: boolean;
  span?: Span;
  peerSpan?: Span;
  policySpan?: Span;
}

export interface SideExplanation {
  /** True when some policy selecting the pod covers this direction. */
  isolated: boolean;
  /** Those policies (empty when not isolated, or for an external endpoint). */
  isolatingPolicies: { id: string; span?: Span }[];
  /** Rules whose peers match the other side (those with `allows` let the flow through). */
  rules: RuleMatch[];
  /** What this side allows on its own. */
  conns: ConnectionSet;
}

export interface FlowExplanation {
  from: FlowEndpoint;
  to: FlowEndpoint;
  port?: FlowPort;
  /** Allowed connection set (egress ∩ ingress). */
  conns: ConnectionSet;
  /** With a port: whether that port is allowed; without: the connection set. */
  allowed: ConnectionSet | boolean;
  egress: SideExplanation;
  ingress: SideExplanation;
  /** The verdict and one sentence per direction, joined with line breaks. */
  summary: string;
  /** The same sentences apart: a name may itself hold a line break, so `summary` cannot be split back. */
  summaryLines: string[];
  /** The same sentences as data (explain-messages.ts ids), for saying them in the user's language. */
  summaryRefs: MessageRef[];
  /**
   * With cluster-scoped policies: per direction and pod pair, which tier, policy, priority and rule
   * decided (Admin → NetworkPolicy → Baseline → default); `conns` and the verdict then come from it.
   */
  chain?: { egress: DecisionChain[]; ingress: DecisionChain[] };
}

export class ExplainError extends Error {
  /** The sentence as data, for the user's language. */
  readonly ref: MessageRef;
  constructor(said: Said) {
    super(said.text);
    this.ref = said.ref;
  }
}

/**
 * Resolves `ns/name[Kind]`, `ns/name` (workload or pod name), `name` (in
 * `default`) or an IP address. Undefined when nothing matches.
 */
export function resolveEndpoint(ws: Workspace, text: string): FlowEndpoint | undefined {
  const t = text.trim();
  const exact = ws.workloads.find((w) => w.id === t);
  if (exact) return { kind: 'workload', id: exact.id, workload: exact };
  const ip = parseIp(t);
  if (ip) return { kind: 'external', id: t, family: ip.family, value: ip.value };
  const slash = t.indexOf('/');
  const ns = slash >= 0 ? t.slice(0, slash) : 'default';
  const name = slash >= 0 ? t.slice(slash + 1) : t;
  const w =
    ws.workloads.find((x) => x.namespace === ns && x.name === name) ??
    ws.workloads.find((x) => x.namespace === ns && x.pods.some((p) => p.name === name));
  return w ? { kind: 'workload', id: w.id, workload: w } : undefined;
}

function podRefs(ws: Workspace, w: Workload): PodRef[] {
  const nsLabels: Labels = ws.namespaces.get(w.namespace)?.labels ?? { 'kubernetes.io/metadata.name': w.namespace };
  const pods = w.pods.length > 0 ? w.pods : [{ name: w.name, labels: w.labels, ports: w.ports }];
  return pods.map((p) => ({ namespace: w.namespace, nsLabels, labels: p.labels, ports: p.ports }));
}

type Side = { pod: PodRef } | { addr: AddressRef };

/** One direction for one pod pair: `self` is the policed pod, `other` the peer; `dst` owns the ports. */
function explainSide(
  policies: readonly NetworkPolicy[],
  dir: Direction,
  self: Side,
  other: Side,
  port: FlowPort | undefined,
): SideExplanation {
  if (!('pod' in self)) return { isolated: false, isolatingPolicies: [], rules: [], conns: ALL_CONNECTIONS };
  const isolating = isolatingPolicies(policies, self.pod, dir);
  if (isolating.length === 0) return { isolated: false, isolatingPolicies: [], rules: [], conns: ALL_CONNECTIONS };
  // Named ports resolve on the destination: the policed pod for ingress, the peer for egress.
  const dstPorts = dir === 'ingress' ? self.pod.ports : 'pod' in other ? other.pod.ports : undefined;
  const rules: RuleMatch[] = [];
  let conns = NO_CONNECTIONS;
  for (const p of isolating) {
    for (const rule of dir === 'ingress' ? p.ingress : p.egress) {
      const peerIndex = 'pod' in other ? rulePeerForPod(p, rule, other.pod) : rulePeerForAddress(rule, other.addr);
      if (peerIndex === undefined) continue;
      const rc = rulePortsConns(rule.ports, dstPorts);
      conns = union(conns, rc);
      rules.push({
        policyId: p.id,
        direction: dir,
        ruleIndex: rule.index,
        peerIndex,
        conns: rc,
        allows: port ? allowsPort(rc, port.protocol, port.port) : !isEmpty(rc),
        span: rule.span,
        peerSpan: peerIndex >= 0 ? rule.peers[peerIndex]?.span : undefined,
        policySpan: p.span,
      });
    }
  }
  return { isolated: true, isolatingPolicies: isolating.map((p) => ({ id: p.id, span: p.span })), rules, conns };
}

/** Merges the explanations of several pod pairs (replicas with different labels) into one. */
function mergeSides(sides: SideExplanation[]): SideExplanation {
  if (sides.length === 1) return sides[0];
  const ids = new Map<string, { id: string; span?: Span }>();
  const rules = new Map<string, RuleMatch>();
  let conns = NO_CONNECTIONS;
  for (const s of sides) {
    for (const p of s.isolatingPolicies) ids.set(p.id, p);
    for (const r of s.rules) {
      const k = `${r.policyId}#${r.direction}#${r.ruleIndex}`;
      const prev = rules.get(k);
      rules.set(k, prev ? { ...prev, conns: union(prev.conns, r.conns), allows: prev.allows || r.allows } : r);
    }
    conns = union(conns, s.conns);
  }
  return {
    isolated: sides.some((s) => s.isolated),
    isolatingPolicies: [...ids.values()],
    rules: [...rules.values()],
    conns,
  };
}

function sidesOf(ws: Workspace, e: FlowEndpoint): Side[] {
  return e.kind === 'workload'
    ? podRefs(ws, e.workload).map((pod) => ({ pod }))
    : [{ addr: { kind: 'ip', family: e.family, value: e.value } }];
}

function sideSentence(
  dir: Direction,
  who: string,
  side: SideExplanation,
  port: FlowPort | undefined,
  tiered = false,
): Said {
  const Dir = sayExplain(dir === 'ingress' ? 'dirIngress' : 'dirEgress').ref;
  const lower = sayExplain(dir === 'ingress' ? 'dirIngressLower' : 'dirEgressLower').ref;
  if (!side.isolated) {
    // With cluster policies the tiers decide what is left: the decision line below says how.
    if (who.endsWith('[External]') || !who.includes('/')) return sayExplain('outside', { Dir, who });
    if (tiered) return sayExplain('tieredNotSelected', { Dir, who });
    return sayExplain('notSelected', { Dir, who, dir: lower });
  }
  const isolators = side.isolatingPolicies.map((p) => p.id).join(', ');
  const allowing = side.rules.filter((r) => r.allows);
  if (allowing.length === 0)
    return sayExplain(port ? 'isolatedNoRulePort' : 'isolatedNoRulePeer', { Dir, who, isolators, dir: lower });
  // `ingress[0]` names the rule as the YAML does: not a word to translate.
  const rules = allowing
    .map((r) => `${r.policyId} ${dir}[${r.ruleIndex}]${r.span ? ` (${r.span.file}:${r.span.line})` : ''}`)
    .join(', ');
  return sayExplain('isolatedAllowed', { Dir, who, isolators, rules });
}

export function explainFlow(ws: Workspace, from: string, to: string, port?: FlowPort): FlowExplanation {
  const src = resolveEndpoint(ws, from);
  const dst = resolveEndpoint(ws, to);
  if (!src) throw new ExplainError(sayExplain('noEndpoint', { name: from }));
  if (!dst) throw new ExplainError(sayExplain('noEndpoint', { name: to }));
  if (src.kind === 'external' && dst.kind === 'external') throw new ExplainError(sayExplain('bothOutside'));
  const egressSides: SideExplanation[] = [];
  const ingressSides: SideExplanation[] = [];
  let conns = NO_CONNECTIONS;
  for (const s of sidesOf(ws, src)) {
    for (const d of sidesOf(ws, dst)) {
      const eg = explainSide(ws.policies, 'egress', s, d, port);
      const ing = explainSide(ws.policies, 'ingress', d, s, port);
      egressSides.push(eg);
      ingressSides.push(ing);
      conns = union(conns, intersect(eg.conns, ing.conns));
    }
  }
  const egress = mergeSides(egressSides);
  const ingress = mergeSides(ingressSides);
  let chain: FlowExplanation['chain'];
  if ((ws.clusterPolicies?.length ?? 0) > 0) {
    const tiered = explainChains(ws, sidesOf(ws, src), sidesOf(ws, dst), port);
    conns = tiered.conns;
    chain = { egress: tiered.egress, ingress: tiered.ingress };
  }
  const allowed: ConnectionSet | boolean = port ? allowsPort(conns, port.protocol, port.port) : conns;
  const what = port ? `${port.protocol} ${port.port}` : sayExplain('anyPort').ref;
  const verdict = port
    ? sayExplain(allowed ? 'allowed' : 'blocked').ref
    : isEmpty(conns)
      ? sayExplain('blockedNothing').ref
      : sayExplain('allowedConns', { conns: formatConns(conns) }).ref;
  const sentences = [
    sayExplain('headline', { from: src.id, to: dst.id, what, verdict }),
    sideSentence('egress', src.id, egress, port, chain !== undefined),
    sideSentence('ingress', dst.id, ingress, port, chain !== undefined),
    ...(chain ? chainSentences(chain) : []),
  ];
  const summaryLines = sentences.map((s) => s.text);
  const summary = summaryLines.join('\n');
  return {
    from: src,
    to: dst,
    port,
    conns,
    allowed,
    egress,
    ingress,
    summary,
    summaryLines,
    summaryRefs: sentences.map((s) => s.ref),
    ...(chain ? { chain } : {}),
  };
}

/** One sentence per distinct chain of each direction, then the ambiguities met. */
function chainSentences(chain: NonNullable<FlowExplanation['chain']>): Said[] {
  const out: Said[] = [];
  for (const [id, chains] of [['dirEgress', chain.egress] as const, ['dirIngress', chain.ingress] as const])
    for (const text of new Set(chains.map((c) => c.text)))
      out.push(sayExplain('decision', { Dir: sayExplain(id).ref, text }));
  const ambiguous = new Set([...chain.egress, ...chain.ingress].flatMap((c) => c.ambiguities));
  for (const text of ambiguous) out.push(sayExplain('ambiguous', { text }));
  return out;
}
