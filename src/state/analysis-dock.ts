/**
 * The analysis dock under the canvas: which panel it shows (the connectivity matrix, the what-if
 * probe, the live diff, the exposure list, the graph as lists, or none) and the probe's text, so a matrix cell can hand its pair to the probe. Its own small
 * store like effective-view.ts: nothing else reads it.
 */
import { createStore } from 'zustand/vanilla';

/** `flows`: the graph as lists of nodes and flows (for the keyboard and screen readers). */
export type DockPanel = 'matrix' | 'probe' | 'diff' | 'exposure' | 'flows';

interface AnalysisDockState {
  panel: DockPanel | null;
  /** What the probe asks, as typed (`shop/web -> shop/db:5432/TCP`). */
  probeText: string;
  /** A matrix pair whose Why panel opens when the effective flows are there (ids of the connectivity list). */
  whyPair: { src: string; dst: string } | null;
  setPanel: (panel: DockPanel | null) => void;
  setProbeText: (probeText: string) => void;
  setWhyPair: (whyPair: { src: string; dst: string } | null) => void;
}

export const analysisDockStore = createStore<AnalysisDockState>()((set) => ({
  panel: null,
  probeText: '',
  whyPair: null,
  setPanel: (panel) => set({ panel }),
  setProbeText: (probeText) => set({ probeText }),
  setWhyPair: (whyPair) => set({ whyPair }),
}));
