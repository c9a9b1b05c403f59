/**
 * Conformance with policy-assistant (cyclonus) on its simple-example: the 7 policies of
 * namespace y over the synthetic x/y/z × a/b/c cluster of probe-model.json. For every
 * probe port, the Ingress-only, Egress-only and Combined truth tables must match ours:
 * rows are sources, columns destinations, the diagonal (a pod to itself) included.
 *
 * expected-analyze-probe.txt holds one group of three tables (Ingress, Egress, Combined)
 * per probe, in the order of probe-model.json's `Probes`; a trailing group is empty.
 * Cells: `.` allowed, `X` blocked (compared with our verdict), `N` no server on that port
 * (we check that the destination indeed has no container port there), `?` unknown (skipped).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainFlow } from '../../src/model/analysis/explain.ts';
import { allowsPort } from '../../src/model/analysis/ports.ts';
import type { SourceFile } from '../../src/model/manifests/source.ts';
import type { Protocol } from '../../src/model/types.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { ORACLE_DIR, oraclePresent, readTree } from './oracle.ts';

const dir = join(ORACLE_DIR, 'policy-assistant', 'simple-example');
const present = oraclePresent('policy-assistant/simple-example');

interface ProbeModel {
  Probes: { Protocol: string; Port: number }[];
  Resources: {
    Namespaces: Record<string, Record<string, string>>;
    Pods: {
      Namespace: string;
      Name: string;
      Labels: Record<string, string>;
      Containers: { Name: string; Port: number; PortName: string; Protocol: string }[];
    }[];
  };
}

interface Table {
  title: string;
  cols: string[];
  rows: { from: string; cells: string[] }[];
}

/** Reads the ASCII tables: a `Title:` line, then `| from | cell | ... |` rows between `+---+` rules. */
function readTables(text: string): Table[] {
  const tables: Table[] = [];
  let cur: Table | undefined;
  for (const line of text.split(/\r?\n/)) {
    const title = /^(Ingress|Egress|Combined):$/.exec(line.trim());
    if (title) {
      cur = { title: title[1], cols: [], rows: [] };
      tables.push(cur);
      continue;
    }
    if (!cur || !line.startsWith('|')) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] === '') cur.cols = cells.slice(1).map((c) => c.toLowerCase());
    else cur.rows.push({ from: cells[0], cells: cells.slice(1) });
  }
  return tables;
}

/** The probe model's cluster as manifests, so it goes through the same loader as user files. */
function clusterFile(model: ProbeModel): SourceFile {
  const docs: object[] = [];
  for (const [name, labels] of Object.entries(model.Resources.Namespaces))
    docs.push({ kind: 'Namespace', apiVersion: 'v1', metadata: { name, labels } });
  for (const p of model.Resources.Pods) {
    docs.push({
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { name: p.Name, namespace: p.Namespace, labels: p.Labels },
      spec: {
        containers: p.Containers.map((c) => ({
          name: c.Name,
          ports: [{ name: c.PortName, containerPort: c.Port, protocol: c.Protocol.toUpperCase() }],
        })),
      },
    });
  }
  return { name: 'probe-model.yaml', text: docs.map((d) => JSON.stringify(d)).join('\n---\n') };
}

describe.skipIf(!present)('policy-assistant simple-example truth tables', () => {
  const model = present
    ? (JSON.parse(readFileSync(join(dir, 'in', 'probe-model.json'), 'utf8')) as ProbeModel)
    : undefined;
  const tables = present ? readTables(readFileSync(join(dir, 'expected-analyze-probe.txt'), 'utf8')) : [];
  const policies = present ? readTree(join(dir, 'in')).filter((f) => !f.name.endsWith('.json')) : [];
  const ws = present ? loadWorkspace([...policies, clusterFile(model!)]) : undefined;

  it('loads the 7 policies and 9 pods', () => {
    expect(ws!.policies).toHaveLength(7);
    expect(ws!.workloads).toHaveLength(9);
  });

  const groups = present ? model!.Probes.map((probe, i) => ({ probe, tables: tables.slice(i * 3, i * 3 + 3) })) : [];
  for (const { probe, tables: group } of groups) {
    const protocol = probe.Protocol.toUpperCase() as Protocol;
    for (const table of group) {
      it(`${protocol} ${probe.Port} ${table.title} table`, () => {
        expect(table.rows.length).toBe(9);
        let compared = 0;
        for (const row of table.rows) {
          row.cells.forEach((cell, ci) => {
            const from = row.from;
            const to = table.cols[ci];
            if (cell === '?') return;
            if (cell === 'N') {
              // No server: the destination pod has no container on this port.
              const dst = ws!.workloads.find((w) => `${w.namespace}/${w.name}` === to)!;
              expect(dst.ports.some((p) => p.containerPort === probe.Port && p.protocol === protocol)).toBe(false);
              return;
            }
            const ex = explainFlow(ws!, from, to);
            const side =
              table.title === 'Ingress' ? ex.ingress.conns : table.title === 'Egress' ? ex.egress.conns : ex.conns;
            expect({ from, to, allowed: allowsPort(side, protocol, probe.Port) }).toEqual({
              from,
              to,
              allowed: cell === '.',
            });
            compared++;
          });
        }
        // Every `.`/`X` cell was compared (81 for the TCP 80 and 81 tables).
        const decided = table.rows.reduce((n, r) => n + r.cells.filter((c) => c === '.' || c === 'X').length, 0);
        expect(compared).toBe(decided);
      });
    }
  }
});
