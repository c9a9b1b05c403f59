/** The live diff's mark in an effective edge's pill: "+", "−" or "~" on its colour, the word in its tooltip. */
import { useTranslation } from 'react-i18next';
import type { DiffType } from '../../model/analysis/diff.ts';
import './live.css';

export function DiffMark({ type }: { type: DiffType | undefined }) {
  const { t } = useTranslation('ui-analysis');
  if (!type) return null;
  return (
    <span
      className={`live-mark live-mark--${type}`}
      title={t('diff.edgeTitle', { type: t(`diff.type.${type}`) })}
      data-testid="diff-mark"
      data-type={type}
    >
      {t(`diff.mark.${type}`)}
    </span>
  );
}
