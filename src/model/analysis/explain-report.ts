/**
 * Explanation of every listed pair (`netpol-studio connlist --explain`, the
 * app's matrix cells): the pair's port space split into classes, each allowed
 * or denied, with the policies and rules that decide it on each side.
 *
 * Semantics are netpol-analyzer's `list --explain`, per side (the egress of the
 * source, the ingress of the destination) and per port:
 * - no policy selects that end (or it is an external range): allowed by the
 *   system default;
 * - else, per selecting policy: allowed by the first of its rules that selects
 *   the other end and allows the port; otherwise denied, because no rule is
 *   defined, no rule selects the other end, or (first such rule) its ports do
 *   not match (or its named ports match no container port of the destination);
 * - the side allows a port when one policy does; it then names every allowing
 *   policy's rule, and when it denies, every policy's reason.
 * A port is allowed when both sides allow it. Reasons are upstream's sentences.
 */
import type { Direction, Labels, NetworkPolicy, PolicyRule, Protocol, Workload, Workspace } from '../types.ts';
import { PROTOCOLS } from '../types.ts';
import { NS_NAME_LABEL } from '../manifests/workspace.ts';
import { externalId, type ConnectivityResult } from './connectivity.ts';
import type { IpRange } from './ipset.ts';
import { MAX_PORT, MIN_PORT, normalizeRanges, NO_CONNECTIONS, type ConnectionSet } from './ports.ts';
import { isolatingPolicies, rulePeerForAddress, rulePeerForPod, type PodRef } from './rules.ts';

/** The verdict of one side for a class of ports. */
export interface SideVerdict {
  allowed: boolean;
  /** No policy selects this end: the system default allows everything. */
  systemDefault: boolean;
  /** Upstream's sentences, sorted (empty for the system default). */
  reasons: string[];
}

export interface ConnClass {
  allowed: boolean;
  conns: ConnectionSet;
  egress: SideVerdict;
  ingress: SideVerdict;
}

export interface PairExplanation {
  src: string;
  dst: string;
  /** Both sides are the system default: everything allowed, nothing to explain. */
  systemDefault: boolean;
  /** Allowed classes first, then denied; each covering disjoint ports. */
  classes: ConnClass[];
}

type End = { kind: 'workload'; w: Workload; pod: PodRef } | { kind: 'external'; id: string; range: IpRange };

const endId = (e: End): string => (e.kind === 'workload' ? e.w.id : e.id);
const dirName = (d: Direction): string => (d === 'ingress' ? 'Ingress' : 'Egress');
const policyName = (p: NetworkPolicy): string => `NetworkPolicy '${p.namespace}/${p.name}'`;

/** A rule's allowed ports towards `dst` per protocol, as inclusive ranges (named ports resolved on a workload). */
function rulePortRanges(rule: PolicyRule, dst: End): Record<Protocol, [number, number][]> | 'all' {
  if (rule.ports.length === 0) return 'all';
  const out: Record<Protocol, [number, number][]> = { TCP: [], UDP: [], SCTP: [] };
  for (const pp of rule.ports) {
    if (pp.port === undefined) out[pp.protocol].push([MIN_PORT, MAX_PORT]);
    else if (typeof pp.port === 'number') out[pp.protocol].push([pp.port, pp.endPort ?? pp.port]);
    else if (dst.kind === 'workload')
      for (const cp of dst.pod.ports)
        if (cp.name === pp.port && cp.protocol === pp.protocol)
          out[pp.protocol].push([cp.containerPort, cp.containerPort]);
  }
  return out;
}

const covers = (r: ReturnType<typeof rulePortRanges>, proto: Protocol, port: number): boolean =>
  r === 'all' || r[proto].some(([lo, hi]) => lo <= port && port <= hi);

/** One policy's word on a port: allowed by a rule, or denied with a reason. */
interface PolicyWord {
  allowed: boolean;
  reason: string;
}

/** How one side of a pair decides each port. */
interface Side {
  /** Port boundaries where a verdict may change, per protocol. */
  cuts: Record<Protocol, number[]>;
  at(proto: Protocol, port: number): SideVerdict;
}

function sideOf(ws: Workspace, dir: Direction, owner: End, other: End, dst: End): Side {
  const cuts: Record<Protocol, number[]> = { TCP: [], UDP: [], SCTP: [] };
  const policies = owner.kind === 'workload' ? isolatingPolicies(ws.policies, owner.pod, dir) : [];
  if (policies.length === 0) {
    const verdict: SideVerdict = { allowed: true, systemDefault: true, reasons: [] };
    return { cuts, at: () => verdict };
  }
  const ownerId = endId(owner);
  const otherId = endId(other);
  const words = policies.map((p) => {
    const rules = dir === 'ingress' ? p.ingress : p.egress;
    const selecting = rules
      .map((rule, k) => ({ rule, k, ports: rulePortRanges(rule, dst) }))
      .filter(({ rule }) =>
        other.kind === 'workload'
          ? rulePeerForPod(p, rule, other.pod) !== undefined
          : rulePeerForAddress(rule, { kind: 'range', range: other.range }) !== undefined,
      );
    for (const s of selecting)
      if (s.ports !== 'all')
        for (const proto of PROTOCOLS) for (const [lo, hi] of s.ports[proto]) cuts[proto].push(lo, hi + 1);
    const prefix = `${policyName(p)} selects ${ownerId}`;
    return (proto: Protocol, port: number): PolicyWord => {
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
        first.ports !== 'all' && PROTOCOLS.every((pr) => (first.ports as Record<Protocol, unknown[]>)[pr].length === 0);
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
    cuts,
    at: (proto, port) => {
      const all = words.map((w) => w(proto, port));
      const allowed = all.some((w) => w.allowed);
      const reasons = [...new Set(all.filter((w) => w.allowed === allowed).map((w) => w.reason))].sort();
      return { allowed, systemDefault: false, reasons };
    },
  };
}

const verdictKey = (v: SideVerdict): string => `${v.allowed}|${v.systemDefault}|${v.reasons.join('\n')}`;

/** The pair's port space split into classes of equal verdicts on both sides. */
function classesOf(egress: Side, ingress: Side): ConnClass[] {
  const classes = new Map<string, ConnClass & { ranges: Record<Protocol, [number, number][]> }>();
  for (const proto of PROTOCOLS) {
    const cuts = [...new Set([MIN_PORT, ...egress.cuts[proto], ...ingress.cuts[proto]])]
      .filter((c) => c >= MIN_PORT && c <= MAX_PORT)
      .sort((a, b) => a - b);
    cuts.forEach((lo, i) => {
      const hi = i + 1 < cuts.length ? cuts[i + 1] - 1 : MAX_PORT;
      const eg = egress.at(proto, lo);
      const ing = ingress.at(proto, lo);
      const allowed = eg.allowed && ing.allowed;
      const key = `${allowed}#${verdictKey(eg)}#${verdictKey(ing)}`;
      let c = classes.get(key);
      if (!c)
        classes.set(
          key,
          (c = { allowed, conns: NO_CONNECTIONS, egress: eg, ingress: ing, ranges: { TCP: [], UDP: [], SCTP: [] } }),
        );
      c.ranges[proto].push([lo, hi]);
    });
  }
  return [...classes.values()].map(({ ranges, ...c }) => ({
    ...c,
    conns: { TCP: normalizeRanges(ranges.TCP), UDP: normalizeRanges(ranges.UDP), SCTP: normalizeRanges(ranges.SCTP) },
  }));
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every pair the explained list holds (all ordered pairs but self and IP-to-IP), sorted by source, then destination. */
export function explainAllPairs(ws: Workspace, result: ConnectivityResult): PairExplanation[] {
  const nsLabels = (name: string): Labels => ws.namespaces.get(name)?.labels ?? { [NS_NAME_LABEL]: name };
  const wl: End[] = result.workloads.map((w) => ({
    kind: 'workload',
    w,
    pod: { namespace: w.namespace, nsLabels: nsLabels(w.namespace), labels: w.labels, ports: w.ports },
  }));
  const ext = (range: IpRange): End => ({ kind: 'external', id: externalId(range), range });
  const srcs = [...wl, ...result.ingressBlocks.map(ext)].sort((a, b) => byCodeUnit(endId(a), endId(b)));
  const dsts = [...wl, ...result.egressBlocks.map(ext)].sort((a, b) => byCodeUnit(endId(a), endId(b)));
  const out: PairExplanation[] = [];
  for (const s of srcs)
    for (const d of dsts) {
      if (s === d || (s.kind === 'external' && d.kind === 'external')) continue;
      const egress = sideOf(ws, 'egress', s, d, d);
      const ingress = sideOf(ws, 'ingress', d, s, d);
      const classes = classesOf(egress, ingress);
      const systemDefault = classes.length === 1 && classes[0].egress.systemDefault && classes[0].ingress.systemDefault;
      out.push({ src: endId(s), dst: endId(d), systemDefault, classes });
    }
  return out;
}
