/**
 * The rule-graph view of the store's parsed text, memoised by the store's own
 * caches (view-memo.ts explains when it is recomputed and how diagnostics
 * follow the graph). React components read it through ui/hooks/use-view.ts.
 */
import { analyse } from './analyse.ts';
import type { AppState } from './store.ts';
import type { DerivedView } from './view-memo.ts';

export type { DerivedView } from './view-memo.ts';

export function selectView(state: Pick<AppState, 'parsedText' | 'caches'>): DerivedView {
  const { caches } = state;
  return caches.view.select(state.parsedText, (text) => analyse(text, caches), caches.backend);
}
