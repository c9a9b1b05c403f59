/** The − / + on a namespace box or card: collapses it to a card, or expands the card back to a box. */
import { useTranslation } from 'react-i18next';
import { useStore } from '../../hooks/stores.ts';

export function NamespaceToggle({ nodeId, label, collapse }: { nodeId: string; label: string; collapse: boolean }) {
  const { t } = useTranslation('ui-canvas');
  return (
    <button
      type="button"
      className="ns-toggle nodrag"
      title={collapse ? t('namespace.collapseTitle') : t('namespace.expandTitle')}
      aria-label={
        collapse ? t('namespace.collapseLabel', { name: label }) : t('namespace.expandLabel', { name: label })
      }
      data-testid={collapse ? 'ns-collapse' : 'ns-expand'}
      onClick={(e) => {
        e.stopPropagation();
        useStore.getState().setCollapsed(nodeId, collapse);
      }}
    >
      {collapse ? '−' : '+'}
    </button>
  );
}
