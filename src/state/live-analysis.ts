/**
 * The live diff and the exposure of the workspace as the store computes them (in the analysis
 * worker in the app, whatever the text's size, as the matrix: both are panels and canvas marks that
 * may arrive a moment after the keystroke, and both run the whole connectivity analysis).
 * Without a backend (tests, Node) they are computed in process.
 */
import { analyzeConnectivity } from '../model/analysis/connectivity.ts';
import { exposureView, type WorkloadExposure } from '../model/analysis/exposure-view.ts';
import { liveDiff, type LiveDiff } from '../model/analysis/live-diff.ts';
import type { WorkspaceReader } from '../model/manifests/workspace-reader.ts';
import { workspaceOf } from './analyse.ts';
import type { AnalysisCaches } from './analysis-caches.ts';

/** The file name the baseline is read under (its own reader: the workspace's incremental parse stays warm). */
const BASELINE_FILE = 'baseline.yaml';

type Readers = Pick<AnalysisCaches, 'reader'> & { baselineReader: WorkspaceReader };

/** What changed from `base` to `text`; null when either cannot be analysed. */
export function liveDiffOf(base: string, text: string, caches: Readers): LiveDiff | null {
  try {
    const before = caches.baselineReader.read({ name: BASELINE_FILE, text: base });
    return liveDiff(before, workspaceOf(text, caches));
  } catch {
    return null;
  }
}

/** The exposure of `text`'s workloads; null when it cannot be analysed. */
export function exposureOf(text: string, caches: Pick<AnalysisCaches, 'reader'>): WorkloadExposure[] | null {
  try {
    const ws = workspaceOf(text, caches);
    return exposureView(ws, analyzeConnectivity(ws));
  } catch {
    return null;
  }
}
