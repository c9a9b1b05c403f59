/** Policies behind a node or an edge, each with a delete button (deletePolicy, one undo step). */
import { useTranslation } from 'react-i18next';
import { runEdit } from '../canvas/gestures/gestures.ts';
import { Name } from '../text/Name.tsx';

export function PolicyList({ ids, heading, disabled }: { ids: string[]; heading: string; disabled: boolean }) {
  const { t } = useTranslation('ui-inspector');
  if (ids.length === 0) return null;
  return (
    <section className="inspector__section">
      <h3 className="inspector__heading">{heading}</h3>
      <ul className="policy-list">
        {ids.map((id) => (
          <li key={id} className="policy-list__item">
            <span className="policy-list__name" title={id}>
              <Name>{id}</Name>
            </span>
            <button
              type="button"
              className="link-button link-button--danger"
              disabled={disabled}
              onClick={() => runEdit({ op: 'deletePolicy', policy: id })}
              title={t('policy.deleteTitle', { id })}
              data-testid="delete-policy"
            >
              {t('policy.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
