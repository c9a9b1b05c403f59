/**
 * Mutation fuzzing of everything that reads user YAML (pipeline.ts): seeds from seeds.ts, mutated by
 * mutate.ts, each case fed to one chain so the incremental reader sees a run of edits as in the editor.
 *
 * FUZZ_SEED=<n> replays a run (the seed is printed at the start and in any failure); FUZZ_CASES=<n> changes
 * how many cases run. A failing case is also written to test-results/fuzz/ to reproduce it by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { WorkspaceReader } from '../../src/model/manifests/workspace-reader.ts';
import { ROOT } from '../hosting/dist-builds.ts';
import { pickArb } from '../sync/gestures.ts';
import { FUZZ_SEED } from './fuzz-seed.ts';
import { mutate, rng } from './mutate.ts';
import { runCase, StageError } from './pipeline.ts';
import { loadSeeds, MAX_SEED_CHARS } from './seeds.ts';

const SEED = FUZZ_SEED;
const CASES = Number(process.env.FUZZ_CASES ?? 3000);
/** Mutations stack on the previous case's text for a few steps, then the chain restarts from a fresh seed. */
const CHAIN = 4;

describe('mutation fuzzing (reader, validator, analysis, sync)', () => {
  it(`survives ${CASES} mutated inputs (FUZZ_SEED=${SEED})`, { timeout: 600_000 }, () => {
    const { seeds, sources } = loadSeeds();
    console.log(`mutation fuzz: FUZZ_SEED=${SEED}, ${CASES} cases over ${seeds.length} seeds (${sources})`);
    const r = rng(SEED);
    const other = () => seeds[Math.floor(r() * seeds.length)].text;
    // The gestures come from the sync property tests' picks, drawn from the same seeded stream.
    const gestures = fc.sample(pickArb, { numRuns: CASES, seed: SEED });
    const reader = new WorkspaceReader();
    let text = '';
    let origin = '';
    const outcomes = new Map<string, number>();
    const started = process.cpuUsage();
    for (let i = 0; i < CASES; i++) {
      // Splices and appended documents grow a chain's text; a case must stay cheap.
      if (i % CHAIN === 0 || text.length > 2 * MAX_SEED_CHARS) {
        const s = seeds[Math.floor(r() * seeds.length)];
        text = s.text;
        origin = s.name;
      }
      const m = mutate(text, r, other);
      text = m.text;
      try {
        const outcome = runCase(text, { reader, gesture: gestures[i], format: Math.floor(r() * 5) });
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      } catch (e) {
        const dir = join(ROOT, 'test-results/fuzz');
        mkdirSync(dir, { recursive: true });
        const path = join(dir, `mutation-${SEED}-${i}.yaml`);
        writeFileSync(path, text);
        const stageName = e instanceof StageError ? e.stage : 'unknown stage';
        throw new Error(
          `FUZZ_SEED=${SEED} case ${i}: ${stageName} failed on ${origin} after ${m.steps.join(', ')} ` +
            `(gesture ${JSON.stringify(gestures[i])}); the input is in ${path}\n${(e as Error).message}`,
          { cause: e },
        );
      }
    }
    const cpu = process.cpuUsage(started);
    const tally = [...outcomes].map(([k, n]) => `${n} ${k}`).join(', ');
    console.log(`mutation fuzz: ${tally}; ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU`);
  });
});
