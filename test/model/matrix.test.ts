/**
 * The connectivity matrix holds exactly the connectivity list's lines (`netpol-studio connlist`),
 * each in the cell of its source row and destination column, plus the effective view's half-open notes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { formatConnlist } from '../../src/model/analysis/connlist.ts';
import { connectivityMatrix, matrixLines } from '../../src/model/analysis/matrix.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { ORACLE_DIR, oraclePresent, readTree } from '../conformance/oracle.ts';

const ws = loadWorkspace([
  {
    name: 'x.yaml',
    text: `
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
---
kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db}}
---
kind: NetworkPolicy
metadata: {name: web-out, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
    ports: [{port: 5432}]
---
kind: NetworkPolicy
metadata: {name: db-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{ipBlock: {cidr: 10.0.0.0/8}}]
`,
  },
]);

describe('connectivityMatrix', () => {
  const m = connectivityMatrix(analyzeConnectivity(ws));
  const cell = (src: string, dst: string) => {
    const r = m.rows.findIndex((p) => p.id === src);
    const c = m.cols.findIndex((p) => p.id === dst);
    return { conn: m.conns[m.cells[r * m.cols.length + c]], note: m.notes[m.halfOpen[r * m.cols.length + c]] };
  };

  it('has every workload as a row and a column, address ranges as extra rows / columns, sorted by id', () => {
    expect(m.rows.map((p) => p.id)).toEqual([
      '0.0.0.0-9.255.255.255[External]',
      '10.0.0.0-10.255.255.255[External]',
      '11.0.0.0-255.255.255.255[External]',
      'shop/db[Pod]',
      'shop/web[Pod]',
    ]);
    expect(m.cols.map((p) => p.id)).toEqual(['0.0.0.0-255.255.255.255[External]', 'shop/db[Pod]', 'shop/web[Pod]']);
    expect(m.rows[3]).toMatchObject({ namespace: 'shop', label: 'db', kind: 'Pod' });
    expect(m.rows[0]).toMatchObject({ namespace: '', label: '0.0.0.0-9.255.255.255', kind: 'External' });
  });

  it('puts each connlist line in its cell and leaves the rest empty', () => {
    expect(matrixLines(m)).toEqual(formatConnlist(analyzeConnectivity(ws), 'txt').trimEnd().split('\n'));
    expect(cell('10.0.0.0-10.255.255.255[External]', 'shop/db[Pod]').conn).toBe('All Connections');
    expect(cell('11.0.0.0-255.255.255.255[External]', 'shop/db[Pod]').conn).toBe('');
    expect(cell('shop/db[Pod]', 'shop/web[Pod]').conn).toBe('All Connections');
  });

  it('marks a pair one side allows and the other blocks as half-open', () => {
    // web's egress names db on 5432, db's ingress only admits 10.0.0.0/8.
    expect(cell('shop/web[Pod]', 'shop/db[Pod]')).toEqual({ conn: '', note: 'TCP 5432 blocked at ingress' });
    expect(cell('shop/db[Pod]', 'shop/web[Pod]').note).toBe('');
  });

  it.runIf(oraclePresent('netpol-analyzer'))('equals the connlist of every netpol-analyzer case', () => {
    const root = join(ORACLE_DIR, 'netpol-analyzer');
    let checked = 0;
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name, 'in');
      if (!existsSync(dir)) continue;
      const files = readTree(dir);
      let cws;
      try {
        cws = loadWorkspace(files);
      } catch {
        continue; // cases the reader refuses are the CLI conformance suite's business
      }
      const result = analyzeConnectivity(cws);
      const list = formatConnlist(result, 'txt');
      expect(matrixLines(connectivityMatrix(result)), name).toEqual(list === '' ? [] : list.trimEnd().split('\n'));
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    const boutique = join(root, 'onlineboutique');
    const expected = readFileSync(join(boutique, 'expected.txt'), 'utf8').trimEnd().split('\n');
    const result = analyzeConnectivity(loadWorkspace(readTree(join(boutique, 'in')), { groupReplicaSets: true }));
    expect(matrixLines(connectivityMatrix(result))).toEqual(expected);
  });
});
