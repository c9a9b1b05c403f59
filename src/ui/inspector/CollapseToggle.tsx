/** The inspector's Collapse / Expand for a namespace box (model/graph/collapse.ts), and Focus on it. */
import { collapsedNamespaces } from '../../model/graph/collapse.ts';
import { focusSelection } from '../canvas/navigate/use-navigation-keys.ts';
import { useStore } from '../hooks/stores.ts';
import { useView } from '../hooks/use-view.ts';

export function CollapseToggle({ nsId }: { nsId: string }) {
  const view = useView();
  const choices = useStore((s) => s.collapseChoices);
  const collapsed = collapsedNamespaces(view.graph, choices).has(nsId);
  return (
    <div className="inspector__actions">
      <button
        type="button"
        className="btn btn--small"
        onClick={() => useStore.getState().setCollapsed(nsId, !collapsed)}
        title={collapsed ? 'Draw the workloads of this namespace' : 'Draw this namespace as one card, its edges merged'}
        data-testid="inspector-collapse"
      >
        {collapsed ? 'Expand namespace' : 'Collapse namespace'}
      </button>
      <button
        type="button"
        className="btn btn--small"
        onClick={() => focusSelection()}
        title="Highlight this namespace and what it talks to (F)"
      >
        Focus
      </button>
    </div>
  );
}
