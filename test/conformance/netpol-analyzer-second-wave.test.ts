/**
 * Conformance with netpol-analyzer on its AdminNetworkPolicy / BaselineAdminNetworkPolicy cases
 * and its Ingress / Route cases (`{ingress-controller}` lines): for every case the connlist over
 * the whole `in/` directory equals the golden file line for line, in process and through the built
 * CLI (`netpol-studio connlist in`). The 28 core cases run through the built CLI here too.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { formatConnlist } from '../../src/model/analysis/connlist.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { readTree } from './oracle.ts';
import { buildCli, caseDir, casesOf, expectedLines, runBuiltCli } from './second-wave-cases.ts';

const SETS = ['netpol-analyzer-anp', 'netpol-analyzer-ingress'] as const;
const lines = (text: string): string[] => text.split('\n').filter((l) => l.length > 0);

for (const set of SETS) {
  const cases = casesOf(set);
  describe.skipIf(cases.length === 0)(`${set} connlist oracle (model)`, () => {
    it('has the cases the oracle README promises', () => {
      expect(cases.length).toBe(set === 'netpol-analyzer-anp' ? 29 : 6);
    });

    it.each(cases)('%s: connlist equals expected.txt', (c) => {
      const ws = loadWorkspace(readTree(join(caseDir(set, c), 'in')));
      const got = formatConnlist(analyzeConnectivity(ws), 'txt');
      expect(got === '' || got.endsWith('\n')).toBe(true);
      expect(lines(got)).toEqual(expectedLines(set, c));
    });
  });
}

const cliCases = [...SETS, 'netpol-analyzer'].flatMap((set) => casesOf(set).map((c) => [set, c] as const));

describe.skipIf(cliCases.length === 0)('the built CLI on the oracle', () => {
  beforeAll(buildCli, 120_000);

  it.each(cliCases)('%s/%s: `netpol-studio connlist in` prints expected.txt', (set, c) => {
    const r = runBuiltCli(['connlist', join(caseDir(set, c), 'in')]);
    expect(r.code).toBe(0);
    // Warnings (e.g. an invalid core policy the analysis reads anyway) are fine; a refusal is not.
    expect(r.stderr).not.toMatch(/^netpol-studio: (?!warning:)/m);
    expect(lines(r.stdout)).toEqual(expectedLines(set, c));
  });

  it('says which cluster policy peers it could not analyse, as netpol-analyzer warns', () => {
    const dir = join(caseDir('netpol-analyzer-anp', 'anp_banp_test_multiple_warnings'), 'in');
    const r = runBuiltCli(['connlist', dir]);
    expect(r.stderr).toMatch(
      /warning: 4 cluster policy peer\(s\) not analysed .*pass_anp_banp_named_port\.yaml:34:9:.*IPv6/,
    );
  });
});
