import { useTranslation } from 'react-i18next';
import type { TrainingRun } from '../../src-shared/training/run';
import { inspectStore } from '../store/inspect-store';
import { useFormat } from './useFormat';

/** Which trained run the inspect views show. */
export function RunPicker({
  runs,
  current,
}: {
  runs: readonly TrainingRun[];
  current: TrainingRun;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <label className="inspect-field run-picker">
      <span>{t('inspect.run.label')}</span>
      <select
        data-testid="inspect-run-select"
        value={current.id}
        onChange={(event) => inspectStore.getState().selectRun(event.target.value)}
      >
        {[...runs].reverse().map((run) => (
          <option key={run.id} value={run.id}>
            {t('inspect.run.option', {
              name: run.name,
              accuracy: format.percent(run.evaluation?.testAccuracy ?? 0),
            })}
          </option>
        ))}
      </select>
    </label>
  );
}
