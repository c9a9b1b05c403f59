/**
 * How long each hostile input takes from text to diagnostics (loadWorkspace +
 * checkWorkspace), against issue 3's budget of 1 s per input. Run with
 * `npm run bench:malformed`; prints the machine, medians of 3 runs, and
 * PASS/FAIL per input. A benchmark, not a test: timings are not asserted in CI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { checkWorkspace } from '../src/model/validation/lint.ts';
import { loadWorkspace } from '../src/model/manifests/workspace.ts';
import {
  blockNesting,
  flowNesting,
  hugeAnnotationPolicy,
  nestedLabelValue,
} from '../test/malformed/generated-inputs.ts';

const BUDGET_MS = 1000;
const RUNS = 3;
const fixtures = join(import.meta.dirname, '../test/malformed/fixtures');

const inputs: { name: string; text: string }[] = readdirSync(fixtures)
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(fixtures, f), 'utf8') }));
inputs.push(
  { name: '(generated) 10 MB annotation', text: hugeAnnotationPolicy() },
  { name: '(generated) 100-level label value', text: nestedLabelValue(100) },
  { name: '(generated) 30 000 flow levels', text: flowNesting(30_000) },
  { name: '(generated) 5 000 block levels', text: blockNesting(5000) },
);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${platform()} ${release()}, node ${process.version}`,
);
let failures = 0;
for (const { name, text } of inputs) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    checkWorkspace(loadWorkspace([{ name, text }]));
    times.push(performance.now() - t0);
  }
  const m = median(times);
  if (m > BUDGET_MS) failures++;
  console.log(`${m > BUDGET_MS ? 'FAIL' : 'PASS'}  ${m.toFixed(1).padStart(8)} ms  ${name}`);
}
console.log(`${inputs.length - failures} of ${inputs.length} inputs within ${BUDGET_MS} ms (median of ${RUNS} runs)`);
