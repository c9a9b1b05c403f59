/**
 * The live diff (issue 13): the connections added, removed and changed between the baseline and the
 * workspace as it is now, updated as you type (computed in the analysis worker). "What does this edit
 * break?" before export: removed and changed rows are what it breaks. A row shows its flow on the
 * canvas; the effective view marks the same rows on its edges while this panel is open.
 */
import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { DIFF_TYPES, type DiffType } from '../../model/analysis/diff.ts';
import type { LiveDiffRow } from '../../model/analysis/live-diff.ts';
import { formatDiagnostic } from '../../i18n/format.ts';
import { useLiveDiff } from '../hooks/use-live-analysis.ts';
import { Name } from '../text/Name.tsx';
import { BaselinePicker } from './BaselinePicker.tsx';
import { showFlow } from './show-on-canvas.ts';
import './live.css';

/** Rows drawn at most: a baseline of another cluster can differ in hundreds of thousands of pairs. */
const MAX_ROWS = 500;

function DiffRow({ row }: { row: LiveDiffRow }) {
  const { t } = useTranslation('ui-analysis');
  const nothing = t('diff.nothing');
  const end = (e: LiveDiffRow['src']) => (e.namespace ? `${e.namespace}/${e.label}` : e.label);
  return (
    <li>
      <button
        type="button"
        className={`live-diff__row live-diff__row--${row.type}`}
        title={t('diff.rowTitle', {
          src: row.src.id,
          dst: row.dst.id,
          type: t(`diff.type.${row.type}`),
          before: row.before || nothing,
          after: row.after || nothing,
        })}
        onClick={() => showFlow(row.src.node, row.dst.node, row.type !== 'removed')}
        data-testid="diff-row"
        data-type={row.type}
        data-src={row.src.id}
        data-dst={row.dst.id}
      >
        <span className={`live-mark live-mark--${row.type}`} aria-hidden="true">
          {t(`diff.mark.${row.type}`)}
        </span>
        <span className="live-diff__type">{t(`diff.type.${row.type}`)}</span>
        <span className="live-diff__pair">
          <Name>{end(row.src)}</Name> → <Name>{end(row.dst)}</Name>
        </span>
        <span className="live-diff__conns">
          <span className="live-diff__before">{row.before || nothing}</span>
          {' → '}
          <span className="live-diff__after">{row.after || nothing}</span>
        </span>
        {row.newOrGoneWorkload && <span className="live-diff__note">{t('diff.workloadNewOrGone')}</span>}
      </button>
    </li>
  );
}

function TypeFilter({ shown, onChange }: { shown: Set<DiffType>; onChange: (s: Set<DiffType>) => void }) {
  const { t } = useTranslation('ui-analysis');
  return (
    <fieldset className="live-diff__filter">
      <legend className="live-diff__label">{t('diff.filter')}</legend>
      {DIFF_TYPES.map((type) => (
        <label key={type} className="live-diff__check">
          <input
            type="checkbox"
            checked={shown.has(type)}
            onChange={(e) => {
              const next = new Set(shown);
              if (e.target.checked) next.add(type);
              else next.delete(type);
              onChange(next);
            }}
          />
          <span className={`live-mark live-mark--${type}`} aria-hidden="true">
            {t(`diff.mark.${type}`)}
          </span>
          {t(`diff.type.${type}`)}
        </label>
      ))}
    </fieldset>
  );
}

export function DiffPanel() {
  const { t } = useTranslation('ui-analysis');
  const { t: tAll } = useTranslation();
  const { diff, updating } = useLiveDiff();
  const [shown, setShown] = useState<Set<DiffType>>(() => new Set(DIFF_TYPES));
  const rows = useMemo(() => (diff ? diff.rows.filter((r) => shown.has(r.type)) : []), [diff, shown]);
  return (
    <div className="live-diff" data-testid="diff-panel">
      <div className="live-diff__bar">
        <BaselinePicker />
        <TypeFilter shown={shown} onChange={setShown} />
      </div>
      {updating && (
        <p className="matrix__status" role="status">
          {diff ? t('diff.updating') : t('diff.computing')}
        </p>
      )}
      {diff ? (
        <>
          {diff.baselineErrors.length > 0 && (
            <p className="live-diff__warning" role="status" data-testid="diff-baseline-errors">
              {t('diff.baselineErrors', {
                count: diff.baselineErrors.length,
                line: diff.baselineErrors[0].line,
                column: diff.baselineErrors[0].column,
                first: formatDiagnostic(tAll, diff.baselineErrors[0]),
              })}
            </p>
          )}
          <p className="live-diff__summary" data-testid="diff-summary">
            {t('diff.summary', diff.counts)} <span className="live-diff__hint">{t('diff.breaksHint')}</span>
          </p>
          {diff.rows.length === 0 ? (
            <p className="matrix__status" data-testid="diff-none">
              {t('diff.none')}
            </p>
          ) : (
            <ul className="live-diff__list" data-testid="diff-list">
              {rows.slice(0, MAX_ROWS).map((row) => (
                <DiffRow key={`${row.src.id};${row.dst.id}`} row={row} />
              ))}
              {rows.length > MAX_ROWS && (
                <li className="live-diff__more">{t('diff.more', { count: rows.length - MAX_ROWS })}</li>
              )}
            </ul>
          )}
        </>
      ) : (
        !updating && <p className="matrix__status">{t('diff.failed')}</p>
      )}
    </div>
  );
}
