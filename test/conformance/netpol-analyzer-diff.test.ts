/**
 * Conformance with netpol-analyzer's `diff`: for every case of the oracle's
 * diff set, connectivityDiff(ref1, ref2) written as txt must hold exactly the
 * lines of the golden output (compared as a set of lines, as the issue asks).
 * Cases whose inputs hold a kind the project does not analyse yet are skipped
 * and listed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { connectivityDiff } from '../../src/model/analysis/diff.ts';
import { formatDiff } from '../../src/model/io/diff-format.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { ORACLE_DIR, oraclePresent, readTree } from './oracle.ts';
import { reportSkipped, unanalysedKinds } from './unsupported-kinds.ts';

const root = join(ORACLE_DIR, 'netpol-analyzer-diff');
const present = oraclePresent('netpol-analyzer-diff');
const cases = present
  ? readdirSync(root)
      .filter((c) => statSync(join(root, c)).isDirectory() && existsSync(join(root, c, 'expected.txt')))
      .sort()
  : [];
const skipped = new Map<string, string[]>();
for (const c of cases) {
  const kinds = unanalysedKinds([...readTree(join(root, c, 'ref1')), ...readTree(join(root, c, 'ref2'))]);
  if (kinds.length > 0) skipped.set(c, kinds);
}
reportSkipped('netpol-analyzer-diff', skipped);

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .sort();

describe.skipIf(!present)('netpol-analyzer diff oracle', () => {
  it('has the 21 cases of the set', () => {
    expect(cases).toHaveLength(21);
  });

  it.skip.each([...skipped].map(([c, kinds]) => `${c} (holds ${kinds.join(', ')})`))('%s', () => {});

  it.each(cases.filter((c) => !skipped.has(c)))('%s: diff equals expected.txt as a set of lines', (c) => {
    const ref1 = analyzeConnectivity(loadWorkspace(readTree(join(root, c, 'ref1'))));
    const ref2 = analyzeConnectivity(loadWorkspace(readTree(join(root, c, 'ref2'))));
    const got = formatDiff(connectivityDiff(ref1, ref2), 'txt');
    const expected = readFileSync(join(root, c, 'expected.txt'), 'utf8');
    expect(got === '' || got.endsWith('\n')).toBe(true);
    expect(lines(got)).toEqual(lines(expected));
  });
});
