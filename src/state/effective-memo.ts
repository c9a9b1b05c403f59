/**
 * The effective flows of the last text the effective view showed, one memo per
 * store (held by AnalysisCaches). The connectivity analysis costs seconds on a
 * few thousand workloads, so for texts the store's AnalysisBackend takes (a
 * worker in the app) the memo keeps answering with the flows it has, marked
 * `updating`, and announces the new ones when they come (`subscribe`,
 * `getVersion`, as view-memo.ts does for the graph).
 */
import type { EffectiveFlow } from '../model/analysis/effective.ts';
import type { AnalysisBackend } from './backend/backend.ts';

export class EffectiveMemo {
  private last: { text: string; flows: EffectiveFlow[] } | undefined;
  /** The text sent to the backend and not answered yet. */
  private asked: string | undefined;
  private request = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  /**
   * The flows of `text`: the memo's when `text` is its text or does not parse (`stale`: the last good
   * flows stay), else computed — in process by `compute`, or by the backend (then the flows so far).
   */
  flows(
    text: string,
    stale: boolean,
    compute: (text: string) => EffectiveFlow[],
    backend?: AnalysisBackend,
  ): EffectiveFlow[] {
    const last = this.last;
    if (last && (last.text === text || stale)) return last.flows;
    if (backend?.takes(text)) {
      if (this.asked !== text) {
        this.asked = text;
        const request = ++this.request;
        backend.effective(text, (flows) => {
          if (request !== this.request) return;
          this.last = { text, flows };
          this.asked = undefined;
          this.version++;
          for (const l of this.listeners) l();
        });
      }
      return last?.flows ?? [];
    }
    this.request++;
    this.asked = undefined;
    const flows = compute(text);
    this.last = { text, flows };
    return flows;
  }

  /** True while the backend works on flows for a newer text than those last returned. */
  get updating(): boolean {
    return this.asked !== undefined;
  }

  /** Bound: handed to React as is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes each time flows from the backend land. Bound: handed to React as is. */
  readonly getVersion = (): number => this.version;
}
