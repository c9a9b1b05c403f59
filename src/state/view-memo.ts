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
 *
 * Large texts (issue 10: the app never freezes on big input) go to the
 * store's AnalysisBackend, a worker in the app: the view keeps its graph,
 * marked `updating`, until the worker's graph lands, then its diagnostics;
 * both are announced the same way. Answers for texts superseded meanwhile
 * never land (the backend drops them, and so does the request id here).
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { DiagnosticTargets } from '../model/graph/diagnostic-targets.ts';
import type { PolicyGraph } from '../model/graph/types.ts';
import type { Analysis } from './analyse.ts';
import { OFFLOAD_AFTER_SLOW_FROM_CHARS, type AnalysisBackend, type GraphAnswer } from './backend/backend.ts';
import { SlowAnalyses } from './slow-analyses.ts';
import { keepBroken, type BrokenDocument } from './keep-broken.ts';
import { stabiliseGraph } from './stable-graph.ts';

export interface DerivedView {
  /** The documents that parse, plus the objects kept (marked `stale`) of those that do not (keep-broken.ts). */
  graph: PolicyGraph;
  /** True when all of `graph` is from an earlier text because the current one cannot be trusted (see Analysis.graph). */
  stale: boolean;
  /** Documents that do not parse; graph gestures are refused on their (stale) objects only. */
  broken: BrokenDocument[];
  /** May trail `graph` by one idle period (see above). */
  diagnostics: Diagnostic[];
  /**
   * What each of `diagnostics` is about, by the ids of the graph they were made from (Analysis.targets);
   * undefined until computed, or when there was no graph.
   */
  targets: DiagnosticTargets | undefined;
  counts: Analysis['counts'];
  /** True while a newer text is being analysed elsewhere (the worker): `graph` is still the previous text's. */
  updating: boolean;
}

const EMPTY_GRAPH: PolicyGraph = { nodes: [], edges: [] };

type IdleWindow = { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

export class ViewMemo {
  private lastText: string | undefined;
  private lastView: DerivedView | undefined;
  private lastAnalysis: Pick<Analysis, 'diagnostics' | 'targets'> | undefined;
  /** Bumped by every text asked for: answers from the backend carry the value of their request. */
  private request = 0;
  /** The last graph drawn, with the text it was drawn for (keep-broken.ts maps broken documents back into it). */
  private lastGood: { text: string; graph: PolicyGraph; counts: Analysis['counts'] } = {
    text: '',
    graph: EMPTY_GRAPH,
    counts: { namespaces: 0, workloads: 0, policies: 0, clusterPolicies: 0 },
  };
  private readonly listeners = new Set<() => void>();
  private version = 0;
  /**
   * Whether in-process analyses have been slow (slow-analyses.ts): from then on the store's smaller texts
   * go to the backend too. Not on one slow analysis: sending every keystroke of a 120 KB workspace to the
   * worker made each one wait ~200 ms for the round trip (bench:browser at 200 workloads).
   */
  private readonly slowness = new SlowAnalyses();
  private scheduled = false;
  /** Announcements waiting for a task of their own (announceInNextTask). */
  private waiting = 0;

  /**
   * The view of `text`; `analyse` (or the backend, when it takes the text) runs only when `text` is
   * not the last text asked for.
   */
  select(text: string, analyse: (text: string) => Analysis, backend?: AnalysisBackend): DerivedView {
    if (this.lastView && this.lastText === text) return this.lastView;
    this.lastText = text;
    const request = ++this.request;
    if (backend && (backend.takes(text) || (this.slowness.slow && text.length >= OFFLOAD_AFTER_SLOW_FROM_CHARS))) {
      this.lastAnalysis = undefined;
      this.lastView = { ...this.currentView(), updating: true };
      backend.analyse(text, {
        onGraph: (answer) => {
          if (request !== this.request) return;
          this.land(text, answer);
          this.announceInNextTask();
        },
        onDiagnostics: (diagnostics, targets) => {
          if (request !== this.request || !this.lastView) return;
          this.lastView = { ...this.lastView, diagnostics, targets };
          this.announceAfterPending();
        },
      });
      return this.lastView;
    }
    const started = Date.now();
    const result = analyse(text);
    if (backend) this.slowness.note(text.length, Date.now() - started);
    this.land(text, result);
    this.lastAnalysis = result;
    this.scheduleDiagnostics();
    return this.lastView!;
  }

  /** The view on screen, or an empty one before the first text. */
  private currentView(): DerivedView {
    return (
      this.lastView ?? {
        graph: this.lastGood.graph,
        stale: false,
        broken: [],
        diagnostics: [],
        targets: undefined,
        counts: this.lastGood.counts,
        updating: false,
      }
    );
  }

  /** Makes `answer` the view of `text`; its diagnostics come later (the previous ones stay until then). */
  private land(text: string, answer: GraphAnswer): void {
    let broken: BrokenDocument[] = [];
    if (answer.graph) {
      const shown = keepBroken(this.lastGood, text, answer.graph, answer.broken);
      broken = shown.broken;
      // Unchanged nodes and edges keep their objects, so the canvas redraws only what changed.
      this.lastGood = {
        text,
        graph: stabiliseGraph(this.lastGood.graph, shown.graph, answer.edgesFrom),
        counts: answer.counts,
      };
    }
    this.lastView = {
      graph: this.lastGood.graph,
      stale: answer.graph === null,
      broken,
      diagnostics: this.lastView?.diagnostics ?? [],
      targets: this.lastView?.targets,
      counts: answer.graph ? answer.counts : this.lastGood.counts,
      updating: false,
    };
  }

  private announce(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  /**
   * Announces in a task of its own. React renders what a listener is told about in a microtask of the
   * same task, so a graph landing from the worker (stabiliseGraph, ~30 ms at 2,000 workloads) and the
   * canvas drawing it (~60-80 ms) made one task of 111 ms, the live diff's longest (bench:live-diff,
   * profiled); apart, the page can take a keystroke between them. What lands while one is waiting is
   * announced after it, in order (announceAfterPending).
   */
  private announceInNextTask(): void {
    this.waiting++;
    setTimeout(() => {
      this.waiting--;
      this.announce();
    }, 0);
  }

  /** Announces now, or after the announcements still waiting for their task. */
  private announceAfterPending(): void {
    if (this.waiting > 0) this.announceInNextTask();
    else this.announce();
  }

  /** Called when the diagnostics of the current view land. Bound: handed to React as is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes each time diagnostics, or a graph from the backend, land. Bound: handed to React as is. */
  readonly getVersion = (): number => this.version;

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
    const { diagnostics, targets } = analysis;
    if (this.lastView !== view) return;
    this.lastView = { ...view, diagnostics, targets };
    this.announce();
  };
}
