/**
 * What a saved workspace holds, read from and written into the app store:
 * the YAML text, the node boxes (positions and group sizes) and view settings.
 * The layout key is saved with the boxes so a restored layout is used as is
 * instead of being recomputed (and the user's arrangement lost).
 */
import type { WorkspaceData } from './persistence/index.ts';
import { restoreDrafts, saveDrafts, draftsStore } from './drafts.ts';
import type { Box, XY } from './layout-slice.ts';
import { navigationFrom } from './navigation-slice.ts';
import { lastExportFrom } from './baseline-slice.ts';
import { appStore } from './store.ts';

/** The largest last export (in UTF-16 code units) saved with its workspace. */
export const SAVED_EXPORT_MAX = 1_000_000;

export function snapshot(): WorkspaceData {
  const s = appStore.getState();
  return {
    text: s.text,
    layout: s.boxes,
    view: {
      layoutKey: s.layoutKey,
      manual: s.manual,
      split: s.split,
      collapsed: s.collapseChoices,
      focus: s.focus,
      filters: s.filters,
      drafts: saveDrafts(draftsStore.getState().drafts),
      // The live diff's "last export" baseline belongs to the workspace it was exported from. A second
      // copy of a very large text could fill the storage and stop the text itself from being saved:
      // then it lasts as long as the tab.
      ...(s.lastExport && s.lastExport.text.length <= SAVED_EXPORT_MAX ? { lastExport: s.lastExport } : {}),
    },
  };
}

/** Boxes are only reusable when complete; positions without sizes go through a fresh layout. */
function completeBoxes(layout: WorkspaceData['layout']): Record<string, Box> | null {
  const out: Record<string, Box> = {};
  for (const [id, b] of Object.entries(layout)) {
    if (b.width === undefined || b.height === undefined) return null;
    out[id] = { x: b.x, y: b.y, width: b.width, height: b.height };
  }
  return out;
}

/** Positions the user placed by hand (they win over the automatic layout); malformed entries are dropped. */
export function positionsOf(value: unknown): Record<string, XY> {
  const out: Record<string, XY> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [id, p] of Object.entries(value as Record<string, unknown>)) {
    const xy = p as Partial<XY> | null;
    if (xy && Number.isFinite(xy.x) && Number.isFinite(xy.y)) {
      Object.defineProperty(out, id, {
        value: { x: xy.x, y: xy.y },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

/** Applies layout and view settings; the text is loaded separately (see workspaces.ts). */
export function applyLayoutAndView(data: WorkspaceData): void {
  const boxes = completeBoxes(data.layout);
  const key = typeof data.view.layoutKey === 'string' && boxes ? data.view.layoutKey : '';
  // An empty key never matches a graph, so the canvas lays the graph out afresh (and fits the view then).
  // Saved boxes are used as they are: fit the view to them, as a first layout would.
  appStore.setState((s) => ({
    boxes: boxes ?? {},
    manual: positionsOf(data.view.manual),
    layoutKey: key,
    selectedNodeIds: [],
    selectedEdgeIds: [],
    selectedPolicyIds: [],
    ...navigationFrom(data.view),
    fitRequest: key ? s.fitRequest + 1 : s.fitRequest,
  }));
  if (typeof data.view.split === 'number' && Number.isFinite(data.view.split))
    appStore.getState().setSplit(data.view.split);
  // Peers dropped from the palette that no rule names yet (their places are among the manual positions).
  draftsStore.getState().setDrafts(restoreDrafts(data.view.drafts));
  appStore.getState().restoreLastExport(lastExportFrom(data.view.lastExport));
}
