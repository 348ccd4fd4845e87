import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingRun } from '../../src-shared/training/run';
import { RUN_WEIGHTS_MAX_BYTES, forgetWeights } from '../../src-shared/training/run-weights';
import { runsStore } from '../store/runs-store';
import { formatBytes } from './format-size';
import { useWeightsNote } from './weights-notes';
import './runs.css';

/**
 * Whether a finished run keeps its trained weights in the project, how large they are, and
 * "Forget weights" (curves and metrics stay) to slim a big project.
 */
export function RunWeightsInfo({ run }: { run: TrainingRun }) {
  const { t, i18n } = useTranslation();
  const note = useWeightsNote(run.id);
  const [confirming, setConfirming] = useState(false);
  // Running runs have no model yet; failed ones never got one.
  if (run.status === 'running' || run.status === 'failed') return null;
  const size = (bytes: number) => formatBytes(bytes, i18n.language);

  if (run.weights === undefined) {
    const text =
      note?.kind === 'tooLarge'
        ? t('runs.weights.tooLarge', { size: size(note.bytes), limit: size(RUN_WEIGHTS_MAX_BYTES) })
        : note?.kind === 'failed'
          ? t('runs.weights.failed')
          : t('runs.weights.none');
    return (
      <div className="run-weights run-weights--none" data-testid="run-weights" data-state="none">
        <span title={t('runs.weights.noneHelp')}>{text}</span>
      </div>
    );
  }

  return (
    <div
      className="run-weights"
      data-testid="run-weights"
      data-state="kept"
      data-bytes={run.weights.bytes}
    >
      <span title={t('runs.weights.keptHelp')}>
        {t('runs.weights.kept', { size: size(run.weights.bytes) })}
      </span>
      {confirming ? (
        <span
          className="run-confirm"
          role="group"
          aria-label={t('runs.weights.forgetLabel', { name: run.name })}
        >
          <span>{t('runs.weights.confirmForget', { name: run.name })}</span>
          <button
            type="button"
            data-testid="run-forget-weights-confirm"
            onClick={() => {
              runsStore.getState().update(run.id, forgetWeights);
              setConfirming(false);
            }}
          >
            {t('runs.weights.confirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('runs.weights.cancel')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          data-testid="run-forget-weights"
          aria-label={t('runs.weights.forgetLabel', { name: run.name })}
          onClick={() => setConfirming(true)}
        >
          {t('runs.weights.forget')}
        </button>
      )}
    </div>
  );
}
