import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  open: boolean;
  onClose(): void;
  title: string;
  testId: string;
  wide?: boolean;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus, Escape closes it, and focus
 * returns to where it was. Closed, nothing of it is rendered.
 */
export function Dialog({ open, onClose, title, testId, wide = false, children }: DialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      previous?.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`app-dialog${wide ? ' app-dialog--wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // Keys pressed in a dialog are the dialog's: the editor's shortcuts must not act behind
        // it. Escape keeps its default action, which makes the browser fire `cancel`.
        event.stopPropagation();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="app-dialog-head">
        <h2 id={titleId} className="app-dialog-title">
          {title}
        </h2>
        {/* First in the dialog, so opening it focuses Close without scrolling the content away. */}
        <button type="button" className="app-button" data-testid={`${testId}-close`} onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
      <div className="app-dialog-body">{children}</div>
    </dialog>
  );
}
