/** The canvas toolbar's navigation group: search, focus on the selection, filters. */
import { useTranslation } from 'react-i18next';
import { useStore } from '../../hooks/stores.ts';
import { useView } from '../../hooks/use-view.ts';
import { FilterPopover } from './FilterPopover.tsx';
import { SearchBox } from './SearchBox.tsx';
import { focusSelection } from './use-navigation-keys.ts';

function FocusButtons() {
  const { t } = useTranslation('ui-canvas');
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
        title={t('focus.title')}
        data-testid="focus-button"
      >
        {t('focus.button')}
      </button>
    );
  return (
    <span className="focus-tools" data-testid="focus-on">
      <label className="focus-tools__hide" title={t('focus.hideTitle')}>
        <input
          type="checkbox"
          checked={focus.hide}
          onChange={(e) => setFocus({ ...focus, hide: e.target.checked })}
          data-testid="focus-hide"
        />
        {t('focus.hide')}
      </label>
      <button
        type="button"
        className="tool-button tool-button--text is-active"
        onClick={() => setFocus(null)}
        title={t('focus.exitTitle')}
        data-testid="focus-exit"
      >
        {t('focus.exit')}
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
