/**
 * Analysis benchmark (not a test): `npx tsx bench/analysis.bench.ts`
 * (or `npm run bench`, which adds --expose-gc for heap figures).
 *
 * Generates clusters of growing size, up to 100 namespaces, 2,000 workloads and
 * 600 policies using podSelectors, matchExpressions, nsSelector+podSelector
 * peers, named ports, endPort and ipBlocks with except, and prints medians of:
 * bare yaml `parseAllDocuments`, loadWorkspace, analyzeConnectivity and
 * formatConnlist('txt'), peak memory, and the ratio of the full `list` pipeline
 * to the bare parse (budget: ≤ 2×, flagged when exceeded).
 */
import os from 'node:os';
import { parseAllDocuments } from 'yaml';
import { analyzeConnectivity } from '../src/model/analysis/connectivity.ts';
import { formatConnlist } from '../src/model/analysis/connlist.ts';
import { loadWorkspace } from '../src/model/manifests/workspace.ts';
import { generate, type Size } from './generate.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
};
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;

const cpu = os.cpus()[0];
console.log(
  `machine: ${cpu?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}, ${os.platform()} ${os.arch()}${gc ? '' : ' (run with --expose-gc for heap figures)'}`,
);

const sizes: Size[] = [
  { namespaces: 10, workloads: 200, policies: 60 },
  { namespaces: 30, workloads: 600, policies: 180 },
  { namespaces: 60, workloads: 1200, policies: 360 },
  { namespaces: 100, workloads: 2000, policies: 600 },
];
const RUNS = 3;
let flagged = false;
for (const size of sizes) {
  const text = generate(size);
  const parse: number[] = [];
  const load: number[] = [];
  const analyze: number[] = [];
  const format: number[] = [];
  let lines = 0;
  let stats = '';
  let heap = 0;
  for (let r = 0; r < RUNS; r++) {
    gc?.();
    parse.push(time(() => parseAllDocuments(text))[1]);
    gc?.();
    const [ws, tl] = time(() => loadWorkspace([{ name: 'cluster.yaml', text }]));
    const [result, ta] = time(() => analyzeConnectivity(ws));
    const [out, tf] = time(() => formatConnlist(result, 'txt'));
    load.push(tl);
    analyze.push(ta);
    format.push(tf);
    lines = out.length === 0 ? 0 : out.split('\n').length - 1;
    const s = result.stats;
    stats = `classes A/B/C/D ${s.ingressPeerClasses}/${s.ingressTargetClasses}/${s.egressSourceClasses}/${s.egressDestClasses}, ${s.connectionSets} conn sets`;
    if (gc) {
      gc();
      heap = Math.max(heap, process.memoryUsage().heapUsed); // live heap while ws/result/out are still referenced
    }
    void [ws, result, out];
  }
  const full = median(load) + median(analyze) + median(format);
  const ratio = full / median(parse);
  flagged ||= ratio > 2;
  console.log(
    `\n${size.namespaces} ns, ${size.workloads} workloads, ${size.policies} policies — ${(text.length / 1048576).toFixed(2)} MB YAML, ${lines} connlist lines, ${stats}`,
  );
  console.log(
    `  parseAllDocuments ${median(parse).toFixed(0)} ms | loadWorkspace ${median(load).toFixed(0)} ms | connectivity ${median(analyze).toFixed(0)} ms | format ${median(format).toFixed(0)} ms`,
  );
  console.log(
    `  full list (load+analyze+format) ${full.toFixed(0)} ms = ${ratio.toFixed(2)}× bare parse${ratio > 2 ? '  <-- OVER BUDGET (> 2×)' : ''} | peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}${gc ? ` | live heap after gc ${mb(heap)}` : ''}`,
  );
}
console.log(
  flagged
    ? '\nBUDGET EXCEEDED: full list > 2× bare parse for at least one size.'
    : '\nAll sizes within budget (full list ≤ 2× bare parse).',
);
