/**
 * What the page does with a keystroke's graph before React draws it, in Node (not a test):
 *   npm run bench:landing
 *   BENCH_WALK=1 npm run bench:landing   (stabiliseGraph not told what the delta kept: the walk, as before)
 *
 * At 2,000 workloads / 600 policies (bench/generate.ts, 338,666 rule edges), one policy's port is edited
 * back and forth. Each new graph is derived the way the worker derives it (deriveGraph with its GraphCache,
 * so unchanged policies keep their edge objects), crosses as the worker sends it (state/backend/graph-delta.ts:
 * the edge delta, structured-cloned; nodes whole), and is then timed through what the page does with it:
 * applying the delta (a task of its own on the page), stabiliseGraph (state/stable-graph.ts) and
 * CollapseCache.collapse with the big namespaces collapsed (model/graph/collapse.ts, as the canvas starts at
 * this size). Prints the medians of BENCH_N edits (default 15) and the machine.
 */
import os from 'node:os';
import { deriveGraph } from '../src/model/graph/derive.ts';
import { GraphCache } from '../src/model/graph/edge-cache.ts';
import { CollapseCache, collapsedNamespaces } from '../src/model/graph/collapse.ts';
import { loadWorkspace } from '../src/model/manifests/workspace.ts';
import { stabiliseGraph } from '../src/state/stable-graph.ts';
import { applyEdgesDelta, encodeEdgesDelta, indexSent } from '../src/state/backend/graph-delta.ts';
import type { PolicyGraph } from '../src/model/graph/types.ts';
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
const walk = Boolean(process.env.BENCH_WALK);
const first = derive(text);
// The worker's index of what it sent, and the page's own copy of it.
let sent = indexSent(first.edges);
let shown: PolicyGraph = structuredClone(first);
const collapsed = collapsedNamespaces(shown, {});
const collapser = new CollapseCache();
collapser.collapse(shown, collapsed);
console.log(
  `${SIZE.workloads} workloads, ${SIZE.policies} policies: ${shown.edges.length} rule edges, ${collapsed.size} namespaces collapsed${walk ? ' (BENCH_WALK: stabiliseGraph walks)' : ''}`,
);

const apply: number[] = [];
const stabilise: number[] = [];
const collapse: number[] = [];
for (let k = 1; k <= N; k++) {
  const next = derive(edited(k));
  const delta = structuredClone(encodeEdgesDelta(sent, next.edges));
  sent = indexSent(next.edges);
  const nodes = structuredClone(next.nodes);
  let t = performance.now();
  const applied = applyEdgesDelta(shown.edges, delta);
  apply.push(performance.now() - t);
  t = performance.now();
  shown = stabiliseGraph(shown, { nodes, edges: applied.edges }, walk ? undefined : applied);
  stabilise.push(performance.now() - t);
  t = performance.now();
  collapser.collapse(shown, collapsed);
  collapse.push(performance.now() - t);
}
console.log(`edge delta applied (its own task)     median ${median(apply).toFixed(1)} ms (n=${N})`);
console.log(`stabiliseGraph after a port edit      median ${median(stabilise).toFixed(1)} ms (n=${N})`);
console.log(`CollapseCache.collapse after it       median ${median(collapse).toFixed(1)} ms (n=${N})`);
