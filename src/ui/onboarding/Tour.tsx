/**
 * The first-visit tour (a lazy chunk): the three jobs — design by drag and
 * drop, paste YAML to see it, export — one card each, on the shared modal
 * Dialog. Skip, Escape or the last card's button ends it; it is remembered
 * as seen however it ends, and the Help menu opens it again.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeCommandUi } from '../commands/command-ui.ts';
import { PALETTE_SHORTCUT, shortcutText } from '../commands/KeyCaps.tsx';
import { Dialog } from '../dialogs/Dialog.tsx';
import { TourPicture } from './TourPicture.tsx';
import { markTourSeen } from './tour-state.ts';
import './onboarding.css';

const STEPS = ['design', 'paste', 'export'] as const;

export default function Tour() {
  const { t } = useTranslation('ui-commands');
  const [at, setAt] = useState(0);
  useEffect(() => () => markTourSeen(), []);
  const step = STEPS[at];
  const last = at === STEPS.length - 1;
  return (
    <Dialog
      title={t('tour.title')}
      subtitle={t('tour.progress', { step: at + 1, steps: STEPS.length })}
      onClose={closeCommandUi}
      size="medium"
      testId="tour"
      footer={
        <>
          <button type="button" className="btn tour__skip" onClick={closeCommandUi} data-testid="tour-skip">
            {t('tour.skip')}
          </button>
          {at > 0 && (
            <button type="button" className="btn" onClick={() => setAt(at - 1)} data-testid="tour-back">
              {t('tour.back')}
            </button>
          )}
          <button
            type="button"
            className="btn btn--primary"
            data-autofocus
            onClick={() => (last ? closeCommandUi() : setAt(at + 1))}
            data-testid="tour-next"
          >
            {last ? t('tour.done') : t('tour.next')}
          </button>
        </>
      }
    >
      <div className="tour" data-testid={`tour-step-${step}`}>
        <TourPicture step={step} />
        <div className="tour__text" aria-live="polite">
          <h3 className="tour__title">{t(`tour.${step}.title`)}</h3>
          <p>{t(`tour.${step}.body`)}</p>
          <p className="tour__keys">{t(`tour.${step}.keys`, { palette: shortcutText(PALETTE_SHORTCUT, t) })}</p>
        </div>
      </div>
      <ol className="tour__dots" aria-hidden="true">
        {STEPS.map((s, i) => (
          <li key={s} className={i === at ? 'is-current' : undefined} />
        ))}
      </ol>
    </Dialog>
  );
}
