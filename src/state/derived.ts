/**
 * Memoised selectors over the parsed text. Analysis runs once per distinct
 * `parsedText`; when the text stops parsing the last good graph stays on
 * screen, marked stale (DESIGN.md §2: never lose the picture while typing).
 *
 * The graph must not wait for diagnostics (issue 4: keystroke → graph
 * ≤ 100 ms): a new view first carries the previous diagnostics, and the new
 * ones (validation + lint) are computed when the browser is next idle, then
 * published to `useView` through a small external store.
 */
import { useSyncExternalStore } from 'react';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { PolicyGraph } from '../model/graph/types.ts';
import { analyse, type Analysis } from './analyse.ts';
import { stabiliseGraph } from './stable-graph.ts';
import { useStore, type AppState } from './store.ts';

export interface DerivedView {
  graph: PolicyGraph;
  /** True when `graph` is from an earlier text because the current one does not parse. */
  stale: boolean;
  /** May trail `graph` by one idle period (see above). */
  diagnostics: Diagnostic[];
  counts: Analysis['counts'];
}

const EMPTY_GRAPH: PolicyGraph = { nodes: [], edges: [] };
let lastText: string | undefined;
let lastView: DerivedView | undefined;
let lastAnalysis: Analysis | undefined;
let lastGood: { graph: PolicyGraph; counts: Analysis['counts'] } = {
  graph: EMPTY_GRAPH,
  counts: { namespaces: 0, workloads: 0, policies: 0 },
};

export function selectView(state: Pick<AppState, 'parsedText'>): DerivedView {
  if (lastView && lastText === state.parsedText) return lastView;
  const result = analyse(state.parsedText);
  // Unchanged nodes and edges keep their objects, so the canvas redraws only what changed.
  if (result.graph) lastGood = { graph: stabiliseGraph(lastGood.graph, result.graph), counts: result.counts };
  lastText = state.parsedText;
  lastAnalysis = result;
  lastView = {
    graph: lastGood.graph,
    stale: result.graph === null,
    diagnostics: lastView?.diagnostics ?? [],
    counts: result.graph ? result.counts : lastGood.counts,
  };
  scheduleDiagnostics();
  return lastView;
}

// --- diagnostics after the graph ---------------------------------------------

const listeners = new Set<() => void>();
let diagnosticsVersion = 0;
let scheduled = false;

type IdleWindow = { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

function scheduleDiagnostics(): void {
  if (scheduled) return;
  scheduled = true;
  const idle = (globalThis as IdleWindow).requestIdleCallback;
  // The timeout bounds the wait while the page stays busy (e.g. a long layout).
  if (idle) idle(publishDiagnostics, { timeout: 250 });
  else setTimeout(publishDiagnostics, 0);
}

/** Diagnostics of the latest analysed text only: views superseded meanwhile are skipped. */
function publishDiagnostics(): void {
  scheduled = false;
  const view = lastView;
  const analysis = lastAnalysis;
  if (!view || !analysis) return;
  const diagnostics = analysis.diagnostics;
  if (lastView !== view) return;
  lastView = { ...view, diagnostics };
  diagnosticsVersion++;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const getVersion = (): number => diagnosticsVersion;

/** React hook: the derived view; re-renders when the parsed text changes and when its diagnostics land. */
export const useView = (): DerivedView => {
  useSyncExternalStore(subscribe, getVersion, getVersion);
  return useStore(selectView);
};
