import { useTranslation } from 'react-i18next';
import { projectStore, useProject } from './project-store';
import { discardRecovery, recoverProject, type ProjectContext } from './project-actions';

/** Offers unsaved work found at start, and shows why an open or save failed. */
export function ProjectNotices({ ctx }: { ctx: ProjectContext }) {
  const { t, i18n } = useTranslation();
  const recovery = useProject((s) => s.recovery);
  const error = useProject((s) => s.error);
  const autosaveNotice = useProject((s) => s.autosaveNotice);
  return (
    <>
      {recovery !== null && (
        <div
          className="project-notice project-notice--info"
          role="status"
          data-testid="recovery-banner"
        >
          <span>
            {t('editor.recovery.found', {
              time: new Date(recovery.at).toLocaleString(i18n.language),
            })}
            {recovery.weightsSkipped === true && <> {t('runs.recovery.weightsSkipped')}</>}
          </span>
          <button type="button" data-testid="recovery-restore" onClick={() => recoverProject(ctx)}>
            {t('editor.recovery.restore')}
          </button>
          <button type="button" data-testid="recovery-discard" onClick={() => discardRecovery(ctx)}>
            {t('editor.recovery.discard')}
          </button>
        </div>
      )}
      {autosaveNotice !== null && (
        <div
          className="project-notice project-notice--info"
          role="status"
          data-testid="autosave-notice"
          data-kind={autosaveNotice}
        >
          <span>{t(`runs.autosave.${autosaveNotice}`)}</span>
          <button
            type="button"
            data-testid="autosave-notice-dismiss"
            onClick={() => projectStore.setState({ autosaveNotice: null })}
          >
            {t('runs.autosave.dismiss')}
          </button>
        </div>
      )}
      {error !== null && (
        <div
          className="project-notice project-notice--error"
          role="alert"
          data-testid="project-error"
          data-code={error.code}
        >
          <span>
            {t(`errors.${error.code}`, { ...error.params, defaultValue: error.message })}{' '}
            {i18n.exists(`hints.${error.code}`) && (
              <span className="problem-hint">{t(`hints.${error.code}`, error.params ?? {})}</span>
            )}
          </span>
          <button
            type="button"
            data-testid="project-error-dismiss"
            onClick={() => projectStore.setState({ error: null })}
          >
            {t('editor.project.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
