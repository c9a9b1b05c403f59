/**
 * The graph's small forms (name prompt, "allow traffic") on the shared modal
 * Dialog: completable by keyboard alone — the first field has the focus,
 * Enter submits (a real <form>), Esc cancels (Dialog), Tab stays inside.
 */
import { useTranslation } from 'react-i18next';
import { useId, type FormEvent, type ReactNode } from 'react';
import { Dialog } from './Dialog.tsx';
import type { Text } from '../../state/message.ts';
import { textOf } from '../i18n/use-text.ts';

interface Props {
  title: string;
  /** One line under the title saying what will happen. */
  hint?: ReactNode;
  submitLabel: string;
  /** The submit button in the danger colour: the form denies something. */
  danger?: boolean;
  /** Shown under the fields; submitting is refused while set. */
  error?: Text;
  /** Submit is disabled without a message (a required field still empty). */
  incomplete?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
  testId?: string;
}

export function FormDialog({
  title,
  hint,
  submitLabel,
  danger = false,
  error,
  incomplete,
  onSubmit,
  onCancel,
  children,
  testId,
}: Props) {
  const { t } = useTranslation('ui-dialogs');
  const formId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!error && !incomplete) onSubmit();
  };
  return (
    <Dialog
      title={title}
      subtitle={hint}
      size="small"
      onClose={onCancel}
      testId={testId}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className={danger ? 'btn btn--danger' : 'btn btn--primary'}
            disabled={Boolean(error) || incomplete}
            data-testid="dialog-submit"
          >
            {submitLabel}
          </button>
        </>
      }
    >
      {/* Keys typed here are for the form: the canvas shortcuts (Delete, Ctrl+Z) must not see them. */}
      <form
        id={formId}
        className="nokey graph-form"
        onSubmit={submit}
        onKeyDown={(e) => e.key !== 'Escape' && e.stopPropagation()}
      >
        {children}
        {error && (
          <p className="field__error" role="alert" data-testid="dialog-error">
            {textOf(t, error)}
          </p>
        )}
      </form>
    </Dialog>
  );
}

/** A labelled field. */
export function Field({ label, children, note }: { label: string; children: ReactNode; note?: string }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      {children}
      {note && <span className="field__help">{note}</span>}
    </label>
  );
}
