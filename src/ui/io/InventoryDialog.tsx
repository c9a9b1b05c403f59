/**
 * "Cluster inventory": how to bring a real cluster's workloads, namespace
 * labels and policies in, without the app ever talking to the cluster. The
 * user runs one kubectl command and pastes the output (or picks the file);
 * the import then strips cluster noise (status, managedFields…).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { message } from '../../state/message.ts';
import { Dialog } from '../dialogs/Dialog.tsx';
import { copyText } from './clipboard.ts';
import { openDialog } from './io-ui.ts';
import { ACCEPT, fromFileList, readFiles } from './read-files.ts';

export const INVENTORY_COMMAND = 'kubectl get ns,deploy,rs,sts,ds,pods,netpol -A -o yaml';

export function InventoryDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('ui-io');
  const [text, setText] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  const next = (files: { name: string; text: string }[], skipped: string[] = []) =>
    openDialog({ kind: 'import', files, skipped, title: message('ui-io:inventory.importTitle') });

  return (
    <Dialog
      title={t('inventory.title')}
      subtitle={t('inventory.subtitle')}
      onClose={onClose}
      size="large"
      testId="inventory-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('import.cancel')}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={text.trim() === ''}
            onClick={() => next([{ name: 'cluster-inventory.yaml', text }])}
            data-testid="inventory-continue"
          >
            {t('inventory.continue')}
          </button>
        </>
      }
    >
      <ol className="steps">
        <li>
          {t('inventory.run')}
          <div className="command">
            <code data-testid="inventory-command">{INVENTORY_COMMAND} &gt; cluster.yaml</code>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => void copyText(INVENTORY_COMMAND, 'command')}
            >
              {t('inventory.copy')}
            </button>
          </div>
        </li>
        <li>
          {t('inventory.pasteBefore')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => fileRef.current?.click()}
            data-testid="inventory-file-button"
          >
            {t('inventory.chooseFile')}
          </button>
          {t('inventory.pasteAfter')}
          <input
            ref={fileRef}
            type="file"
            accept={ACCEPT}
            hidden
            data-testid="inventory-file"
            onChange={async (e) => {
              const input = e.currentTarget; // React clears currentTarget after the await
              if (!input.files || input.files.length === 0) return;
              const { files, skipped } = await readFiles(fromFileList(input.files));
              input.value = '';
              next(files, skipped);
            }}
          />
        </li>
      </ol>
      <label className="field">
        <span className="field__label">{t('inventory.outputLabel')}</span>
        <textarea
          className="textarea"
          spellCheck={false}
          rows={10}
          value={text}
          placeholder={'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  …'}
          onChange={(e) => setText(e.target.value)}
          data-testid="inventory-text"
          data-autofocus
        />
      </label>
      <p className="dialog__note">{t('inventory.note')}</p>
    </Dialog>
  );
}
