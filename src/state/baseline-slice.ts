/**
 * Baseline slice: what the live semantic diff compares the workspace with (issue 13). The text as
 * it was when it was opened or loaded (followed by every `load` change: opening a workspace,
 * importing a file, the example), a named workspace as stored, or a version pasted or imported
 * into the diff panel. The baseline is a text, so the diff is the model's comparison of two
 * workspaces read from text, whatever the baseline came from.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './store.ts';

export type BaselineSource =
  | { kind: 'opened' }
  /** A named workspace as it was read when chosen (`name` shown in the panel). */
  | { kind: 'workspace'; id: string; name: string; text: string }
  /** A version pasted or imported into the diff panel (`name`: the file's, or '' when pasted). */
  | { kind: 'pasted'; name: string; text: string };

export interface BaselineSlice {
  baseline: BaselineSource;
  /** The text as it was when last opened or loaded (the `opened` baseline). */
  openedText: string;
  setBaseline: (baseline: BaselineSource) => void;
}

export const createBaselineSlice: StateCreator<AppState, [], [], BaselineSlice> = (set) => ({
  baseline: { kind: 'opened' },
  openedText: '',
  setBaseline: (baseline) => set({ baseline }),
});

/** The text the workspace is compared with. */
export const baselineText = (s: Pick<AppState, 'baseline' | 'openedText'>): string =>
  s.baseline.kind === 'opened' ? s.openedText : s.baseline.text;

/**
 * A loaded text becomes the `opened` baseline: called by the source slice on every `load` change
 * (graph gestures and typing never are loads).
 */
export const openedOnLoad = (text: string): Pick<BaselineSlice, 'openedText'> => ({ openedText: text });
