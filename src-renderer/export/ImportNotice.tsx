import { useTranslation } from 'react-i18next';
import { AppErrorText } from './AppErrorText';
import { exportUiStore, useExportUi } from './export-store';

/** What "Open model…" did: opening, done with how many layers, or why it could not. */
export function ImportNotice() {
  const { t } = useTranslation();
  const notice = useExportUi((s) => s.importNotice);
  if (notice === null) return null;
  const dismiss = () => exportUiStore.getState().setImportNotice(null);
  return (
    <div
      className={`import-notice import-notice--${notice.kind}`}
      data-testid="import-notice"
      data-state={notice.kind}
      {...(notice.kind === 'error' ? { 'data-code': notice.error.code, role: 'alert' } : { role: 'status' })}
    >
      <div className="import-notice-text">
        {notice.kind === 'busy' && <p>{t('export.import.importing')}</p>}
        {notice.kind === 'done' && (
          <p>{t('export.import.done', { count: notice.summary.layers, file: notice.summary.file })}</p>
        )}
        {notice.kind === 'error' && (
          <>
            <strong>{t('export.import.errorTitle')}</strong>
            <AppErrorText error={notice.error} />
          </>
        )}
      </div>
      {notice.kind !== 'busy' && (
        <button type="button" data-testid="import-notice-dismiss" onClick={dismiss}>
          {t('export.import.dismiss')}
        </button>
      )}
    </div>
  );
}
