import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject } from './project-store';

/** "Save your changes first?" while a New or Open waits for the answer. */
export function ConfirmUnsavedDialog() {
  const { t } = useTranslation();
  const confirm = useProject((s) => s.confirm);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirm) first.current?.focus();
  }, [confirm]);
  if (confirm === null) return null;
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="unsaved-title"
        aria-describedby="unsaved-text"
        data-testid="unsaved-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') confirm('cancel');
        }}
      >
        <h2 id="unsaved-title">{t('editor.unsaved.title')}</h2>
        <p id="unsaved-text">{t('editor.unsaved.text')}</p>
        <div className="modal-actions">
          <button
            ref={first}
            type="button"
            className="primary"
            data-testid="unsaved-save"
            onClick={() => confirm('save')}
          >
            {t('editor.unsaved.save')}
          </button>
          <button type="button" data-testid="unsaved-discard" onClick={() => confirm('discard')}>
            {t('editor.unsaved.discard')}
          </button>
          <button type="button" data-testid="unsaved-cancel" onClick={() => confirm('cancel')}>
            {t('editor.unsaved.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
