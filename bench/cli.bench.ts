/**
 * CLI benchmark at real size (issue 10): `npm run bench:cli`.
 *
 * For each input (synthetic clusters of 1k/2k/5k workloads, kubectl pod Lists,
 * a 10 MB Deployment dump without policies, one 10,000-rule policy) it runs,
 * interleaved and each in a fresh process like a user would:
 *   js-yaml loadAll            (bench/parse-once.mjs js-yaml)
 *   yaml parseAllDocuments+toJS (bench/parse-once.mjs yaml) — the parse the CLI itself builds on
 *   netpol-studio connlist      (the built CLI, dist-cli, output to /dev/null)
 * and prints medians of wall time and CPU time (user+sys; steadier than wall
 * time on a shared machine) and connlist's peak RSS, with the ratios the issue
 * budgets: connlist ≤ 2× yaml on the 2k cluster, ≤ 3× js-yaml on the 5,000-pod List.
 *
 *   RUNS=5 npm run bench:cli            more runs (default 3; the 10 MB dump runs once)
 *   npm run bench:cli -- pods cluster   only inputs whose name contains one of the words
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLUSTER_SIZES, generate } from './generate.ts';
import { kubectlDeploymentList, kubectlPodList, wideNetworkPolicy } from './kubectl-dump.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 3);
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

interface Input {
  name: string;
  make: () => string;
  /** Runs for this input when RUNS is larger (the 2 GB listing takes minutes). */
  maxRuns?: number;
  /** Ratio budgets of connlist against the parsers, where the issue sets one. */
  budget?: { yaml?: number; jsYaml?: number };
}

const INPUTS: Input[] = [
  ...CLUSTER_SIZES.map((s): Input => ({
    name: `cluster ${s.workloads / 1000}k workloads / ${s.policies} policies`,
    make: () => generate(s),
    budget: s.workloads === 2000 ? { yaml: 2 } : undefined,
  })),
  { name: 'kubectl pods 600', make: () => kubectlPodList({ pods: 600, namespaces: 20 }) },
  {
    name: 'kubectl pods 5000',
    make: () => kubectlPodList({ pods: 5000, namespaces: 50 }),
    budget: { jsYaml: 3 },
  },
  { name: 'policy with 10000 rules', make: () => wideNetworkPolicy({ rules: 10_000 }) },
  {
    name: 'kubectl deployments 4600, no policies',
    make: () => kubectlDeploymentList({ deployments: 4600, namespaces: 50 }),
    maxRuns: 1,
  },
];

interface Measure {
  wall: number;
  cpu: number;
  rss: number;
  ok: boolean;
}

/** Runs `node args…` with stdout to /dev/null; wall, CPU (user+sys, s) and peak RSS (KB) from /usr/bin/time. */
function measure(args: string[]): Measure {
  const devNull = openSync('/dev/null', 'w');
  try {
    const t0 = performance.now();
    const cmd = hasTime ? TIME : process.execPath;
    const argv = hasTime ? ['-f', '%U %S %M', process.execPath, ...args] : args;
    const r = spawnSync(cmd, argv, { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
    const wall = (performance.now() - t0) / 1000;
    const last = r.stderr.trim().split('\n').pop() ?? '';
    const [user, sys, rss] = hasTime ? last.split(' ').map(Number) : [NaN, NaN, NaN];
    if (r.status !== 0) console.error(`  ! ${args.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
    return { wall, cpu: user + sys, rss, ok: r.status === 0 };
  } finally {
    closeSync(devNull);
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (x: number): string => (Number.isNaN(x) ? '   -  ' : `${x.toFixed(2).padStart(6)}s`);
const ratio = (a: number, b: number): string => (Number.isNaN(a / b) ? ' - ' : `${(a / b).toFixed(2)}×`);

function main(): void {
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, node ${process.version}, ${os.platform()} ${os.arch()}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.js')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  const filters = process.argv.slice(2);
  const dir = join(os.tmpdir(), 'netpol-bench-cli');
  mkdirSync(dir, { recursive: true });
  const cli = join(ROOT, 'bin/netpol-studio.js');
  const parseOnce = join(ROOT, 'bench/parse-once.mjs');
  let over = false;
  console.log(
    `medians of ${RUNS} runs, each a fresh process; wall / CPU (user+sys); ratios are connlist ÷ parser\n` +
      'input                                    MB | js-yaml wall  cpu  | yaml wall    cpu  | connlist wall cpu   peak RSS | ×yaml wall/cpu | ×js-yaml wall/cpu',
  );
  for (const input of INPUTS) {
    if (filters.length > 0 && !filters.some((f) => input.name.includes(f))) continue;
    const text = input.make();
    const file = join(dir, `${input.name.replace(/[^a-z0-9]+/gi, '-')}.yaml`);
    writeFileSync(file, text);
    const runs = Math.min(RUNS, input.maxRuns ?? RUNS);
    const js: Measure[] = [];
    const ym: Measure[] = [];
    const cl: Measure[] = [];
    for (let r = 0; r < runs; r++) {
      js.push(measure([parseOnce, 'js-yaml', file]));
      ym.push(measure([parseOnce, 'yaml', file]));
      cl.push(measure([cli, 'connlist', file]));
    }
    const m = (xs: Measure[], k: 'wall' | 'cpu') => median(xs.map((x) => x[k]));
    const rss = Math.max(...cl.map((x) => x.rss)) / 1024;
    const byYaml = Math.max(m(cl, 'wall') / m(ym, 'wall'), m(cl, 'cpu') / m(ym, 'cpu'));
    const byJs = Math.max(m(cl, 'wall') / m(js, 'wall'), m(cl, 'cpu') / m(js, 'cpu'));
    const flag =
      (input.budget?.yaml && byYaml > input.budget.yaml ? `  <-- over ${input.budget.yaml}× yaml` : '') +
      (input.budget?.jsYaml && byJs > input.budget.jsYaml ? `  <-- over ${input.budget.jsYaml}× js-yaml` : '') +
      (cl.every((x) => x.ok) ? '' : '  <-- connlist FAILED');
    over ||= flag !== '';
    console.log(
      `${input.name.padEnd(38)} ${(text.length / 1048576).toFixed(1).padStart(5)} | ${s(m(js, 'wall'))} ${s(m(js, 'cpu'))} | ${s(m(ym, 'wall'))} ${s(m(ym, 'cpu'))} | ${s(m(cl, 'wall'))} ${s(m(cl, 'cpu'))} ${rss.toFixed(0).padStart(6)} MB | ${ratio(m(cl, 'wall'), m(ym, 'wall'))} / ${ratio(m(cl, 'cpu'), m(ym, 'cpu'))} | ${ratio(m(cl, 'wall'), m(js, 'wall'))} / ${ratio(m(cl, 'cpu'), m(js, 'cpu'))}${runs < RUNS ? ` (${runs} run)` : ''}${flag}`,
    );
  }
  console.log(over ? '\nBUDGET EXCEEDED for at least one input (see <--).' : '\nAll budgets met.');
}

main();
