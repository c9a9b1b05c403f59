/**
 * Memoised selectors over the parsed text. Analysis runs once per distinct
 * `parsedText`; when the text stops parsing the last good graph stays on
 * screen, marked stale (DESIGN.md §2: never lose the picture while typing).
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { PolicyGraph } from '../model/graph-types.ts';
import { analyse, type Analysis } from './analyse.ts';
import { useStore, type AppState } from './store.ts';

export interface DerivedView {
  graph: PolicyGraph;
  /** True when `graph` is from an earlier text because the current one does not parse. */
  stale: boolean;
  diagnostics: Diagnostic[];
  counts: Analysis['counts'];
}

const EMPTY_GRAPH: PolicyGraph = { nodes: [], edges: [] };
let lastText: string | undefined;
let lastView: DerivedView | undefined;
let lastGood: { graph: PolicyGraph; counts: Analysis['counts'] } = { graph: EMPTY_GRAPH, counts: { namespaces: 0, workloads: 0, policies: 0 } };

export function selectView(state: Pick<AppState, 'parsedText'>): DerivedView {
  if (lastView && lastText === state.parsedText) return lastView;
  const result = analyse(state.parsedText);
  if (result.graph) lastGood = { graph: result.graph, counts: result.counts };
  lastText = state.parsedText;
  lastView = {
    graph: result.graph ?? lastGood.graph,
    stale: result.graph === null,
    diagnostics: result.diagnostics,
    counts: result.graph ? result.counts : lastGood.counts,
  };
  return lastView;
}

/** React hook: the derived view; re-renders only when the parsed text changes. */
export const useView = (): DerivedView => useStore(selectView);
