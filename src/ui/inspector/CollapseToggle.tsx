/** The inspector's Collapse / Expand for a namespace box (model/graph/collapse.ts), and Focus on it. */
import { useTranslation } from 'react-i18next';
import { collapsedNamespaces } from '../../model/graph/collapse.ts';
import { focusSelection } from '../canvas/navigate/use-navigation-keys.ts';
import { useStore } from '../hooks/stores.ts';
import { useView } from '../hooks/use-view.ts';

export function CollapseToggle({ nsId }: { nsId: string }) {
  const { t } = useTranslation('ui-inspector');
  const view = useView();
  const choices = useStore((s) => s.collapseChoices);
  const collapsed = collapsedNamespaces(view.graph, choices).has(nsId);
  return (
    <div className="inspector__actions">
      <button
        type="button"
        className="btn btn--small"
        onClick={() => useStore.getState().setCollapsed(nsId, !collapsed)}
        title={collapsed ? t('collapse.expandTitle') : t('collapse.collapseTitle')}
        data-testid="inspector-collapse"
      >
        {collapsed ? t('collapse.expand') : t('collapse.collapse')}
      </button>
      <button
        type="button"
        className="btn btn--small"
        onClick={() => focusSelection()}
        title={t('collapse.focusTitle')}
      >
        {t('collapse.focus')}
      </button>
    </div>
  );
}
