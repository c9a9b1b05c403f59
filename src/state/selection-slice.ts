/** Selection slice: what the user picked on the canvas (nodes or one edge group). */
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export interface SelectionSlice {
  selectedNodeIds: string[];
  /** Ids of the PolicyGraph edges behind the selected canvas edge. */
  selectedEdgeIds: string[];
  select: (selection: { nodes?: string[]; edges?: string[] }) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedNodeIds: [],
  selectedEdgeIds: [],
  select: ({ nodes = [], edges = [] }) => set({ selectedNodeIds: nodes, selectedEdgeIds: edges }),
  clearSelection: () => set({ selectedNodeIds: [], selectedEdgeIds: [] }),
});
