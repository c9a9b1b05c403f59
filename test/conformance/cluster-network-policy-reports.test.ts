/**
 * The exposure and explain reports on ClusterNetworkPolicy (v1alpha2), which no external tool
 * analyses: every netpol-analyzer exposure / explain case holding AdminNetworkPolicies or a
 * BaselineAdminNetworkPolicy, rewritten as ClusterNetworkPolicies by the YAML-level translator
 * (cnp-translate.ts), must give upstream's golden report for the v1alpha1 original:
 * - exposure names no policy, so the report is the same line for line;
 * - explain names the deciding policies, so the golden text is read with the v1alpha1 kind names
 *   replaced by `ClusterNetworkPolicy` (the translator keeps the policies' and rules' names); the
 *   Admin and Baseline tiers stay apart, each at its place in the decision order.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { explainAllPairs } from '../../src/model/analysis/explain-report.ts';
import { analyzeExposure } from '../../src/model/analysis/exposure.ts';
import { formatExplainTxt } from '../../src/model/io/explain-format.ts';
import { formatExposureTxt } from '../../src/model/io/exposure-format.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import type { Workspace } from '../../src/model/types.ts';
import { translateToV1alpha2 } from './cnp-translate.ts';
import { ORACLE_DIR, oraclePresent, readTree } from './oracle.ts';

const lines = (text: string): string[] => text.split(/\r?\n/).filter((l) => l.length > 0);

/** The cases of a set whose input holds v1alpha1 cluster policies (the translator changes them). */
function translatedCases(set: string): string[] {
  if (!oraclePresent(set)) return [];
  const root = join(ORACLE_DIR, set);
  return readdirSync(root)
    .filter((c) => statSync(join(root, c)).isDirectory() && existsSync(join(root, c, 'expected.txt')))
    .filter((c) => readTree(join(root, c, 'in')).some((f) => translateToV1alpha2(f.text) !== undefined))
    .sort();
}

function translatedWorkspace(dir: string): Workspace {
  const ws = loadWorkspace(
    readTree(join(dir, 'in')).map((f) => ({ ...f, text: translateToV1alpha2(f.text) ?? f.text })),
  );
  expect([...new Set((ws.clusterPolicies ?? []).map((p) => p.kind))]).toEqual(['ClusterNetworkPolicy']);
  return ws;
}

const EXPOSURE = 'netpol-analyzer-exposure';
const EXPLAIN = 'netpol-analyzer-explain';
const exposureCases = translatedCases(EXPOSURE);
const explainCases = translatedCases(EXPLAIN);

describe.skipIf(exposureCases.length === 0)('exposure of the v1alpha1 oracle translated to v1alpha2', () => {
  it('finds the AdminNetworkPolicy cases of the set', () => {
    expect(exposureCases.length).toBeGreaterThanOrEqual(9);
  });
  it.each(exposureCases)('%s: the same exposure report as netpol-analyzer on the original', (c) => {
    const dir = join(ORACLE_DIR, EXPOSURE, c);
    const ws = translatedWorkspace(dir);
    const got = formatExposureTxt(analyzeConnectivity(ws), analyzeExposure(ws));
    expect(lines(got)).toEqual(lines(readFileSync(join(dir, 'expected.txt'), 'utf8')));
  });
});

describe.skipIf(explainCases.length === 0)('explain of the v1alpha1 oracle translated to v1alpha2', () => {
  it('finds the AdminNetworkPolicy cases of the set', () => {
    expect(explainCases.length).toBeGreaterThanOrEqual(3);
  });
  it.each(explainCases)('%s: netpol-analyzer’s explanation, kinds read as ClusterNetworkPolicy', (c) => {
    const dir = join(ORACLE_DIR, EXPLAIN, c);
    const ws = translatedWorkspace(dir);
    const got = formatExplainTxt(explainAllPairs(ws, analyzeConnectivity(ws)));
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').replace(
      /(?:Baseline)?AdminNetworkPolicy(?= '| list:)/g,
      'ClusterNetworkPolicy',
    );
    expect(lines(got)).toEqual(lines(expected));
  });
});
