/**
 * The effective flows of the last text the effective view showed, one memo per
 * store (held by AnalysisCaches). The connectivity analysis costs seconds on a
 * few thousand workloads, so for texts the store's AnalysisBackend takes (a
 * worker in the app) the memo keeps answering with the flows it has, marked
 * `updating`, and announces the new ones when they come (`subscribe`,
 * `getVersion`, as view-memo.ts does for the graph): a LateMemo keyed on the text.
 */
import type { EffectiveFlow } from '../model/analysis/effective.ts';
import type { AnalysisBackend } from './backend/backend.ts';
import { LateMemo } from './late-memo.ts';

export class EffectiveMemo extends LateMemo<EffectiveFlow[]> {
  /**
   * The flows of `text`: the memo's when `text` is its text or does not parse (`stale`: the last good
   * flows stay), else computed — in process by `compute`, or by the backend when it takes the text
   * (then the flows so far).
   */
  flows(
    text: string,
    stale: boolean,
    compute: (text: string) => EffectiveFlow[],
    backend?: AnalysisBackend,
  ): EffectiveFlow[] {
    const ask = backend?.takes(text)
      ? (done: (flows: EffectiveFlow[]) => void) => backend.effective(text, done)
      : undefined;
    return this.value([text], stale, () => compute(text), ask) ?? [];
  }
}
