/**
 * The txt report of `netpol-studio connlist --exposure`, byte-identical to
 * `netpol-analyzer list --exposure`: the connectivity list, an empty line,
 * then "Exposure Analysis Result:" with the egress and ingress exposure of
 * each exposed workload (to the entire cluster, to representative peers, and
 * its connections with external ranges), aligned on the longest workload
 * name with upstream's tabs, and the workloads no policy protects.
 */
import type { ConnectivityResult } from '../analysis/connectivity.ts';
import { forEachConnection, formatConnlist } from '../analysis/connlist.ts';
import { externalId } from '../analysis/connectivity.ts';
import { formatPotential, type ExposedTo, type ExposureResult } from '../analysis/exposure.ts';
import { NS_NAME_LABEL } from '../manifests/workspace.ts';
import type { Direction, LabelSelector } from '../types.ts';
import { visibleText } from '../text/visible.ts';

/** `k=v,…` then `{Key:…,Operator:…,Values:[a b],}` terms, as upstream prints a selector. */
function selectorText(sel: LabelSelector): string {
  const labels = Object.keys(sel.matchLabels)
    .sort()
    .map((k) => `${k}=${sel.matchLabels[k]}`);
  const exprs = sel.matchExpressions
    .map((r) => `{Key:${r.key},Operator:${r.operator},Values:[${r.values.join(' ')}],}`)
    .sort();
  return [...labels, ...exprs].join(',');
}

const isEmptySel = (s: LabelSelector | undefined): boolean =>
  !s || (Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0);

/** `entire-cluster`, or `ns/[pod with {…}]`, `[all namespaces]/[all pods]`, `[namespace with {…}]/…`. */
export function exposedToText(to: ExposedTo): string {
  if (to.kind === 'entire-cluster') return 'entire-cluster';
  const r = to.peer;
  let ns: string;
  if (!r.namespaceSelector) ns = r.namespace ?? '';
  else {
    const keys = Object.keys(r.namespaceSelector.matchLabels);
    if (keys.length === 1 && keys[0] === NS_NAME_LABEL && r.namespaceSelector.matchExpressions.length === 0)
      ns = r.namespaceSelector.matchLabels[NS_NAME_LABEL];
    else if (isEmptySel(r.namespaceSelector)) ns = '[all namespaces]';
    else ns = `[namespace with {${selectorText(r.namespaceSelector)}}]`;
  }
  const pod = isEmptySel(r.podSelector) ? '[all pods]' : `[pod with {${selectorText(r.podSelector!)}}]`;
  return `${ns}/${pod}`;
}

interface Line {
  workload: string;
  other: string;
  conn: string;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function formatExposureTxt(result: ConnectivityResult, exposure: ExposureResult): string {
  const exposed = new Set<string>([
    ...exposure.entries.map((e) => e.workload),
    ...exposure.unprotected.map((u) => u.workload),
  ]);
  const lines: Record<Direction, Line[]> = { ingress: [], egress: [] };
  for (const u of exposure.unprotected)
    lines[u.direction].push({ workload: u.workload, other: 'entire-cluster', conn: 'All Connections' });
  for (const e of exposure.entries)
    lines[e.direction].push({ workload: e.workload, other: exposedToText(e.to), conn: formatPotential(e.conns) });
  // An exposed workload's connections with external ranges belong to its exposure too.
  const external = new Set([...result.ingressBlocks, ...result.egressBlocks].map(externalId));
  forEachConnection(result, (src, dst, conn) => {
    if (external.has(src) && exposed.has(dst)) lines.ingress.push({ workload: dst, other: src, conn });
    if (external.has(dst) && exposed.has(src)) lines.egress.push({ workload: src, other: dst, conn });
  });
  // Names are made visible before they are measured: the columns line up as printed.
  const v = visibleText;
  const width = Math.max(0, ...[...exposed].map((w) => v(w).length));
  const write = (dir: Direction): string[] =>
    lines[dir]
      .sort((a, b) => byCodeUnit(a.workload, b.workload) || byCodeUnit(a.other, b.other))
      .map((l) => `${v(l.workload).padEnd(width)} \t${dir === 'ingress' ? '<=' : '=>'} \t${v(l.other)} : ${l.conn}`);
  const egress = write('egress');
  const ingress = write('ingress');
  const unprotected = exposure.unprotected
    .map((u) => `${u.workload} is not protected on ${u.direction === 'ingress' ? 'Ingress' : 'Egress'}`)
    .sort(byCodeUnit);
  const list = formatConnlist(result, 'txt');
  let out = list === '' ? '' : `${list}\n`;
  out += 'Exposure Analysis Result:\n';
  if (egress.length > 0) out += `Egress Exposure:\n${egress.join('\n')}\n`;
  if (ingress.length > 0) out += `${egress.length > 0 ? '\n' : ''}Ingress Exposure:\n${ingress.join('\n')}\n`;
  if (unprotected.length > 0)
    out += `\nWorkloads not protected by network policies:\n${unprotected.map((l) => v(l)).join('\n')}\n`;
  return out;
}
