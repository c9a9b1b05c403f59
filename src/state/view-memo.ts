/**
 * The memo behind the rule-graph view (derived.ts), one per store (held by
 * AnalysisCaches). Analysis runs once per distinct parsed text; when the text
 * stops parsing the last good graph stays on screen, marked stale (DESIGN.md
 * §2: never lose the picture while typing).
 *
 * The graph must not wait for diagnostics (issue 4: keystroke → graph
 * ≤ 100 ms): a new view first carries the previous diagnostics, and the new
 * ones (validation + lint) are computed when the browser is next idle, then
 * announced to subscribers (`subscribe`, `getVersion`: the shape React's
 * useSyncExternalStore takes, used by ui/hooks/use-view.ts).
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { PolicyGraph } from '../model/graph/types.ts';
import type { Analysis } from './analyse.ts';
import { stabiliseGraph } from './stable-graph.ts';

export interface DerivedView {
  graph: PolicyGraph;
  /** True when `graph` is from an earlier text because the current one does not parse. */
  stale: boolean;
  /** May trail `graph` by one idle period (see above). */
  diagnostics: Diagnostic[];
  counts: Analysis['counts'];
}

const EMPTY_GRAPH: PolicyGraph = { nodes: [], edges: [] };

type IdleWindow = { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

export class ViewMemo {
  private lastText: string | undefined;
  private lastView: DerivedView | undefined;
  private lastAnalysis: Analysis | undefined;
  private lastGood: { graph: PolicyGraph; counts: Analysis['counts'] } = {
    graph: EMPTY_GRAPH,
    counts: { namespaces: 0, workloads: 0, policies: 0 },
  };
  private readonly listeners = new Set<() => void>();
  private diagnosticsVersion = 0;
  private scheduled = false;

  /** The view of `text`; `analyse` runs only when `text` is not the last text asked for. */
  select(text: string, analyse: (text: string) => Analysis): DerivedView {
    if (this.lastView && this.lastText === text) return this.lastView;
    const result = analyse(text);
    // Unchanged nodes and edges keep their objects, so the canvas redraws only what changed.
    if (result.graph)
      this.lastGood = { graph: stabiliseGraph(this.lastGood.graph, result.graph), counts: result.counts };
    this.lastText = text;
    this.lastAnalysis = result;
    this.lastView = {
      graph: this.lastGood.graph,
      stale: result.graph === null,
      diagnostics: this.lastView?.diagnostics ?? [],
      counts: result.graph ? result.counts : this.lastGood.counts,
    };
    this.scheduleDiagnostics();
    return this.lastView;
  }

  /** Called when the diagnostics of the current view land. Bound: handed to React as is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes each time diagnostics land. Bound: handed to React as is. */
  readonly getVersion = (): number => this.diagnosticsVersion;

  private scheduleDiagnostics(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const idle = (globalThis as IdleWindow).requestIdleCallback;
    // The timeout bounds the wait while the page stays busy (e.g. a long layout).
    if (idle) idle(this.publishDiagnostics, { timeout: 250 });
    else setTimeout(this.publishDiagnostics, 0);
  }

  /** Diagnostics of the latest analysed text only: views superseded meanwhile are skipped. */
  private readonly publishDiagnostics = (): void => {
    this.scheduled = false;
    const view = this.lastView;
    const analysis = this.lastAnalysis;
    if (!view || !analysis) return;
    const diagnostics = analysis.diagnostics;
    if (this.lastView !== view) return;
    this.lastView = { ...view, diagnostics };
    this.diagnosticsVersion++;
    for (const l of this.listeners) l();
  };
}
