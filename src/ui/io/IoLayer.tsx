/**
 * Everything of workspace I/O that floats above the app: the open dialog (one
 * at a time), notices, the drop overlay and the hidden file input of "Open files".
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { CopyFallbackDialog, DeleteDialog, NameDialog } from '../dialogs/SmallDialogs.tsx';
import { registerOpenInput } from './actions.ts';
import { openDialog, useIoUi } from './io-ui.ts';
import { ACCEPT, fromFileList, readFiles, takeDropped } from './read-files.ts';
import './io.css';
import { useNotices } from '../hooks/stores.ts';
import { MessageText } from '../text/Name.tsx';
import { useText } from '../i18n/use-text.ts';
import { useTranslation } from 'react-i18next';
import { message } from '../../state/message.ts';
import { named } from '../../state/named.ts';

// The big dialogs (and the import and template code behind them) load when first opened.
const ImportDialog = lazy(() => import('./ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })));
const InventoryDialog = lazy(() => import('./InventoryDialog.tsx').then((m) => ({ default: m.InventoryDialog })));
const TemplatesDialog = lazy(() => import('./TemplatesDialog.tsx').then((m) => ({ default: m.TemplatesDialog })));

function ActiveDialog() {
  const say = useText();
  const dialog = useIoUi((s) => s.dialog);
  const close = useIoUi((s) => s.close);
  if (!dialog) return null;
  // Keyed by kind so moving from one dialog to the next remounts it (fresh focus handling).
  switch (dialog.kind) {
    case 'import':
      return (
        <ImportDialog
          key="import"
          title={say(dialog.title)}
          files={dialog.files}
          skipped={dialog.skipped}
          onClose={close}
        />
      );
    case 'inventory':
      return <InventoryDialog key="inventory" onClose={close} />;
    case 'templates':
      return <TemplatesDialog key="templates" onClose={close} />;
    case 'name':
      return <NameDialog key="name" mode={dialog.mode} id={dialog.id} initial={dialog.initial} onClose={close} />;
    case 'delete':
      return <DeleteDialog key="delete" id={dialog.id} name={dialog.name} onClose={close} />;
    case 'copy-fallback':
      return (
        <CopyFallbackDialog
          key="copy"
          title={say(dialog.title)}
          text={dialog.text}
          reason={say(dialog.reason)}
          onClose={close}
        />
      );
  }
}

function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  const say = useText();
  const { t } = useTranslation('ui-io');
  return (
    <div className="notices" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice--${n.tone}`}
          role={n.tone === 'error' ? 'alert' : 'status'}
          data-testid={`notice-${n.tone}`}
        >
          <span className="notice__icon" aria-hidden="true">
            {n.tone === 'error' ? '!' : n.tone === 'success' ? '✓' : 'i'}
          </span>
          <div className="notice__body">
            <span className="notice__text">
              <MessageText text={say(n.message)} />
            </span>
            {n.actions?.length ? (
              <div className="notice__actions">
                {n.actions.map((a) => (
                  <button
                    key={a.id}
                    type="button"
                    className="btn"
                    data-testid={`notice-action-${a.id}`}
                    onClick={a.run}
                  >
                    {say(a.label)}
                  </button>
                ))}
              </div>
            ) : null}
          </div>
          <button
            type="button"
            className="icon-button notice__close"
            aria-label={t('notice.dismiss')}
            onClick={() => dismiss(n.id)}
          >
            <svg width="12" height="12" viewBox="0 0 14 14" aria-hidden="true">
              <path d="M2 2l10 10M12 2 2 12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      ))}
    </div>
  );
}

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/** Files or folders dropped anywhere on the window go to the import dialog. */
function DropTarget() {
  const { t } = useTranslation('ui-io');
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without this the browser would open the file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = useIoUi.getState().dialog ? 'none' : 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer || !hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      if (useIoUi.getState().dialog) return; // finish the open dialog first
      const collect = takeDropped(e.dataTransfer);
      void collect()
        .then(readFiles)
        .then(({ files, skipped }) =>
          openDialog({ kind: 'import', files, skipped, title: message('ui-io:import.titleDropped') }),
        );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__card">
        <svg width="36" height="36" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M12 3v12m0 0-5-5m5 5 5-5M4 17v3h16v-3"
            stroke="currentColor"
            strokeWidth="1.8"
            fill="none"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <strong>{t('drop.title')}</strong>
        <span>{t('drop.detail')}</span>
      </div>
    </div>
  );
}

export function IoLayer() {
  return (
    <>
      <input
        ref={registerOpenInput}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="open-files-input"
        onChange={async (e) => {
          const input = e.currentTarget;
          if (!input.files || input.files.length === 0) return;
          const { files, skipped } = await readFiles(fromFileList(input.files));
          input.value = ''; // choosing the same file again must fire change again
          openDialog({
            kind: 'import',
            files,
            skipped,
            title:
              files.length === 1
                ? message('ui-io:import.titleOne', { name: named(files[0].name) })
                : message('ui-io:import.titleMany', { count: files.length }),
          });
        }}
      />
      <Suspense fallback={null}>
        <ActiveDialog />
      </Suspense>
      <Notices />
      <DropTarget />
    </>
  );
}
