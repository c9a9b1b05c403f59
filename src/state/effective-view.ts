/**
 * The canvas's second view, "Effective": who can actually reach whom
 * (model/effective.ts), and the flow whose "Why" panel is open.
 *
 * Its own small store rather than a slice: nothing else reads it, and the
 * analysis must run only while the view is shown (ui/hooks/use-effective-flows.ts).
 * The flows are memoised on the parsed text in the store's AnalysisCaches, so
 * switching views back and forth or selecting costs nothing; while the text
 * does not parse the last good flows stay, like the rule graph (derived.ts).
 */
import { createStore } from 'zustand/vanilla';
import { effectiveFlows, type EffectiveFlow } from '../model/analysis/effective.ts';
import { explainFlow, type FlowExplanation, type FlowPort } from '../model/analysis/explain.ts';
import { representedWorkspace } from '../model/analysis/representatives.ts';
import { workspaceOf } from './analyse.ts';
import type { AnalysisCaches } from './analysis-caches.ts';
import { appStore } from './store.ts';

export type CanvasView = 'rules' | 'effective';

interface EffectiveViewState {
  view: CanvasView;
  /** Id of the effective flow whose Why panel is open. */
  selectedFlow: string | null;
  setView: (view: CanvasView) => void;
  selectFlow: (id: string | null) => void;
}

export const effectiveViewStore = createStore<EffectiveViewState>()((set) => ({
  view: 'rules',
  selectedFlow: null,
  // Rule-edge selections do not carry over: the effective canvas has other edges.
  setView: (view) => {
    appStore.getState().clearSelection();
    set({ view, selectedFlow: null });
    // The effective view draws other ends (address blocks, stand-in pods) and a legend docked at the bottom:
    // fit it again so nothing starts under the legend (nodes keep their places; only the viewport moves).
    if (view === 'effective') appStore.setState((s) => ({ fitRequest: s.fitRequest + 1 }));
  },
  selectFlow: (selectedFlow) => set({ selectedFlow }),
}));

/**
 * The effective flows of the parsed text (the last good ones while it does not parse), memoised in
 * `caches`; for large texts computed by the caches' backend (the flows so far until they come).
 */
export function flowsOf(caches: AnalysisCaches, text: string, stale: boolean): EffectiveFlow[] {
  return caches.effective.flows(
    text,
    stale,
    (t) => {
      try {
        return effectiveFlows(workspaceOf(t, caches));
      } catch {
        // A workspace the analysis cannot handle draws no effective edges rather than breaking the canvas.
        return [];
      }
    },
    caches.backend,
  );
}

/** explainFlow over the current text, for the Why panel; an error message when it cannot answer. */
export function explainEffective(
  caches: AnalysisCaches,
  text: string,
  flow: EffectiveFlow,
  port?: FlowPort,
): FlowExplanation | string {
  try {
    // The workspace the flows were computed over: with policies alone, its stand-in pods (representatives.ts).
    return explainFlow(representedWorkspace(workspaceOf(text, caches)).ws, flow.from, flow.to, port);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
