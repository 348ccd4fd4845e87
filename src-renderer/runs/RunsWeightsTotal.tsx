import { useTranslation } from 'react-i18next';
import type { TrainingRun } from '../../src-shared/training/run';
import { keptWeightsBytes } from '../../src-shared/training/run-weights';
import { formatBytes } from './format-size';
import './runs.css';

/** How much the kept weights add to the project file, when any are kept. */
export function RunsWeightsTotal({ runs }: { runs: readonly TrainingRun[] }) {
  const { t, i18n } = useTranslation();
  const bytes = keptWeightsBytes(runs);
  if (bytes === 0) return null;
  return (
    <p className="runs-weights-total" data-testid="runs-weights-total" data-bytes={bytes}>
      {t('runs.weights.total', { size: formatBytes(bytes, i18n.language) })}
    </p>
  );
}
