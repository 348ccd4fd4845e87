import { useTranslation } from 'react-i18next';
import { nextRunNumber } from '../../src-shared/training/run';
import { useEngineConnection } from '../lib/useEngineConnection';
import { graphInsight } from '../store/derived';
import { editorStore, useEditor } from '../store/editor-store';
import { runsStore } from '../store/runs-store';
import { useTraining } from '../store/training-store';
import { useTrainingController } from './useTrainingController';

/** Train and Stop, with the reason Train is unavailable and the read-only notice while training. */
export function TrainControls() {
  const { t } = useTranslation();
  const controller = useTrainingController();
  const status = useTraining((s) => s.status);
  const connection = useEngineConnection().state;
  const problems = useEditor((s) => graphInsight(s.doc).problems.length);
  const connected = connection === 'connected';
  const canStart = status === 'idle' && problems === 0 && connected;

  const start = (): void => {
    const doc = editorStore.getState().doc;
    const name = t('training.runs.defaultName', { n: nextRunNumber(runsStore.getState().runs) });
    void controller.start(doc, name);
  };

  let notice: string | null = null;
  if (status !== 'idle') notice = t('training.controls.readOnly');
  else if (problems > 0) notice = t('training.controls.invalidGraph');
  else if (!connected) notice = t('training.controls.disconnected');

  return (
    <div className="train-controls">
      <div className="train-buttons">
        <button type="button" className="train-start" data-testid="train-start" disabled={!canStart} onClick={start}>
          {t('training.controls.start')}
        </button>
        <button
          type="button"
          className="train-stop"
          data-testid="train-stop"
          disabled={status !== 'running'}
          onClick={() => controller.stop()}
        >
          {status === 'stopping' ? t('training.controls.stopping') : t('training.controls.stop')}
        </button>
      </div>
      {notice !== null && (
        <p className={`train-notice${status !== 'idle' ? ' train-notice--locked' : ''}`} role="status" data-testid="train-notice">
          {notice}
        </p>
      )}
    </div>
  );
}
