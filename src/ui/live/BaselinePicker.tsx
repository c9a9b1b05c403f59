/**
 * The diff panel's choice of baseline: the text as opened or loaded, the last export of manifests,
 * a named workspace (as saved), or a version pasted here or imported from a file. The choice is state (state/baseline-slice.ts);
 * reading a workspace or a file happens in state/baseline-choice.ts and here.
 */
import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import {
  compareWithLastExport,
  compareWithOpened,
  compareWithText,
  compareWithWorkspace,
} from '../../state/baseline-choice.ts';
import { notify } from '../../state/notices.ts';
import { useStore, useWorkspaces } from '../hooks/stores.ts';

const PASTED = 'pasted';
const OPENED = 'opened';
const EXPORT = 'export';

/** The last export's option: when and what it was, or (disabled) why there is none to pick. */
function LastExportOption() {
  const { t, i18n } = useTranslation('ui-analysis');
  const last = useStore((s) => s.lastExport);
  if (!last) {
    return (
      <option value={EXPORT} disabled data-testid="diff-baseline-export">
        {t('diff.lastExportNone')}
      </option>
    );
  }
  // The time alone for an export of today: the select stays short enough to read whole.
  const at = new Date(last.at);
  const today = at.toDateString() === new Date().toDateString();
  const when = at.toLocaleString(
    i18n.language,
    today ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' },
  );
  return (
    <option value={EXPORT} data-testid="diff-baseline-export">
      {t('diff.lastExport', { when, what: t(`diff.exportKind.${last.what}`) })}
    </option>
  );
}

export function BaselinePicker() {
  const { t } = useTranslation('ui-analysis');
  const baseline = useStore((s) => s.baseline);
  const list = useWorkspaces((s) => s.list);
  const [pasting, setPasting] = useState(false);
  const [draft, setDraft] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const value = baseline.kind === 'workspace' ? `ws:${baseline.id}` : baseline.kind;
  const onPick = (v: string) => {
    if (v === OPENED) compareWithOpened();
    else if (v === EXPORT) compareWithLastExport();
    else if (v === PASTED) setPasting(true);
    else void compareWithWorkspace(v.slice(3));
  };
  const onFile = async (f: File | undefined) => {
    if (!f) return;
    try {
      compareWithText(await f.text(), f.name);
      setPasting(false);
    } catch (err) {
      notify('error', t('diff.readFailed', { name: f.name, error: String(err) }));
    }
  };
  return (
    <div className="live-diff__baseline">
      <label className="live-diff__label">
        {t('diff.compareWith')}
        <select
          className="input live-diff__select"
          value={value}
          onChange={(e) => onPick(e.target.value)}
          data-testid="diff-baseline"
        >
          <option value={OPENED}>{t('diff.opened')}</option>
          <LastExportOption />
          {list.map((w) => (
            <option key={w.id} value={`ws:${w.id}`}>
              {t('diff.workspace', { name: w.name })}
            </option>
          ))}
          <option value={PASTED}>
            {baseline.kind === 'pasted' && baseline.name
              ? t('diff.pastedNamed', { name: baseline.name })
              : t('diff.pasted')}
          </option>
        </select>
      </label>
      <button type="button" className="btn btn--small" onClick={() => setPasting(true)} data-testid="diff-paste">
        {t('diff.pasteButton')}
      </button>
      {pasting && (
        <div className="live-diff__paste">
          <textarea
            className="input live-diff__textarea"
            aria-label={t('diff.pasteLabel')}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="diff-paste-text"
          />
          <div className="live-diff__paste-actions">
            <button
              type="button"
              className="btn btn--small btn--primary"
              onClick={() => {
                compareWithText(draft);
                setPasting(false);
              }}
              data-testid="diff-paste-use"
            >
              {t('diff.pasteUse')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => file.current?.click()}>
              {t('diff.importFile')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => setPasting(false)}>
              {t('diff.pasteCancel')}
            </button>
            <input
              ref={file}
              type="file"
              accept=".yaml,.yml,.json"
              hidden
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </div>
        </div>
      )}
    </div>
  );
}
