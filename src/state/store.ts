/** The app store, composed from slices (zustand's slices pattern). */
import { create } from 'zustand';
import { createLayoutSlice, type LayoutSlice } from './layout-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createSourceSlice, type SourceSlice } from './source-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';

export type AppState = SourceSlice & LayoutSlice & SelectionSlice & UiSlice;

export const useStore = create<AppState>()((...a) => ({
  ...createSourceSlice(...a),
  ...createLayoutSlice(...a),
  ...createSelectionSlice(...a),
  ...createUiSlice(...a),
}));
