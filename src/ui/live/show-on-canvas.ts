/**
 * From a row of the diff or exposure list to the canvas: the effective view, the flow selected where
 * one is drawn (its Why panel opens), else the ends selected and centred.
 */
import { effectiveEdgeId } from '../../model/graph/ids.ts';
import { useEffectiveView, useStore } from '../hooks/stores.ts';

/** Shows the flow `source` → `target` (node ids) in the effective view; `drawn`: an effective flow exists. */
export function showFlow(source: string, target: string, drawn: boolean): void {
  const view = useEffectiveView.getState();
  if (view.view !== 'effective') view.setView('effective');
  const s = useStore.getState();
  if (drawn) {
    s.clearSelection();
    useEffectiveView.getState().selectFlow(effectiveEdgeId(source, target));
  } else {
    useEffectiveView.getState().selectFlow(null);
    s.select({ nodes: [source, target] });
  }
  s.requestCentre(target);
}

/** Selects the workload node `id` and centres the canvas on it. */
export function showNode(id: string): void {
  const s = useStore.getState();
  s.select({ nodes: [id] });
  s.requestCentre(id);
}
