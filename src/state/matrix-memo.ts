/**
 * The connectivity matrix of the last text the matrix panel showed, one memo per store (held by
 * AnalysisCaches), like effective-memo.ts for the effective flows. Unlike the flows, the matrix goes
 * to the store's backend (the analysis worker in the app) whatever the size of the text: it is a
 * panel beside the canvas, so a moment's wait costs nothing, and a matrix of a thousand workloads
 * (a million cells, the half-open check per pair) is far over a frame's budget on the page.
 * Without a backend (tests, Node) it is computed in process.
 */
import { analyzeConnectivity } from '../model/analysis/connectivity.ts';
import { connectivityMatrix, type ConnectivityMatrix } from '../model/analysis/matrix.ts';
import { workspaceOf } from './analyse.ts';
import type { AnalysisCaches } from './analysis-caches.ts';
import type { AnalysisBackend } from './backend/backend.ts';

/** The matrix of `text` over the reader's parse (the same Workspace the CLI's connlist analyses); null when it fails. */
export function matrixOf(text: string, caches: Pick<AnalysisCaches, 'reader'>): ConnectivityMatrix | null {
  try {
    return connectivityMatrix(analyzeConnectivity(workspaceOf(text, caches)));
  } catch {
    return null;
  }
}

export class MatrixMemo {
  private last: { text: string; matrix: ConnectivityMatrix | null } | undefined;
  /** The text sent to the backend and not answered yet. */
  private asked: string | undefined;
  private request = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  /**
   * The matrix of `text`: the memo's when `text` is its text or does not parse (`stale`: the last good
   * matrix stays), else computed in process, or asked of the backend (then the matrix so far).
   */
  matrix(
    text: string,
    stale: boolean,
    caches: Pick<AnalysisCaches, 'reader'>,
    backend?: AnalysisBackend,
  ): ConnectivityMatrix | null {
    const last = this.last;
    if (last && (last.text === text || stale)) return last.matrix;
    if (backend) {
      if (this.asked !== text) {
        this.asked = text;
        const request = ++this.request;
        backend.matrix(text, (matrix) => {
          if (request !== this.request) return;
          this.last = { text, matrix };
          this.asked = undefined;
          this.version++;
          for (const l of this.listeners) l();
        });
      }
      return last?.matrix ?? null;
    }
    this.request++;
    this.asked = undefined;
    const matrix = matrixOf(text, caches);
    this.last = { text, matrix };
    return matrix;
  }

  /** True while the backend works on the matrix of a newer text than the one last returned. */
  get updating(): boolean {
    return this.asked !== undefined;
  }

  /** Bound: handed to React as is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes each time a matrix from the backend lands. Bound: handed to React as is. */
  readonly getVersion = (): number => this.version;
}
