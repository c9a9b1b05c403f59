/** The label of the nodes-and-flows tab (and its status-bar button), in the user's language. */
import { useTranslation } from 'react-i18next';

export function FlowsTabLabel() {
  const { t } = useTranslation('ui-a11y');
  return <span title={t('flowsList.openTitle')}>{t('flowsList.open')}</span>;
}
