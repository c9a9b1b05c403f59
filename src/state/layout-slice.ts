/**
 * Layout slice: node positions and group sizes, keyed by stable node id. They
 * are view state only and never written into the YAML (DESIGN.md §2).
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export interface XY {
  x: number;
  y: number;
}
export interface Box extends XY {
  width: number;
  height: number;
}

export interface LayoutSlice {
  /** Position of every laid-out node; relative to its parent group when it has one. */
  boxes: Record<string, Box>;
  /** Structure signature the current boxes were computed for (see canvas/layout-key.ts). */
  layoutKey: string;
  layoutRunning: boolean;
  applyLayout: (key: string, boxes: Record<string, Box>) => void;
  setLayoutRunning: (running: boolean) => void;
  /** A node dragged by the user keeps its place across re-layouts of the same structure. */
  moveNode: (id: string, position: XY) => void;
}

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  boxes: {},
  layoutKey: '',
  layoutRunning: false,
  applyLayout: (layoutKey, boxes) => set({ layoutKey, boxes, layoutRunning: false }),
  setLayoutRunning: (layoutRunning) => set({ layoutRunning }),
  moveNode: (id, position) =>
    set((s) => {
      const box = s.boxes[id];
      if (!box) return s;
      return { boxes: { ...s.boxes, [id]: { ...box, ...position } } };
    }),
});
