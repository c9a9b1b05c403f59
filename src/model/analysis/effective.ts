/**
 * The effective-connectivity view (DESIGN.md §2 "Graph model"): who can
 * actually reach whom, drawn over the same node ids as the rule graph so the
 * layout does not move when the user switches views.
 *
 * Semantics come from analyzeConnectivity (allowed = egress ∩ ingress) and its
 * per-side sets; nothing here re-evaluates a rule. On top of the allowed set,
 * a flow is *half-open* when one side's rules explicitly allow something the
 * other side blocks — the classic "I wrote the egress rule, why can't it
 * connect?" case. A side that is not isolated allows everything without any
 * rule, so it never makes a flow half-open on its own. Neither does a rule
 * with no peers ("from / to everyone", e.g. public ingress to a web front or
 * DNS egress to anywhere): it says nothing about this particular peer, and
 * counting it would draw a red edge from every egress-isolated pod to the
 * public workload. Only rules whose peers name the other side count
 * (connectivity.ts `egressNamed` / `ingressNamed`).
 *
 * Every line of the connectivity list (connlist.ts) is carried by exactly one flow: a workload pair by
 * its flow, each (address range, workload) line by the address end it is drawn on (external-ends.ts:
 * the policies' CIDR blocks, `anywhere` for what every address gets), listed in the flow's `ranges`.
 * Policies without workloads are analysed over stand-in pods (representatives.ts).
 */
import { analyzeConnectivity, type ConnectivityResult, type PairSides } from './connectivity.ts';
import { blockNodeOf } from './external-ends.ts';
import { ANYWHERE_ID, effectiveEdgeId, INGRESS_CONTROLLER_NODE_ID, workloadNodeId } from '../graph/ids.ts';
import { formatIp, formatRange, type IpRange } from './ipset.ts';
import {
  NO_CONNECTIONS,
  connKey,
  formatConns,
  intersect,
  isEmpty,
  subtract,
  union,
  type ConnectionSet,
} from './ports.ts';
import { representedWorkspace } from './representatives.ts';
import type { Workspace } from '../types.ts';

/** One external range behind a flow's address end: one line of the connectivity list. */
export interface ExternalRange {
  /** netpol-analyzer's text for the range, `10.0.0.0-10.0.0.255`. */
  range: string;
  /** What this range gets (formatConns). */
  conns: string;
}

export interface EffectiveFlow {
  /** `eff:<source node>><target node>`; stable across re-parses like rule edge ids. */
  id: string;
  /**
   * Node ids of the rule graph: `wl:…`; for policies without workloads the inferred / "all pods" node a
   * representative pod stands for (representatives.ts); for addresses the `cidr:…` node of the policies'
   * ipBlock, or `anywhere` for what every address gets (external-ends.ts).
   */
  source: string;
  target: string;
  /** Endpoint texts explainFlow resolves (over representedWorkspace): a workload id, or an address of the range. */
  from: string;
  to: string;
  /** What actually gets through. */
  allowed: ConnectionSet;
  /** The source's egress rules allow it, the target's ingress isolation blocks it. */
  blockedAtIngress: ConnectionSet;
  /** The target's ingress rules allow it, the source's egress isolation blocks it. */
  blockedAtEgress: ConnectionSet;
  /** External ranges behind an address end, each a connectivity-list line; empty for workload pairs. */
  ranges: ExternalRange[];
  /** Lines of the connectivity list (`netpol-studio list`) this flow stands for. */
  lines: number;
  /** An address end of a workload side no policy isolates: every address, all connections. */
  unrestricted: boolean;
  /** Allowed ports (formatConns), or what is blocked and where when nothing gets through. */
  label: string;
}

export const blockedLabel = (f: Pick<EffectiveFlow, 'blockedAtIngress' | 'blockedAtEgress'>): string =>
  [
    isEmpty(f.blockedAtIngress) ? '' : `${formatConns(f.blockedAtIngress)} blocked at ingress`,
    isEmpty(f.blockedAtEgress) ? '' : `${formatConns(f.blockedAtEgress)} blocked at egress`,
  ]
    .filter(Boolean)
    .join(' · ');

/** What one side's peer-naming rules allow and the other side drops, over every replica pair. */
export function halfOpen(sides: readonly PairSides[]): {
  blockedAtIngress: ConnectionSet;
  blockedAtEgress: ConnectionSet;
} {
  let blockedAtIngress = NO_CONNECTIONS;
  let blockedAtEgress = NO_CONNECTIONS;
  for (const s of sides) {
    // Interned sets: the same object means both sides agree, nothing is half-open (the common case).
    if (s.egress === s.ingress) continue;
    // `…Named` is empty for a side that is not isolated: it allows without any rule.
    if (!isEmpty(s.egressNamed)) blockedAtIngress = union(blockedAtIngress, subtract(s.egressNamed, s.ingress));
    if (!isEmpty(s.ingressNamed)) blockedAtEgress = union(blockedAtEgress, subtract(s.ingressNamed, s.egress));
  }
  return { blockedAtIngress, blockedAtEgress };
}

/** The half-open part is the label only when nothing gets through; otherwise it is secondary. */
export function isHalfOpen(f: EffectiveFlow): boolean {
  return isEmpty(f.allowed);
}

export function effectiveFlows(input: Workspace): EffectiveFlow[] {
  const { ws, nodeIds } = representedWorkspace(input);
  const result = analyzeConnectivity(ws);
  const ids = nodeIds ?? ws.workloads.map(workloadNodeId);
  const flows: EffectiveFlow[] = [];
  const push = (f: Omit<EffectiveFlow, 'id' | 'label'>) => {
    if (isEmpty(f.allowed) && isEmpty(f.blockedAtIngress) && isEmpty(f.blockedAtEgress)) return;
    flows.push({
      ...f,
      id: effectiveEdgeId(f.source, f.target),
      label: isEmpty(f.allowed) ? blockedLabel(f) : formatConns(f.allowed),
    });
  };
  const n = ws.workloads.length;
  const isolated = ws.workloads.map((_, i) => result.isolated(i));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      // A workload reaching itself would be a loop on every node: not drawn.
      if (i === j) continue;
      const from = ws.workloads[i].id;
      const to = ws.workloads[j].id;
      // Half-open needs an isolated side; most pairs of a large cluster have none or agree.
      const open =
        isolated[i].egress || isolated[j].ingress
          ? halfOpen(result.sidesBetween(i, j))
          : { blockedAtIngress: NO_CONNECTIONS, blockedAtEgress: NO_CONNECTIONS };
      const allowed = result.between(i, j);
      const lines = isEmpty(allowed) ? 0 : 1;
      const pair = { source: ids[i], target: ids[j], from, to, allowed, ...open, ranges: [], lines };
      push({ ...pair, unrestricted: false });
    }
  }
  // The ingress controller (a source only, after the workloads; cluster-policies/connectivity.ts): its
  // flows to what Ingresses and Routes reach, drawn from the rule graph's ingress-controller node.
  if (result.workloads.length > n)
    for (let j = 0; j < n; j++) {
      const allowed = result.between(n, j);
      if (isEmpty(allowed)) continue;
      push({
        source: INGRESS_CONTROLLER_NODE_ID,
        target: ids[j],
        from: result.workloads[n].id,
        to: ws.workloads[j].id,
        allowed,
        blockedAtIngress: NO_CONNECTIONS,
        blockedAtEgress: NO_CONNECTIONS,
        ranges: [],
        lines: 1,
        unrestricted: false,
      });
    }
  const ends = externalEnds(ws, result);
  for (let j = 0; j < n; j++)
    for (const e of ends.ingress(j))
      push({
        ...e,
        source: e.node,
        target: ids[j],
        from: e.address,
        to: ws.workloads[j].id,
        unrestricted: !isolated[j].ingress,
      });
  for (let i = 0; i < n; i++)
    for (const e of ends.egress(i))
      push({
        ...e,
        source: ids[i],
        target: e.node,
        from: ws.workloads[i].id,
        to: e.address,
        unrestricted: !isolated[i].egress,
      });
  return flows;
}

/** One address end of one workload's flows: the node, the ranges drawn on it and what they get. */
interface ExternalEnd {
  node: string;
  /** An address of the first range, for explainFlow. */
  address: string;
  allowed: ConnectionSet;
  blockedAtIngress: ConnectionSet;
  blockedAtEgress: ConnectionSet;
  ranges: ExternalRange[];
  lines: number;
}

/**
 * Per workload, its flows from (ingress) and to (egress) addresses outside the cluster, grouped onto nodes
 * as external-ends.ts says. Range texts and per-range entries are built once per (range, set) and shared.
 */
function externalEnds(ws: Workspace, result: ConnectivityResult) {
  const sets = result.connectionSets;
  const texts: string[] = [];
  const textOf = (id: number): string => (texts[id] ??= formatConns(sets[id]));
  const side = (blocks: readonly IpRange[], dir: 'ingress' | 'egress', idOf: (w: number, k: number) => number) => {
    const nodeOf = blockNodeOf(ws.policies, dir, blocks);
    const rangeText = blocks.map(formatRange);
    const entries = blocks.map(() => new Map<number, ExternalRange>());
    const entry = (k: number, id: number): ExternalRange => {
      let e = entries[k].get(id);
      if (!e) entries[k].set(id, (e = { range: rangeText[k], conns: textOf(id) }));
      return e;
    };
    return (w: number): ExternalEnd[] => {
      const conns = blocks.map((_, k) => idOf(w, k));
      // What every address gets: ranges getting just that are drawn on `anywhere`.
      const distinct = [...new Set(conns)];
      const base = distinct.reduce((acc, id) => intersect(acc, sets[id]), sets[distinct[0]] ?? NO_CONNECTIONS);
      const baseKey = isEmpty(base) ? undefined : connKey(base);
      const byNode = new Map<string, { ks: number[]; allowed: ConnectionSet }>();
      conns.forEach((id, k) => {
        if (isEmpty(sets[id])) return;
        const node = connKey(sets[id]) === baseKey ? ANYWHERE_ID : nodeOf[k];
        const g = byNode.get(node) ?? { ks: [], allowed: NO_CONNECTIONS };
        g.ks.push(k);
        g.allowed = union(g.allowed, sets[id]);
        byNode.set(node, g);
      });
      return [...byNode].map(([node, g]) => ({
        node,
        address: formatIp(blocks[g.ks[0]].family, blocks[g.ks[0]].start),
        allowed: g.allowed,
        blockedAtIngress: NO_CONNECTIONS,
        blockedAtEgress: NO_CONNECTIONS,
        ranges: g.ks.map((k) => entry(k, conns[k])),
        lines: g.ks.length,
      }));
    };
  };
  return {
    ingress: side(result.ingressBlocks, 'ingress', (j, k) => result.fromExternalId(k, j)),
    egress: side(result.egressBlocks, 'egress', (i, k) => result.toExternalId(i, k)),
  };
}

/**
 * The connectivity-list lines (`src => dst : conn`, as `netpol-studio list` prints them) this flow stands
 * for: its pair, or one per address range of its address end; none when nothing gets through.
 */
export function connlistLinesOf(f: EffectiveFlow): string[] {
  if (isEmpty(f.allowed)) return [];
  if (f.ranges.length === 0) return [`${f.from} => ${f.to} : ${f.label}`];
  const fromAddresses = f.source === ANYWHERE_ID || f.source.startsWith('cidr:');
  return f.ranges.map((r) =>
    fromAddresses ? `${r.range}[External] => ${f.to} : ${r.conns}` : `${f.from} => ${r.range}[External] : ${r.conns}`,
  );
}

/** Secondary text for an allowed flow that also has a blocked part (e.g. one of two ports). */
export function blockedNote(f: EffectiveFlow): string {
  return isEmpty(f.allowed) ? '' : blockedLabel(f);
}
