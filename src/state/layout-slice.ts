/**
 * Layout slice: node positions and group sizes, keyed by stable node id. They
 * are view state only and never written into the YAML (DESIGN.md §2).
 *
 * Two sources of positions: ELK's automatic layout (`boxes`, recomputed when
 * the structure changes) and the user's (`manual`: nodes dragged on the canvas
 * or dropped from the palette). A manual position always wins over ELK's, so
 * a structural edit elsewhere never moves a node the user placed; only the
 * explicit "Tidy layout" (`tidy`) forgets them and lays out everything.
 */
import type { StateCreator } from 'zustand/vanilla';
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
  /** Positions the user chose (same frame as `boxes`); they override ELK's. */
  manual: Record<string, XY>;
  /** Structure signature the current boxes were computed for (see ui/layout/layout-key.ts). */
  layoutKey: string;
  layoutRunning: boolean;
  /** Bumped when the view should fit the graph again (first layout, tidy, import). */
  fitRequest: number;
  /** The next layout replaces every position (Tidy layout) instead of placing only new nodes. */
  fullLayout: boolean;
  applyLayout: (key: string, boxes: Record<string, Box>, fit?: boolean) => void;
  setLayoutRunning: (running: boolean) => void;
  /** A node dragged (or dropped) by the user keeps this place from now on. */
  moveNode: (id: string, position: XY) => void;
  /** Forgets every manual position and lays the whole graph out again. */
  tidy: () => void;
}

/** Room kept around pinned children when a group grows to hold them. */
const GROUP_MARGIN = 20;

/** ELK's boxes with the user's positions on top; groups grow to keep pinned children inside. */
export function mergeManual(
  boxes: Record<string, Box>,
  manual: Record<string, XY>,
  parentOf: (id: string) => string | undefined,
): Record<string, Box> {
  const out: Record<string, Box> = { ...boxes };
  for (const [id, xy] of Object.entries(manual)) {
    const box = out[id];
    if (box) out[id] = { ...box, ...xy };
  }
  for (const id of Object.keys(manual)) {
    const parent = parentOf(id);
    const child = out[id];
    const group = parent ? out[parent] : undefined;
    if (!parent || !child || !group) continue;
    const width = Math.max(group.width, child.x + child.width + GROUP_MARGIN);
    const height = Math.max(group.height, child.y + child.height + GROUP_MARGIN);
    if (width !== group.width || height !== group.height) out[parent] = { ...group, width, height };
  }
  return out;
}

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  boxes: {},
  manual: {},
  layoutKey: '',
  layoutRunning: false,
  fitRequest: 0,
  fullLayout: false,
  applyLayout: (layoutKey, boxes, fit = false) =>
    set((s) => ({
      layoutKey,
      boxes,
      layoutRunning: false,
      fullLayout: false,
      fitRequest: fit ? s.fitRequest + 1 : s.fitRequest,
    })),
  setLayoutRunning: (layoutRunning) => set({ layoutRunning }),
  moveNode: (id, position) =>
    set((s) => {
      const box = s.boxes[id];
      return {
        manual: { ...s.manual, [id]: { x: position.x, y: position.y } },
        ...(box ? { boxes: { ...s.boxes, [id]: { ...box, ...position } } } : {}),
      };
    }),
  // An empty key makes the auto-layout hook run again; `fullLayout` makes it replace every position.
  tidy: () => set({ manual: {}, layoutKey: '', fullLayout: true }),
});
