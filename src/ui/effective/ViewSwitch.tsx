/**
 * "Rules | Effective": what the canvas draws. Two toggle buttons (aria-pressed)
 * rather than tabs: they sit in the canvas toolbar, reachable with Tab and
 * operated with Enter / Space like its other buttons.
 */
import { useTranslation } from 'react-i18next';
import { type CanvasView } from '../../state/effective-view.ts';
import './effective.css';
import { useEffectiveView } from '../hooks/stores.ts';

// Labels and titles are in the ui-effective catalogue under `view.<view>`.
const OPTIONS: CanvasView[] = ['rules', 'effective'];

export function ViewSwitch() {
  const current = useEffectiveView((s) => s.view);
  const setView = useEffectiveView((s) => s.setView);
  const { t } = useTranslation('ui-effective');
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')}>
      {OPTIONS.map((view) => (
        <button
          key={view}
          type="button"
          className="view-switch__option"
          aria-pressed={current === view}
          title={t(`view.${view}.title`)}
          onClick={() => current !== view && setView(view)}
          data-testid={`view-${view}`}
        >
          {t(`view.${view}.label`)}
        </button>
      ))}
    </div>
  );
}
