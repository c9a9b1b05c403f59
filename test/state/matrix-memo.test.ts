/**
 * The connectivity matrix goes to the analysis worker whatever the text's size (state/matrix-memo.ts),
 * through the same structured clone a Worker applies: it must land equal to the in-process matrix,
 * and a text superseded meanwhile must never land. The panel's filters (ui/analysis/matrix-filter.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { matrixLines } from '../../src/model/analysis/matrix.ts';
import { AnalysisCaches } from '../../src/state/analysis-caches.ts';
import { PortBackend } from '../../src/state/backend/port-backend.ts';
import type { Answer, Port, WireRequest } from '../../src/state/backend/protocol.ts';
import { serveAnalysis } from '../../src/state/backend/server.ts';
import { MatrixMemo, matrixOf } from '../../src/state/matrix-memo.ts';
import { EXTERNAL_NS, NO_FILTERS, filterMatrix } from '../../src/ui/analysis/matrix-filter.ts';
import { SHOP } from '../sync/fixtures.ts';

const open: MessagePort[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

function connect() {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  serveAnalysis(port2 as unknown as Port<WireRequest, Answer>);
  // fromChars 1e9: the backend would not take these texts for the graph; the matrix goes there anyway.
  return new PortBackend(port1 as unknown as Port<Answer, WireRequest>, 1e9);
}

const landed = (memo: MatrixMemo) =>
  new Promise<void>((resolve) => {
    const off = memo.subscribe(() => {
      off();
      resolve();
    });
  });

const OTHER = SHOP.replace(/port: 5432/g, 'port: 5433');

describe('MatrixMemo', () => {
  it('asks the backend for every text and lands its matrix, equal to the in-process one', async () => {
    const backend = connect();
    const caches = new AnalysisCaches();
    const memo = new MatrixMemo();
    expect(memo.matrix(SHOP, false, caches, backend)).toBeNull();
    expect(memo.updating).toBe(true);
    // A newer text while the first is with the worker: only the newer one lands.
    expect(memo.matrix(OTHER, false, caches, backend)).toBeNull();
    await landed(memo);
    expect(memo.updating).toBe(false);
    const got = memo.matrix(OTHER, false, caches, backend)!;
    const expected = matrixOf(OTHER, new AnalysisCaches())!;
    expect(matrixLines(got)).toEqual(matrixLines(expected));
    expect(matrixLines(got).some((l) => l.endsWith('TCP 5433'))).toBe(true);
    // While the text does not parse the last good matrix stays.
    expect(memo.matrix('kind: [', true, caches, backend)).toBe(got);
  });

  it('lands whole cells for a text asked again (the worker hands its cell arrays over, so it must not keep them)', async () => {
    const backend = connect();
    const caches = new AnalysisCaches();
    const memo = new MatrixMemo();
    for (const text of [SHOP, OTHER, SHOP]) {
      memo.matrix(text, false, caches, backend);
      await landed(memo);
    }
    const got = memo.matrix(SHOP, false, caches, backend)!;
    expect(got.cells.length).toBe(got.rows.length * got.cols.length);
    expect(got.halfOpen.length).toBe(got.cells.length);
    expect(matrixLines(got)).toEqual(matrixLines(matrixOf(SHOP, new AnalysisCaches())!));
  });

  it('computes in process without a backend', () => {
    const memo = new MatrixMemo();
    const m = memo.matrix(SHOP, false, new AnalysisCaches());
    expect(m && matrixLines(m).length).toBeGreaterThan(0);
  });
});

describe('filterMatrix', () => {
  const m = matrixOf(SHOP, new AnalysisCaches())!;
  const ids = (sel: ReturnType<typeof filterMatrix>) => ({
    rows: sel.rows.map((r) => m.rows[r].id),
    cols: sel.cols.map((c) => m.cols[c].id),
  });

  it('keeps every row and column without filters', () => {
    const sel = filterMatrix(m, NO_FILTERS);
    expect(sel.rows).toHaveLength(m.rows.length);
    expect(sel.cols).toHaveLength(m.cols.length);
  });

  it('filters sources and destinations by namespace and name', () => {
    const sel = ids(filterMatrix(m, { ...NO_FILTERS, srcText: 'API', dstNamespace: EXTERNAL_NS }));
    expect(sel.rows.every((id) => id.toLowerCase().includes('api'))).toBe(true);
    expect(sel.rows.length).toBeGreaterThan(0);
    expect(sel.cols.length).toBeGreaterThan(0);
    expect(sel.cols.every((id) => id.endsWith('[External]'))).toBe(true);
  });

  it('with a port, keeps only pairs allowing it, and only rows and columns that have one', () => {
    const port = { port: 5432, protocol: 'TCP' as const };
    const sel = filterMatrix(m, { ...NO_FILTERS, port });
    const shown: string[] = [];
    for (const r of sel.rows)
      for (const c of sel.cols) {
        const k = m.cells[r * m.cols.length + c];
        if (sel.shows[k]) shown.push(`${m.rows[r].id} => ${m.cols[c].id} : ${m.conns[k]}`);
      }
    const expected = matrixLines(m).filter((l) => / : (All Connections|.*TCP [^;]*\b5432\b)/.test(l));
    expect(shown.sort()).toEqual(expected.sort());
    const shownRows = new Set(shown.map((l) => l.split(' => ')[0]));
    expect(sel.rows.map((r) => m.rows[r].id)).toEqual(m.rows.map((p) => p.id).filter((id) => shownRows.has(id)));
  });
});
