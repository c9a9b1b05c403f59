/**
 * The canvas's second view, "Effective": who can actually reach whom
 * (model/effective.ts), and the flow whose "Why" panel is open.
 *
 * Its own small store rather than a slice: nothing else reads it, and the
 * analysis must run only while the view is shown. The flows are memoised on
 * the parsed text, so switching views back and forth or selecting costs
 * nothing; while the text does not parse the last good flows stay, like the
 * rule graph (derived.ts).
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { effectiveFlows, type EffectiveFlow } from '../model/analysis/effective.ts';
import { explainFlow, type FlowExplanation, type FlowPort } from '../model/analysis/explain.ts';
import { workspaceOf } from './analyse.ts';
import { useView } from './derived.ts';
import { useStore } from './store.ts';

export type CanvasView = 'rules' | 'effective';

interface EffectiveViewState {
  view: CanvasView;
  /** Id of the effective flow whose Why panel is open. */
  selectedFlow: string | null;
  setView: (view: CanvasView) => void;
  selectFlow: (id: string | null) => void;
}

export const useEffectiveView = create<EffectiveViewState>()((set) => ({
  view: 'rules',
  selectedFlow: null,
  // Rule-edge selections do not carry over: the effective canvas has other edges.
  setView: (view) => {
    useStore.getState().clearSelection();
    set({ view, selectedFlow: null });
  },
  selectFlow: (selectedFlow) => set({ selectedFlow }),
}));

let memo: { text: string; flows: EffectiveFlow[] } | undefined;

/** The effective flows of the parsed text (the last good ones while it does not parse). */
export function flowsOf(text: string, stale: boolean): EffectiveFlow[] {
  if (memo && (memo.text === text || stale)) return memo.flows;
  try {
    memo = { text, flows: effectiveFlows(workspaceOf(text)) };
  } catch {
    // A workspace the analysis cannot handle draws no effective edges rather than breaking the canvas.
    memo = { text, flows: [] };
  }
  return memo.flows;
}

/** Null in the rules view: the analysis runs only while the effective view is shown. */
export function useEffectiveFlows(): EffectiveFlow[] | null {
  const view = useEffectiveView((s) => s.view);
  const text = useStore((s) => s.parsedText);
  const { stale } = useView();
  return useMemo(() => (view === 'effective' ? flowsOf(text, stale) : null), [view, text, stale]);
}

/** explainFlow over the current text, for the Why panel; an error message when it cannot answer. */
export function explainEffective(text: string, flow: EffectiveFlow, port?: FlowPort): FlowExplanation | string {
  try {
    return explainFlow(workspaceOf(text), flow.from, flow.to, port);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
