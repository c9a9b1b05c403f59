/** Top-right of the canvas: the Rules | Effective switch, search, focus and filters, Undo / Redo over the shared history, and Tidy layout. */
import { useTranslation } from 'react-i18next';
import { redo, undo } from '../../state/history.ts';
import { ViewSwitch } from '../effective/ViewSwitch.tsx';
import { useHistory, useStore } from '../hooks/stores.ts';
import { NavigationTools } from './navigate/NavigationTools.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function CanvasToolbar() {
  const { t } = useTranslation('ui-canvas');
  const canUndo = useHistory((s) => s.canUndo);
  const canRedo = useHistory((s) => s.canRedo);
  const tidy = useStore((s) => s.tidy);
  const layoutRunning = useStore((s) => s.layoutRunning);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <ViewSwitch />
      <NavigationTools />
      <button
        type="button"
        className="tool-button"
        onClick={undo}
        disabled={!canUndo}
        title={t('toolbar.undoTitle', { mod })}
        data-testid="undo"
      >
        <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="sr-only">{t('toolbar.undo')}</span>
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={redo}
        disabled={!canRedo}
        title={t('toolbar.redoTitle', { mod })}
        data-testid="redo"
      >
        <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="sr-only">{t('toolbar.redo')}</span>
      </button>
      <span className="tool-sep" aria-hidden="true" />
      <button
        type="button"
        className="tool-button tool-button--text"
        onClick={tidy}
        disabled={layoutRunning}
        title={t('toolbar.tidyTitle')}
        data-testid="tidy-layout"
      >
        {t('toolbar.tidy')}
      </button>
    </div>
  );
}
