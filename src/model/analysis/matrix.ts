/**
 * The connectivity matrix: the connectivity list (connlist.ts) as a table, sources as rows and
 * destinations as columns. Cells are filled from the very lines `netpol-studio connlist` prints
 * (forEachConnection), so the matrix and the list cannot disagree; on top of them a cell carries the
 * half-open note of the effective view (effective.ts): what one side's rules allow and the other
 * side blocks.
 *
 * The matrix is plain data made for a message between the analysis worker and the page: peers as
 * small objects, cells as one typed array of indices into interned texts (2,000 workloads make
 * 4,000,000 cells; an object per cell would cost the page seconds to receive).
 */
import { externalId, type ConnectivityResult } from './connectivity.ts';
import { forEachConnection } from './connlist.ts';
import { blockedLabel, halfOpen } from './effective.ts';
import { NO_CONNECTIONS, formatConns, isEmpty, type ConnectionSet } from './ports.ts';
import { formatRange } from './ipset.ts';

export interface MatrixPeer {
  /** The connlist peer text: `ns/name[Kind]`, or `a.b.c.d-e.f.g.h[External]`. */
  id: string;
  /** The workload's namespace; '' for an external address range. */
  namespace: string;
  /** What a header shows: the workload's name, or the address range. */
  label: string;
  kind: string;
}

export interface ConnectivityMatrix {
  /** Sources, in the connectivity list's order (by id, so grouped by namespace; address ranges first). */
  rows: MatrixPeer[];
  /** Destinations, in the same order. */
  cols: MatrixPeer[];
  /** Interned connection texts (formatConns); index 0 is '' (nothing allowed). */
  conns: string[];
  /** The connection set of each text of `conns` (for filters by port). */
  connSets: ConnectionSet[];
  /** `rows.length × cols.length`, row-major: index into `conns`. */
  cells: Uint32Array;
  /** Interned half-open notes (`TCP 80 blocked at ingress`); index 0 is '' (not half-open). */
  notes: string[];
  /** Same shape as `cells`: index into `notes`. */
  halfOpen: Uint32Array;
}

const byCodeUnit = (a: MatrixPeer, b: MatrixPeer): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Interns strings into `list`, index 0 being ''. */
function interner(list: string[]): (s: string) => number {
  const index = new Map<string, number>([['', 0]]);
  list.push('');
  return (s) => {
    let i = index.get(s);
    if (i === undefined) {
      i = list.length;
      list.push(s);
      index.set(s, i);
    }
    return i;
  };
}

/** The matrix of `result`: every line of its connectivity list in its cell, and the half-open notes. */
export function connectivityMatrix(result: ConnectivityResult): ConnectivityMatrix {
  const workloads: MatrixPeer[] = result.workloads.map((w) => ({
    id: w.id,
    namespace: w.namespace,
    label: w.name,
    kind: w.kind,
  }));
  const external = (r: Parameters<typeof externalId>[0]): MatrixPeer => ({
    id: externalId(r),
    namespace: '',
    label: formatRange(r),
    kind: 'External',
  });
  const rows = [...workloads, ...result.ingressBlocks.map(external)].sort(byCodeUnit);
  const cols = [...workloads, ...result.egressBlocks.map(external)].sort(byCodeUnit);
  const rowOf = new Map(rows.map((p, i) => [p.id, i]));
  const colOf = new Map(cols.map((p, i) => [p.id, i]));
  const conns: string[] = [];
  const connIndex = interner(conns);
  const cells = new Uint32Array(rows.length * cols.length);
  const setOf = new Map(result.connectionSets.map((c) => [formatConns(c), c]));
  forEachConnection(result, (src, dst, conn) => {
    cells[rowOf.get(src)! * cols.length + colOf.get(dst)!] = connIndex(conn);
  });
  const notes: string[] = [];
  const noteIndex = interner(notes);
  const halfOpenCells = new Uint32Array(cells.length);
  const n = result.workloads.length;
  const rowOfWorkload = result.workloads.map((w) => rowOf.get(w.id)!);
  const colOfWorkload = result.workloads.map((w) => colOf.get(w.id)!);
  const isolated = result.workloads.map((_, i) => result.isolated(i));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      // As the effective view: half-open needs an isolated side, and a workload reaching itself is not drawn.
      if (i === j || !(isolated[i].egress || isolated[j].ingress)) continue;
      const open = halfOpen(result.sidesBetween(i, j));
      if (isEmpty(open.blockedAtIngress) && isEmpty(open.blockedAtEgress)) continue;
      halfOpenCells[rowOfWorkload[i] * cols.length + colOfWorkload[j]] = noteIndex(blockedLabel(open));
    }
  }
  const connSets = conns.map((t) => setOf.get(t) ?? NO_CONNECTIONS);
  return { rows, cols, conns, connSets, cells, notes, halfOpen: halfOpenCells };
}

/** The connectivity-list lines (`src => dst : conns`) the matrix holds, row by row: connlist's txt order. */
export function matrixLines(m: ConnectivityMatrix): string[] {
  const out: string[] = [];
  for (let r = 0; r < m.rows.length; r++) {
    for (let c = 0; c < m.cols.length; c++) {
      const conn = m.conns[m.cells[r * m.cols.length + c]];
      if (conn !== '') out.push(`${m.rows[r].id} => ${m.cols[c].id} : ${conn}`);
    }
  }
  return out;
}
