/**
 * Navigation slice: how the user looks at a large graph — which namespaces are
 * collapsed to a card, which node is in focus, what the filters leave out —
 * plus the diagnostics list and the one-shot requests that move the view
 * (centre a node on the canvas, reveal a range in the editor). Collapse,
 * focus and filters are saved with the workspace's layout
 * (workspaces-snapshot.ts); the rest is per session.
 */
import type { StateCreator } from 'zustand/vanilla';
import { NO_FILTERS, type GraphFilters } from '../model/graph/filter.ts';
import type { AppState } from './store.ts';

export interface Focus {
  /** The focused node (a workload, peer or namespace). */
  id: string;
  /** Hide what is not in its neighbourhood, rather than dim it. */
  hide: boolean;
}

/** A one-shot request; `seq` makes a repeat of the same target a new request. */
export interface CentreRequest {
  id: string;
  seq: number;
}
export interface RevealRequest {
  offset: number;
  endOffset: number;
  seq: number;
}

export interface NavigationSlice {
  /** The user's collapse choices by namespace node id (true: collapsed); others follow the size default (model/graph/collapse.ts). */
  collapseChoices: Record<string, boolean>;
  setCollapsed: (nsId: string, collapsed: boolean) => void;
  focus: Focus | null;
  setFocus: (focus: Focus | null) => void;
  filters: GraphFilters;
  setFilters: (filters: GraphFilters) => void;
  /** The diagnostics list (opened from the status bar or a marker on the canvas). */
  diagnosticsOpen: boolean;
  setDiagnosticsOpen: (open: boolean) => void;
  centreRequest: CentreRequest | null;
  requestCentre: (id: string) => void;
  revealRequest: RevealRequest | null;
  requestReveal: (offset: number, endOffset: number) => void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  collapseChoices: {},
  // Collapsing changes what is laid out: the next layout lays everything out again (keeping dragged nodes),
  // so a card takes a card's room and an expanded box gets room for its workloads.
  setCollapsed: (nsId, collapsed) =>
    set((s) => ({ collapseChoices: { ...s.collapseChoices, [nsId]: collapsed }, layoutKey: '', fullLayout: true })),
  focus: null,
  setFocus: (focus) => set({ focus }),
  filters: NO_FILTERS,
  setFilters: (filters) => set({ filters }),
  diagnosticsOpen: false,
  setDiagnosticsOpen: (diagnosticsOpen) => set({ diagnosticsOpen }),
  centreRequest: null,
  requestCentre: (id) => set((s) => ({ centreRequest: { id, seq: (s.centreRequest?.seq ?? 0) + 1 } })),
  revealRequest: null,
  requestReveal: (offset, endOffset) =>
    set((s) => ({ revealRequest: { offset, endOffset, seq: (s.revealRequest?.seq ?? 0) + 1 } })),
});

/** Reads saved navigation settings tolerantly: anything malformed falls back to the default. */
export function navigationFrom(
  view: Record<string, unknown>,
): Pick<NavigationSlice, 'collapseChoices' | 'focus' | 'filters'> {
  const collapseChoices: Record<string, boolean> = {};
  const saved = view.collapsed;
  if (typeof saved === 'object' && saved !== null && !Array.isArray(saved)) {
    for (const [id, v] of Object.entries(saved as Record<string, unknown>)) {
      if (typeof v === 'boolean')
        Object.defineProperty(collapseChoices, id, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  const f = view.focus as Partial<Focus> | null | undefined;
  const focus = f && typeof f === 'object' && typeof f.id === 'string' ? { id: f.id, hide: f.hide === true } : null;
  const r = view.filters as Partial<GraphFilters> | null | undefined;
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const filters: GraphFilters =
    r && typeof r === 'object'
      ? {
          namespaces: strings(r.namespaces),
          port: typeof r.port === 'string' ? r.port : '',
          policies: strings(r.policies),
        }
      : NO_FILTERS;
  return { collapseChoices, focus, filters };
}
