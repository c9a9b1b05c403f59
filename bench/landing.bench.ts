/**
 * What the page does with a keystroke's graph before React draws it, in Node (not a test):
 *   npm run bench:landing
 *
 * At 2,000 workloads / 600 policies (bench/generate.ts, 338,666 rule edges), one policy's port is edited
 * back and forth. Each new graph is derived the way the app derives it (deriveGraph with its GraphCache,
 * so unchanged policies keep their edge objects, as the worker's delta keeps them on the page), then
 * timed through the two passes that walk every edge on the page: stabiliseGraph (state/stable-graph.ts)
 * and CollapseCache.collapse with the big namespaces collapsed (model/graph/collapse.ts, as the canvas
 * starts at this size). Prints the medians of BENCH_N edits (default 15) and the machine.
 */
import os from 'node:os';
import { deriveGraph } from '../src/model/graph/derive.ts';
import { GraphCache } from '../src/model/graph/edge-cache.ts';
import { CollapseCache, collapsedNamespaces } from '../src/model/graph/collapse.ts';
import { loadWorkspace } from '../src/model/manifests/workspace.ts';
import { stabiliseGraph } from '../src/state/stable-graph.ts';
import { generate } from './generate.ts';

const N = Number(process.env.BENCH_N ?? 15);
const SIZE = { namespaces: 40, workloads: 2000, policies: 600 };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const cpu = os.cpus()[0];
console.log(`machine: ${cpu?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}`);

const text = generate(SIZE);
// The first `port: NNNN` of a rule (a policy's port, as bench:live-diff edits one).
const at = text.indexOf('port: ', text.indexOf('kind: NetworkPolicy'));
if (at < 0) throw new Error('no policy port in the generated workspace');
const end = text.indexOf('\n', at);
const edited = (k: number): string => `${text.slice(0, end)}${k % 2 ? '1' : ''}${text.slice(end)}`;

const cache = new GraphCache();
const derive = (t: string) => deriveGraph(loadWorkspace([{ name: 'workspace.yaml', text: t }]), cache);
let shown = derive(text);
const collapsed = collapsedNamespaces(shown, {});
const collapser = new CollapseCache();
collapser.collapse(shown, collapsed);
console.log(
  `${SIZE.workloads} workloads, ${SIZE.policies} policies: ${shown.edges.length} rule edges, ${collapsed.size} namespaces collapsed`,
);

const stabilise: number[] = [];
const collapse: number[] = [];
for (let k = 1; k <= N; k++) {
  const next = derive(edited(k));
  let t = performance.now();
  shown = stabiliseGraph(shown, next);
  stabilise.push(performance.now() - t);
  t = performance.now();
  collapser.collapse(shown, collapsed);
  collapse.push(performance.now() - t);
}
console.log(`stabiliseGraph after a port edit      median ${median(stabilise).toFixed(1)} ms (n=${N})`);
console.log(`CollapseCache.collapse after it       median ${median(collapse).toFixed(1)} ms (n=${N})`);
