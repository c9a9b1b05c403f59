/**
 * Conformance with netpol-analyzer: for every case of the oracle, `netpol-studio list`
 * (formatConnlist txt) over the case's whole `in/` directory must equal the
 * analyzer's golden connlist line for line — same pairs, same connection text, same order.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { formatConnlist } from '../../src/model/analysis/connlist.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { ORACLE_DIR, oraclePresent, readTree } from './oracle.ts';

const root = join(ORACLE_DIR, 'netpol-analyzer');
const present = oraclePresent('netpol-analyzer');
const cases = present
  ? readdirSync(root)
      .filter((c) => statSync(join(root, c)).isDirectory() && existsSync(join(root, c, 'expected.txt')))
      .sort()
  : [];

describe.skipIf(!present)('netpol-analyzer connlist oracle', () => {
  it('has the cases listed in MANIFEST.tsv', () => {
    const manifest = readFileSync(join(root, 'MANIFEST.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split('\t')[0]);
    expect(cases).toEqual([...manifest].sort());
  });

  it.each(cases)('%s: connlist equals expected.txt', (c) => {
    const ws = loadWorkspace(readTree(join(root, c, 'in')));
    const got = formatConnlist(analyzeConnectivity(ws), 'txt');
    // Every line ends with \n; upstream compares with newlines stripped, we compare line by line.
    expect(got === '' || got.endsWith('\n')).toBe(true);
    const expected = readFileSync(join(root, c, 'expected.txt'), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.length > 0);
    expect(got.split('\n').filter((l) => l.length > 0)).toEqual(expected);
  });
});
