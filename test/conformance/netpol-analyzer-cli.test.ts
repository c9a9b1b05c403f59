/**
 * The second-wave oracle sets (diff, exposure, explain) through the built
 * command (`npm run build:cli`, bin/netpol-studio.js), as a user runs it: the
 * same cases as the in-process suites, the same comparison (exposure and
 * explain line for line in order, diff as a set of lines), the same skips for
 * inputs holding kinds the project does not analyse yet.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORACLE_DIR, oraclePresent, readTree } from './oracle.ts';
import { unanalysedKinds } from './unsupported-kinds.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/netpol-studio.js');

interface OracleSet {
  folder: string;
  /** Input folders of a case (their kinds decide the skip). */
  inputs: string[];
  /** The command line after `netpol-studio`. */
  argv(dir: string): string[];
  sorted: boolean;
}

const SETS: OracleSet[] = [
  {
    folder: 'netpol-analyzer-diff',
    inputs: ['ref1', 'ref2'],
    argv: (d) => ['diff', join(d, 'ref1'), join(d, 'ref2')],
    sorted: true,
  },
  {
    folder: 'netpol-analyzer-exposure',
    inputs: ['in'],
    argv: (d) => ['connlist', '--exposure', join(d, 'in')],
    sorted: false,
  },
  {
    folder: 'netpol-analyzer-explain',
    inputs: ['in'],
    argv: (d) => ['connlist', '--explain', join(d, 'in')],
    sorted: false,
  },
];

function runnableCases(set: OracleSet): string[] {
  const root = join(ORACLE_DIR, set.folder);
  return readdirSync(root)
    .filter((c) => statSync(join(root, c)).isDirectory() && existsSync(join(root, c, 'expected.txt')))
    .filter((c) => unanalysedKinds(set.inputs.flatMap((i) => readTree(join(root, c, i)))).length === 0)
    .sort();
}

const lines = (text: string, sorted: boolean): string[] => {
  const out = text.split(/\r?\n/).filter((l) => l.length > 0);
  return sorted ? out.sort() : out;
};

// One build for the three sets.
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.js')], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

for (const set of SETS) {
  const present = oraclePresent(set.folder);
  describe.skipIf(!present)(`${set.folder} through the built CLI`, () => {
    it.each(present ? runnableCases(set) : [])('%s', (c) => {
      const dir = join(ORACLE_DIR, set.folder, c);
      const stdout = execFileSync(process.execPath, [BIN, ...set.argv(dir)], { cwd: ROOT, encoding: 'utf8' });
      const expected = readFileSync(join(dir, 'expected.txt'), 'utf8');
      expect(lines(stdout, set.sorted)).toEqual(lines(expected, set.sorted));
    });
  });
}
