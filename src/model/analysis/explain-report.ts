/**
 * Explanation of every listed pair (`netpol-studio connlist --explain`, the
 * app's matrix cells): the pair's port space split into classes, each allowed
 * or denied, with the policies and rules that decide it on each side.
 *
 * Semantics are netpol-analyzer's `list --explain`, per side (the egress of the
 * source, the ingress of the destination) and per port, in the one decision
 * order: Admin tier, NetworkPolicies, Baseline tier, system default
 * (explain-pairs/side.ts); the `{ingress-controller}` reaches a workload on what
 * both its Ingresses / Routes and its policies allow (explain-pairs/ingress-side.ts).
 * A port is allowed when both sides allow it. Reasons are upstream's sentences.
 */
import type { Labels, Protocol, Workspace } from '../types.ts';
import { PROTOCOLS } from '../types.ts';
import { NS_NAME_LABEL } from '../manifests/workspace.ts';
import { tiersOf } from './cluster-policies/decide.ts';
import { CONTROLLER, INGRESS_CONTROLLER_ID } from './cluster-policies/ingress-controller.ts';
import { externalId, type ConnectivityResult } from './connectivity.ts';
import type { IpRange } from './ipset.ts';
import { MAX_PORT, MIN_PORT, normalizeRanges, NO_CONNECTIONS, type ConnectionSet } from './ports.ts';
import { type End, endId, noCuts, type PortCuts } from './explain-pairs/ends.ts';
import { ingressObjectsSide, objectsReaching } from './explain-pairs/ingress-side.ts';
import { sideOf, type Side } from './explain-pairs/side.ts';
import { verdictKey, type SideVerdict } from './explain-pairs/verdict.ts';

export type { RuleGroup, SideVerdict } from './explain-pairs/verdict.ts';

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

/** The pair's port space split into classes of equal verdicts on both sides. */
function classesOf(egress: Side, ingress: Side, cutsAt: PortCuts): ConnClass[] {
  const classes = new Map<string, ConnClass & { ranges: Record<Protocol, [number, number][]> }>();
  for (const proto of PROTOCOLS) {
    const cuts = [...new Set([MIN_PORT, ...cutsAt[proto]])]
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

/**
 * Every pair the explained list holds (all ordered pairs but self and IP-to-IP, and the
 * `{ingress-controller}` towards the workloads it reaches), sorted by source, then destination.
 */
export function explainAllPairs(ws: Workspace, result: ConnectivityResult): PairExplanation[] {
  const nsLabels = (name: string): Labels => ws.namespaces.get(name)?.labels ?? { [NS_NAME_LABEL]: name };
  const tiers = tiersOf(ws.clusterPolicies ?? []);
  const workloads = result.workloads.filter((w) => w.id !== INGRESS_CONTROLLER_ID);
  const wl: End[] = workloads.map((w) => ({
    kind: 'pod',
    id: w.id,
    pod: { namespace: w.namespace, nsLabels: nsLabels(w.namespace), labels: w.labels, ports: w.ports },
  }));
  const ext = (range: IpRange): End => ({ kind: 'external', id: externalId(range), range });
  const controller: End | undefined =
    result.workloads.length > workloads.length
      ? { kind: 'pod', id: INGRESS_CONTROLLER_ID, pod: CONTROLLER }
      : undefined;
  const srcs = [...wl, ...result.ingressBlocks.map(ext), ...(controller ? [controller] : [])].sort((a, b) =>
    byCodeUnit(endId(a), endId(b)),
  );
  const dsts = [...wl, ...result.egressBlocks.map(ext)].sort((a, b) => byCodeUnit(endId(a), endId(b)));
  const out: PairExplanation[] = [];
  for (const s of srcs)
    for (const d of dsts) {
      if (s === d || (s.kind === 'external' && d.kind === 'external')) continue;
      const cuts = noCuts();
      const egress = sideOf(ws, tiers, 'egress', s, d, d, cuts);
      let ingress = sideOf(ws, tiers, 'ingress', d, s, d, cuts);
      if (s === controller) {
        if (d.kind !== 'pod') continue;
        const objects = objectsReaching(ws, workloads[wl.indexOf(d)]);
        if (objects.length === 0) continue;
        ingress = ingressObjectsSide(objects, ingress, cuts);
      }
      const classes = classesOf(egress, ingress, cuts);
      if (s === controller && !classes.some((c) => c.allowed)) continue;
      const systemDefault = classes.length === 1 && classes[0].egress.systemDefault && classes[0].ingress.systemDefault;
      out.push({ src: endId(s), dst: endId(d), systemDefault, classes });
    }
  return out;
}
