/**
 * Where a keystroke's and a graph edit's time goes, in Node (not a test):
 *   npx tsx bench/keystroke.bench.ts      (or `npm run bench:keystroke`)
 *
 * On the issue-4 workspace (200 policies, 1,000 workloads; bench/generate.ts)
 * prints medians of the stages behind the two sync paths, old way vs new:
 * a full parse vs the incremental parse after a one-character edit,
 * buildWorkspace, deriveGraph, checkWorkspace (now off the graph's path), and
 * applyEdit planning against a fresh full parse vs the store's reader (its parse of the text).
 * bench/sync.browser.bench.ts measures the same paths end to end in Chromium.
 */
import os from 'node:os';
import { deriveGraph, GraphCache } from '../src/model/graph/index.ts';
import { IncrementalParser } from '../src/model/manifests/incremental.ts';
import { WorkspaceReader } from '../src/model/manifests/workspace-reader.ts';
import { checkWorkspace } from '../src/model/validation/lint.ts';
import { parseSource } from '../src/model/manifests/source.ts';
import { buildWorkspace, loadWorkspace } from '../src/model/manifests/workspace.ts';
import { planEdit } from '../src/model/edits/index.ts';
import { applyEdit, applyOps } from '../src/sync/index.ts';
import { generate } from './generate.ts';
import { kubectlPodList } from './kubectl-dump.ts';
import { analyse } from '../src/state/analyse.ts';
import { AnalysisCaches } from '../src/state/analysis-caches.ts';

const RUNS = 15;
const SIZE = { namespaces: 50, workloads: 1000, policies: 200 };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(name: string, f: (i: number) => void): number {
  const ts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f(i);
    ts.push(performance.now() - t0);
  }
  const m = median(ts);
  console.log(`  ${name.padEnd(58)} ${m.toFixed(1).padStart(7)} ms`);
  return m;
}

const cpu = os.cpus()[0];
console.log(`machine: ${cpu?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}`);
const base = generate(SIZE);
console.log(
  `workspace: ${SIZE.namespaces} namespaces, ${SIZE.workloads} workloads, ${SIZE.policies} policies, ${(base.length / 1024).toFixed(0)} KB`,
);

// A label value typed into (and deleted from) the first Deployment, near the top: every later document moves.
const at = base.indexOf('tier: web') + 'tier: web'.length;
const texts = [base.slice(0, at) + 'x' + base.slice(at), base];
const file = (i: number) => ({ name: 'workspace.yaml', text: texts[i % 2] });

console.log('\nkeystroke → graph');
const full = measure('parse: full (before)', (i) => parseSource(file(i)));
const parser = new IncrementalParser();
parser.parse({ name: 'workspace.yaml', text: base });
const inc = measure('parse: incremental, one document changed (after)', (i) => parser.parse(file(i)));
const src = parser.parse(file(0));
const build = measure('buildWorkspace', () => buildWorkspace([src]));
const ws = buildWorkspace([src]);
const derive = measure('deriveGraph', () => deriveGraph(ws));
// As the store does: a GraphCache carried from the previous text (the keystroke above changes one label
// value that policies select on, so the policies whose selections change are rebuilt, the rest reused).
const cache = new GraphCache();
const workspaces = [buildWorkspace([parser.parse(file(1))]), ws];
deriveGraph(workspaces[0], cache);
const derived = measure("deriveGraph with the previous text's GraphCache (after)", (i) =>
  deriveGraph(workspaces[(i + 1) % 2], cache),
);
console.log(`    (${cache.reused} of ${ws.policies.length} policies' edges reused)`);
// Before: every document validated from scratch (a fresh parse each time). After: validation kept with each
// unchanged Document of the incremental parse, and run in idle time after the graph, not before it.
const check =
  measure('checkWorkspace, every document validated (before)', (i) => void checkWorkspace(loadWorkspace([file(i)]))) -
  measure('  (of which the fresh parse and build)', (i) => void loadWorkspace([file(i)]));
measure(
  'incremental parse + build + checkWorkspace after a keystroke (after, idle)',
  (i) => void checkWorkspace(buildWorkspace([parser.parse(file(i))])),
);
console.log(
  `  => before: parse + build + check + derive = ${(full + build + check + derive).toFixed(0)} ms; after: parse + build + derive with cache = ${(inc + build + derived).toFixed(0)} ms (plus a frame and render)`,
);

console.log('\ngraph edit → text (setRulePorts on one policy)');
const edit = (i: number) => ({
  op: 'setRulePorts' as const,
  policy: `ns-0/pol-${3 * SIZE.namespaces}`,
  direction: 'ingress' as const,
  rule: 0,
  ports: [{ port: 5432 + (i % 2) + 1 }],
});
measure('before: loadWorkspace + plan + write (re-parses all text)', (i) => {
  const w = loadWorkspace([{ name: 'workspace.yaml', text: base }]);
  const plan = planEdit(w, edit(i));
  if ('error' in plan) throw new Error(plan.error);
  applyOps(base, plan.ops);
});
// As the store does: its analysis caches' reader has parsed this text for the graph already.
const reader = new WorkspaceReader();
reader.read({ name: 'workspace.yaml', text: base });
measure("after: applyEdit on the store's shared parse", (i) => {
  const r = applyEdit(base, edit(i), { reader });
  if ('error' in r) throw new Error(r.error);
});

// Issue 10: a keystroke inside one item of `kubectl get pods -A -o yaml` of 5,000 Pods (one List document of
// ~20 MB). Before, every keystroke parsed the whole document; now the List is parsed item by item and only the
// touched item again (model/manifests/list-parse.ts). Timed as the store analyses a text (state/analyse.ts).
const PODS = Number(process.env.LIST_PODS ?? 5000);
const list = kubectlPodList({ pods: PODS, namespaces: 50 });
console.log(
  `\nkeystroke inside a ${PODS}-pod kubectl List (${(list.length / 1048576).toFixed(1)} MB), text → analysed graph`,
);
const caches = new AnalysisCaches();
const t0 = performance.now();
const first = analyse(list, caches);
console.log(
  `  first analysis (a fresh store)                             ${(performance.now() - t0).toFixed(0).padStart(7)} ms  (${first.counts.workloads} workloads)`,
);
// A character typed into a container name of an item in the middle, and deleted again.
const inItem = list.indexOf('name: main', list.length >> 1) + 'name: main'.length;
const listTexts = [list.slice(0, inItem) + 'x' + list.slice(inItem), list];
measure('keystroke inside an item → analysed graph (after)', (i) => {
  if (!analyse(listTexts[i % 2], caches).graph) throw new Error('no graph');
});
const w0 = performance.now();
parseSource({ name: 'l.yaml', text: listTexts[0] });
console.log(
  `  (before: the List parsed whole, parseSource, one run)      ${(performance.now() - w0).toFixed(0).padStart(7)} ms`,
);
