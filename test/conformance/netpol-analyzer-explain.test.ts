/**
 * Conformance with netpol-analyzer's `list --explain`: for every case of the
 * oracle's explain set, the explanation report must equal the golden output
 * line for line, in order. Cases whose inputs hold a kind the project does not
 * analyse yet are skipped and listed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { explainAllPairs } from '../../src/model/analysis/explain-report.ts';
import { formatExplainTxt } from '../../src/model/io/explain-format.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { ORACLE_DIR, oraclePresent, readTree } from './oracle.ts';
import { reportSkipped, unanalysedKinds } from './unsupported-kinds.ts';

const root = join(ORACLE_DIR, 'netpol-analyzer-explain');
const present = oraclePresent('netpol-analyzer-explain');
const cases = present
  ? readdirSync(root)
      .filter((c) => statSync(join(root, c)).isDirectory() && existsSync(join(root, c, 'expected.txt')))
      .sort()
  : [];
const skipped = new Map<string, string[]>();
for (const c of cases) {
  const kinds = unanalysedKinds(readTree(join(root, c, 'in')));
  if (kinds.length > 0) skipped.set(c, kinds);
}
reportSkipped('netpol-analyzer-explain', skipped);

const lines = (text: string): string[] => text.split(/\r?\n/).filter((l) => l.length > 0);

describe.skipIf(!present)('netpol-analyzer explain oracle', () => {
  it('has the 12 cases of the set', () => {
    expect(cases).toHaveLength(12);
  });

  it.skip.each([...skipped].map(([c, kinds]) => `${c} (holds ${kinds.join(', ')})`))('%s', () => {});

  it.each(cases.filter((c) => !skipped.has(c)))('%s: explanation equals expected.txt', (c) => {
    const ws = loadWorkspace(readTree(join(root, c, 'in')));
    const got = formatExplainTxt(explainAllPairs(ws, analyzeConnectivity(ws)));
    expect(got.endsWith('\n')).toBe(true);
    expect(lines(got)).toEqual(lines(readFileSync(join(root, c, 'expected.txt'), 'utf8')));
  });
});
