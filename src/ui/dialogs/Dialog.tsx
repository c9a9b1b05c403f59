/**
 * Modal dialog on the native <dialog> (top layer, inert background, ::backdrop),
 * plus what the platform does not guarantee everywhere: Tab wraps inside the
 * dialog, Escape goes through our onClose (so React state stays the truth),
 * and focus returns to whatever had it before the dialog opened.
 */
import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { MessageText } from '../text/Name.tsx';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  /** One line under the title saying what the dialog is for. */
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'large';
  testId?: string;
  /** Escape and the close button are ignored while true (e.g. an import is being applied). */
  busy?: boolean;
}

export function Dialog({
  title,
  subtitle,
  onClose,
  children,
  footer,
  size = 'medium',
  testId,
  busy = false,
}: DialogProps) {
  const { t } = useTranslation('ui-dialogs');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  const busyRef = useRef(busy);
  useEffect(() => {
    closeRef.current = onClose;
    busyRef.current = busy;
  });

  useEffect(() => {
    const dialog = ref.current!;
    const previous = document.activeElement as HTMLElement | null;
    dialog.showModal();
    // Focus the first field or the marked element, not the close button in the corner.
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector('.dialog__body')?.querySelector<HTMLElement>(FOCUSABLE) ??
      dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may have gone (e.g. a menu item); fall back to the body rather than lose focus.
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (!busyRef.current) closeRef.current();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = [...ref.current!.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    );
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={onKeyDown}
      // The native cancel (Escape while focus is outside our key handler, e.g. on a control
      // that just unmounted) would close the element behind React's back: route it to onClose.
      onCancel={(e) => {
        e.preventDefault();
        if (!busyRef.current) closeRef.current();
      }}
      onMouseDown={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === ref.current && !busyRef.current) {
          const r = ref.current.getBoundingClientRect();
          const outside = e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom;
          if (outside) closeRef.current();
        }
      }}
    >
      <div className="dialog__header">
        <div>
          <h2 id={titleId} className="dialog__title">
            <MessageText text={title} />
          </h2>
          {subtitle && <p className="dialog__subtitle">{subtitle}</p>}
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('close')}
          onClick={() => !busy && onClose()}
          disabled={busy}
        >
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <path d="M2 2l10 10M12 2 2 12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <div className="dialog__body">{children}</div>
      {footer && <div className="dialog__footer">{footer}</div>}
    </dialog>
  );
}
