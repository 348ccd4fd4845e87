import { useTranslation } from 'react-i18next';
import { useEngineConnection } from '../lib/useEngineConnection';
import { DatasetStatus } from './DatasetStatus';

/** Bottom bar: which tfjs backend the engine uses, on how many threads, and whether it is connected. */
export function StatusBar() {
  const { t } = useTranslation();
  const { state, info } = useEngineConnection();
  const backend = info?.backend ?? null;
  const threads = state === 'connected' ? (info?.trainingThreads ?? null) : null;
  return (
    <footer className="status-bar">
      <span
        className="backend-status"
        data-testid="backend-status"
        data-state={state}
        data-backend={backend ?? ''}
        data-engine-pid={info?.pid ?? ''}
        title={t('app.status.backendHelp')}
        aria-live="polite"
      >
        <span className={`status-dot status-dot--${state}`} aria-hidden="true" />
        <span className="status-label">{t('app.status.label')}:</span>{' '}
        <span className="status-state">{t(`app.status.${state}`)}</span>
        <span className="status-separator" aria-hidden="true">
          ·
        </span>
        <span className="status-backend">
          {backend ? t('app.status.backend', { backend }) : t('app.status.backendUnknown')}
        </span>
      </span>
      {threads !== null && (
        <span
          className="training-threads"
          data-testid="training-threads"
          data-threads={threads}
          title={t('app.status.threadsHelp')}
        >
          {t('app.status.threads', { count: threads })}
        </span>
      )}
      <DatasetStatus />
    </footer>
  );
}
