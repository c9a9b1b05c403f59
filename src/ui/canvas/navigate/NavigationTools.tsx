/** The canvas toolbar's navigation group: search, focus on the selection, filters. */
import { useStore } from '../../hooks/stores.ts';
import { useView } from '../../hooks/use-view.ts';
import { FilterPopover } from './FilterPopover.tsx';
import { SearchBox } from './SearchBox.tsx';
import { focusSelection } from './use-navigation-keys.ts';

function FocusButtons() {
  const focus = useStore((s) => s.focus);
  const hasSelection = useStore((s) => s.selectedNodeIds.length > 0);
  const setFocus = useStore((s) => s.setFocus);
  if (!focus)
    return (
      <button
        type="button"
        className="tool-button tool-button--text"
        disabled={!hasSelection}
        onClick={() => focusSelection()}
        title="Focus on the selected node and its neighbours (F); Esc leaves"
        data-testid="focus-button"
      >
        Focus
      </button>
    );
  return (
    <span className="focus-tools" data-testid="focus-on">
      <label className="focus-tools__hide" title="Hide what is not a neighbour, rather than dim it">
        <input
          type="checkbox"
          checked={focus.hide}
          onChange={(e) => setFocus({ ...focus, hide: e.target.checked })}
          data-testid="focus-hide"
        />
        hide others
      </label>
      <button
        type="button"
        className="tool-button tool-button--text is-active"
        onClick={() => setFocus(null)}
        title="Leave focus mode (Esc)"
        data-testid="focus-exit"
      >
        Exit focus
      </button>
    </span>
  );
}

export function NavigationTools() {
  const view = useView();
  return (
    <>
      <SearchBox graph={view.graph} />
      <FocusButtons />
      <FilterPopover graph={view.graph} />
    </>
  );
}
