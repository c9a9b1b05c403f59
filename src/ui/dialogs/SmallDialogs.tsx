/** The small workspace dialogs: name a workspace, confirm a delete, copy by hand when the clipboard refuses. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createWorkspace, deleteWorkspace, renameWorkspace } from '../../state/workspaces.ts';
import { notify } from '../../state/notices.ts';
import { Dialog } from './Dialog.tsx';
import { named } from '../../state/named.ts';
import { MessageText } from '../text/Name.tsx';

export function NameDialog({
  mode,
  id,
  initial,
  onClose,
}: {
  mode: 'new' | 'rename';
  id?: string;
  initial: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('ui-dialogs');
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.select(), []);
  const submit = async () => {
    const message = mode === 'new' ? await createWorkspace(name) : await renameWorkspace(id!, name);
    if (message) setError(message);
    else {
      notify('success', t(mode === 'new' ? 'workspace.created' : 'workspace.renamed', { name: named(name.trim()) }));
      onClose();
    }
  };
  return (
    <Dialog
      title={mode === 'new' ? t('workspace.newTitle') : t('workspace.renameTitle')}
      size="small"
      onClose={onClose}
      testId="name-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" form="name-form" className="btn btn--primary" data-testid="name-submit">
            {mode === 'new' ? t('workspace.create') : t('workspace.rename')}
          </button>
        </>
      }
    >
      <form
        id="name-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span className="field__label">{t('workspace.name')}</span>
          <input
            ref={inputRef}
            className="input"
            value={name}
            maxLength={100}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'name-error' : undefined}
            data-testid="name-input"
            data-autofocus
          />
        </label>
        {error && (
          <p id="name-error" className="field__error" role="alert">
            <MessageText text={error} />
          </p>
        )}
        {mode === 'new' && <p className="dialog__note">{t('workspace.newNote')}</p>}
      </form>
    </Dialog>
  );
}

export function DeleteDialog({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const { t } = useTranslation('ui-dialogs');
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      title={t('workspace.deleteTitle', { name: named(name) })}
      size="small"
      onClose={onClose}
      testId="delete-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-autofocus>
            {t('workspace.keep')}
          </button>
          <button
            type="button"
            className="btn btn--danger"
            data-testid="delete-confirm"
            onClick={async () => {
              const message = await deleteWorkspace(id);
              if (message) setError(message);
              else {
                notify('success', t('workspace.deleted', { name: named(name) }));
                onClose();
              }
            }}
          >
            {t('workspace.deleteConfirm')}
          </button>
        </>
      }
    >
      <p>{t('workspace.deleteNote')}</p>
      {error && (
        <p className="field__error" role="alert">
          <MessageText text={error} />
        </p>
      )}
    </Dialog>
  );
}

export function CopyFallbackDialog({
  title,
  text,
  reason,
  onClose,
}: {
  title: string;
  text: string;
  reason: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('ui-dialogs');
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.select(), []);
  return (
    <Dialog
      title={title}
      size="medium"
      onClose={onClose}
      testId="copy-fallback"
      footer={
        <button type="button" className="btn btn--primary" onClick={onClose}>
          {t('done')}
        </button>
      }
    >
      <p className="dialog__error" role="alert">
        {t('copyFallback', { reason })}
      </p>
      <textarea
        ref={ref}
        className="textarea"
        readOnly
        rows={8}
        value={text}
        spellCheck={false}
        data-testid="copy-fallback-text"
        data-autofocus
        onFocus={(e) => e.currentTarget.select()}
      />
    </Dialog>
  );
}
