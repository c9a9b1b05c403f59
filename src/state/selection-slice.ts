/** Selection slice: what the user picked on the canvas (nodes or one edge group), or a policy named in a panel. */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './store.ts';

export interface SelectionSlice {
  selectedNodeIds: string[];
  /** Ids of the PolicyGraph edges behind the selected canvas edge. */
  selectedEdgeIds: string[];
  /** Policies (`ns/name`) picked where they are only named, not drawn (the Why panel's "isolated by"): their YAML is highlighted. */
  selectedPolicyIds: string[];
  select: (selection: { nodes?: string[]; edges?: string[]; policies?: string[] }) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedNodeIds: [],
  selectedEdgeIds: [],
  selectedPolicyIds: [],
  select: ({ nodes = [], edges = [], policies = [] }) =>
    set({ selectedNodeIds: nodes, selectedEdgeIds: edges, selectedPolicyIds: policies }),
  clearSelection: () => set({ selectedNodeIds: [], selectedEdgeIds: [], selectedPolicyIds: [] }),
});
