import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../src-shared/training/duration';
import { useRuns } from '../store/runs-store';
import { useTraining } from '../store/training-store';

/** Epoch x of y, batch, speed, elapsed and remaining time of the live run. */
export function TrainingProgress() {
  const { t, i18n } = useTranslation();
  const status = useTraining((s) => s.status);
  const phase = useTraining((s) => s.phase);
  const progress = useTraining((s) => s.progress);
  const lastStatus = useRuns((s) => s.runs[s.runs.length - 1]?.status ?? null);
  const epochs = progress?.epochs ?? 0;
  const epoch = progress?.epoch ?? 0;
  const batch = progress?.batch ?? 0;
  const batches = progress?.batchesPerEpoch ?? 0;
  // Overall fraction: finished epochs plus the share of the current one.
  const doneEpochs = Math.max(0, epoch - 1) + (batches > 0 ? batch / batches : 0);
  const fraction = epochs > 0 ? Math.min(1, doneEpochs / epochs) : 0;
  const running = status !== 'idle';
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });

  return (
    <div
      className="train-progress"
      data-testid="train-progress"
      data-epoch={epoch}
      data-epochs={epochs}
      data-batch={batch}
      data-status={status}
    >
      <div
        className="train-progress-bar"
        role="progressbar"
        aria-label={t('training.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
      >
        <div className="train-progress-fill" style={{ width: `${fraction * 100}%` }} />
      </div>
      {running && progress ? (
        <div className="train-progress-text">
          <strong>{t('training.progress.epoch', { epoch, epochs })}</strong>
          {batches > 0 && <span>{t('training.progress.batch', { batch, batches })}</span>}
          {/* Only the phase is announced: batch numbers change too often to be read aloud. */}
          <span aria-live="polite">{phase ? t(`training.phase.${phase}`) : null}</span>
          {progress.samplesPerSecond > 0 && (
            <span>{t('training.progress.speed', { value: number.format(progress.samplesPerSecond) })}</span>
          )}
          <span>{t('training.progress.elapsed', { time: formatDuration(progress.elapsedMs) })}</span>
          <span>{t('training.progress.remaining', { time: formatDuration(progress.etaMs > 0 ? progress.etaMs : null) })}</span>
        </div>
      ) : (
        <div className="train-progress-text">
          {lastStatus === null || progress === null ? (
            t('training.progress.idle')
          ) : (
            <>
              <strong>{t(`training.runs.status.${lastStatus}`)}</strong>
              <span>{t('training.progress.epoch', { epoch, epochs })}</span>
              <span>{t('training.progress.elapsed', { time: formatDuration(progress.elapsedMs) })}</span>
            </>
          )}
        </div>
      )}
    </div>
  );
}
