/**
 * The app store, composed from slices (zustand's slices pattern). It is a
 * vanilla store (no React here: ui/hooks/ binds it to components); each store
 * carries its own analysis caches, so a fresh store (a test's) starts from
 * nothing.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { AnalysisCaches } from './analysis-caches.ts';
import { createBaselineSlice, type BaselineSlice } from './baseline-slice.ts';
import { createLayoutSlice, type LayoutSlice } from './layout-slice.ts';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createSourceSlice, type SourceSlice } from './source-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';

export interface CachesSlice {
  /** The parse, graph and view memos of this store's text (never replaced). */
  readonly caches: AnalysisCaches;
}

export type AppState = SourceSlice &
  LayoutSlice &
  SelectionSlice &
  UiSlice &
  NavigationSlice &
  BaselineSlice &
  CachesSlice;

export function createAppStore(): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...createSourceSlice(...a),
    ...createLayoutSlice(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(...a),
    ...createNavigationSlice(...a),
    ...createBaselineSlice(...a),
    caches: new AnalysisCaches(),
  }));
}

/** The app's one store. */
export const appStore = createAppStore();
