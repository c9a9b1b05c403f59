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
 */
import { analyzeConnectivity, type PairSides } from './connectivity.ts';
import { ANYWHERE_ID, effectiveEdgeId, workloadNodeId } from '../graph/ids.ts';
import { formatIp, formatRange, type IpRange } from './ipset.ts';
import { NO_CONNECTIONS, formatConns, isEmpty, subtract, union, type ConnectionSet } from './ports.ts';
import type { Workspace } from '../types.ts';

export interface EffectiveFlow {
  /** `eff:<source node>><target node>`; stable across re-parses like rule edge ids. */
  id: string;
  /** Node ids (rule-graph ids: `wl:…`, or `anywhere` for addresses outside the cluster). */
  source: string;
  target: string;
  /** Endpoint texts explainFlow resolves: a workload id, or an address of the external range. */
  from: string;
  to: string;
  /** What actually gets through. */
  allowed: ConnectionSet;
  /** The source's egress rules allow it, the target's ingress isolation blocks it. */
  blockedAtIngress: ConnectionSet;
  /** The target's ingress rules allow it, the source's egress isolation blocks it. */
  blockedAtEgress: ConnectionSet;
  /** External ranges behind an `anywhere` end (formatted), empty for workload pairs. */
  ranges: string[];
  /** Allowed ports (formatConns), or what is blocked and where when nothing gets through. */
  label: string;
}

const blockedLabel = (f: Pick<EffectiveFlow, 'blockedAtIngress' | 'blockedAtEgress'>): string =>
  [
    isEmpty(f.blockedAtIngress) ? '' : `${formatConns(f.blockedAtIngress)} blocked at ingress`,
    isEmpty(f.blockedAtEgress) ? '' : `${formatConns(f.blockedAtEgress)} blocked at egress`,
  ]
    .filter(Boolean)
    .join(' · ');

/** What one side's peer-naming rules allow and the other side drops, over every replica pair. */
function halfOpen(sides: readonly PairSides[]): { blockedAtIngress: ConnectionSet; blockedAtEgress: ConnectionSet } {
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

export function effectiveFlows(ws: Workspace): EffectiveFlow[] {
  const result = analyzeConnectivity(ws);
  const ids = ws.workloads.map(workloadNodeId);
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
      push({ source: ids[i], target: ids[j], from, to, allowed: result.between(i, j), ...open, ranges: [] });
    }
  }
  // Outside the cluster, collapsed into one `anywhere` end per workload. Only where a policy
  // isolates the workload: a non-isolated side allows every address, an edge per workload that says nothing.
  const external = (blocks: readonly IpRange[], conns: (k: number) => ConnectionSet) => {
    let all = NO_CONNECTIONS;
    const ranges: IpRange[] = [];
    blocks.forEach((r, k) => {
      const c = conns(k);
      if (isEmpty(c)) return;
      all = union(all, c);
      ranges.push(r);
    });
    return { all, ranges };
  };
  const address = (r: IpRange) => formatIp(r.family, r.start);
  for (let j = 0; j < n; j++) {
    if (!isolated[j].ingress) continue;
    const { all, ranges } = external(result.ingressBlocks, (k) => result.fromExternal(k, j));
    if (ranges.length === 0) continue;
    push({
      source: ANYWHERE_ID,
      target: ids[j],
      from: address(ranges[0]),
      to: ws.workloads[j].id,
      allowed: all,
      blockedAtIngress: NO_CONNECTIONS,
      blockedAtEgress: NO_CONNECTIONS,
      ranges: ranges.map(formatRange),
    });
  }
  for (let i = 0; i < n; i++) {
    if (!isolated[i].egress) continue;
    const { all, ranges } = external(result.egressBlocks, (k) => result.toExternal(i, k));
    if (ranges.length === 0) continue;
    push({
      source: ids[i],
      target: ANYWHERE_ID,
      from: ws.workloads[i].id,
      to: address(ranges[0]),
      allowed: all,
      blockedAtIngress: NO_CONNECTIONS,
      blockedAtEgress: NO_CONNECTIONS,
      ranges: ranges.map(formatRange),
    });
  }
  return flows;
}

/** Secondary text for an allowed flow that also has a blocked part (e.g. one of two ports). */
export function blockedNote(f: EffectiveFlow): string {
  return isEmpty(f.allowed) ? '' : blockedLabel(f);
}
