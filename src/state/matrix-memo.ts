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
import { LateMemo } from './late-memo.ts';

/** The matrix of `text` over the reader's parse (the same Workspace the CLI's connlist analyses); null when it fails. */
export function matrixOf(text: string, caches: Pick<AnalysisCaches, 'reader'>): ConnectivityMatrix | null {
  try {
    return connectivityMatrix(analyzeConnectivity(workspaceOf(text, caches)));
  } catch {
    return null;
  }
}

/** The matrix memo: LateMemo keyed on the text, asking the backend whenever there is one. */
export class MatrixMemo extends LateMemo<ConnectivityMatrix | null> {
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
    const ask = backend && ((done: (m: ConnectivityMatrix | null) => void) => backend.matrix(text, done));
    return this.value([text], stale, () => matrixOf(text, caches), ask);
  }
}
