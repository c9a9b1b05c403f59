/**
 * Import step shared by Open, drag-and-drop and the cluster inventory: shows
 * what arrived, lets the user choose Merge or Replace, runs the import with
 * progress and Cancel, and reports a file that does not parse by name and
 * line:col. Nothing touches the workspace until the whole import succeeded.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFilesAsync, type ImportError, type ImportFile, type ImportMode } from '../../model/io/index.ts';
import { notify } from '../../state/notices.ts';
import { Dialog } from '../dialogs/Dialog.tsx';
import { applyImport } from './apply-text.ts';
import { useStore } from '../hooks/stores.ts';

const SHOWN = 6;
const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`);

interface Props {
  title: string;
  files: ImportFile[];
  skipped: string[];
  onClose: () => void;
}

export function ImportDialog({ title, files, skipped, onClose }: Props) {
  const { t } = useTranslation('ui-io');
  const empty = useStore((s) => s.text.trim() === '');
  const [mode, setMode] = useState<ImportMode>(empty ? 'replace' : 'merge');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<ImportError | null>(null);
  const abort = useRef<AbortController | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Closing the dialog by any means stops a running import.
  useEffect(() => () => abort.current?.abort(), []);

  const run = async () => {
    setError(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: files.length });
    const before = useStore.getState().text;
    const result = await importFilesAsync(before, files, mode, {
      signal: controller.signal,
      onProgress: (done, total) => setProgress({ done, total }),
    });
    abort.current = null;
    setProgress(null);
    if ('cancelled' in result) {
      notify('info', t('import.cancelled'));
      onClose();
      return;
    }
    if ('error' in result) {
      setError(result.error);
      return;
    }
    applyImport(result.text, true);
    const { documents, replaced, cleaned, ignored } = result.summary;
    const objects = t('import.done.objects', { count: documents });
    const fromFiles = t('import.done.files', { count: files.length });
    const parts: string[] = [
      mode === 'replace'
        ? t('import.done.replaced', { objects, files: fromFiles })
        : t('import.done.merged', { objects, files: fromFiles }),
    ];
    if (replaced) parts.push(t('import.done.updated', { count: replaced }));
    if (cleaned) parts.push(t('import.done.cleaned', { count: cleaned }));
    if (ignored) parts.push(t('import.done.ignored', { count: ignored }));
    notify('success', t('import.done.summary', { parts: parts.join(t('import.done.separator')) }));
    onClose();
  };

  const running = progress !== null;
  // The footer swaps its buttons while running; keep the focus in the dialog (on the button that matters now).
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running !== wasRunning.current) (running ? cancelRef.current : confirmRef.current)?.focus();
    wasRunning.current = running;
  }, [running]);
  const total = files.reduce((n, f) => n + f.text.length, 0);
  return (
    <Dialog
      title={title}
      subtitle={`${t('import.fileCount', { count: files.length })} · ${kb(total)}`}
      onClose={running ? () => abort.current?.abort() : onClose}
      testId="import-dialog"
      footer={
        running ? (
          <button
            ref={cancelRef}
            type="button"
            className="btn"
            onClick={() => abort.current?.abort()}
            data-testid="import-cancel"
          >
            {t('import.cancelRunning')}
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose}>
              {t('import.cancel')}
            </button>
            <button
              ref={confirmRef}
              type="button"
              className="btn btn--primary"
              onClick={() => void run()}
              disabled={files.length === 0}
              data-testid="import-confirm"
            >
              {mode === 'replace' ? t('import.confirmReplace') : t('import.confirmMerge')}
            </button>
          </>
        )
      }
    >
      <ul className="file-list" aria-label={t('import.filesLabel')} data-testid="import-files">
        {files.slice(0, SHOWN).map((f) => (
          <li key={f.name}>
            <span className="file-list__name">{f.name}</span>
            <span className="file-list__size">{kb(f.text.length)}</span>
          </li>
        ))}
        {files.length > SHOWN && (
          <li className="file-list__more">{t('import.more', { count: files.length - SHOWN })}</li>
        )}
        {files.length === 0 && <li className="file-list__more">{t('import.noFiles')}</li>}
      </ul>
      {skipped.length > 0 && (
        <p className="dialog__note" data-testid="import-skipped">
          {t('import.skipped', {
            count: skipped.length,
            list: `${skipped.slice(0, 4).join(', ')}${skipped.length > 4 ? '…' : ''}`,
          })}
        </p>
      )}

      <fieldset className="choice-group" disabled={running}>
        <legend>{t('import.modeLegend')}</legend>
        <label className={`choice${mode === 'merge' ? ' is-checked' : ''}`}>
          <input
            type="radio"
            name="import-mode"
            value="merge"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
            data-testid="import-mode-merge"
          />
          <span>
            <strong>{t('import.merge')}</strong>
            <span className="choice__text">{t('import.mergeText')}</span>
          </span>
        </label>
        <label className={`choice${mode === 'replace' ? ' is-checked' : ''}`}>
          <input
            type="radio"
            name="import-mode"
            value="replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
            data-testid="import-mode-replace"
          />
          <span>
            <strong>{t('import.replace')}</strong>
            <span className="choice__text">{t('import.replaceText')}</span>
          </span>
        </label>
      </fieldset>

      {running && (
        <div className="progress" role="status" data-testid="import-progress">
          <progress max={progress.total} value={progress.done} aria-label={t('import.progressLabel')} />
          <span>{t('import.progress', { done: progress.done, count: progress.total })}</span>
        </div>
      )}
      {error && (
        <div className="dialog__error" role="alert" data-testid="import-error">
          <strong>
            {error.file}:{error.line}:{error.column}
          </strong>{' '}
          {error.message}
          <div className="dialog__error-note">{t('import.failedNote')}</div>
        </div>
      )}
    </Dialog>
  );
}
