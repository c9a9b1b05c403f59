/** UI slice: pane proportions and editor lifecycle. */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './store.ts';

export const SPLIT_MIN = 0.25;
export const SPLIT_MAX = 0.8;

export interface UiSlice {
  /** Share of the width given to the graph pane (the editor gets the rest). */
  split: number;
  setSplit: (split: number) => void;
  editorReady: boolean;
  setEditorReady: (ready: boolean) => void;
}

export const clampSplit = (split: number) => Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, split));

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  split: 0.6,
  setSplit: (split) => set({ split: clampSplit(split) }),
  editorReady: false,
  setEditorReady: (editorReady) => set({ editorReady }),
});
