import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { interpretCurves } from '../../src-shared/training/interpret';
import type { TrainingRun } from '../../src-shared/training/run';
import { RunError } from './RunError';
import { HelpTip } from './HelpTip';

/** The end of a run: test accuracy and loss, a plain-language reading of its curves, or its error. */
export function RunResult({ run }: { run: TrainingRun }) {
  const { t, i18n } = useTranslation();
  const readings = useMemo(
    () =>
      interpretCurves({
        history: run.history,
        status: run.status,
        plannedEpochs: run.hyperparameters.epochs,
        evaluation: run.evaluation,
      }),
    [run.history, run.status, run.hyperparameters.epochs, run.evaluation],
  );
  if (run.status === 'running') return null;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const loss = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4 });
  const evaluation = run.evaluation;

  return (
    <section className="run-result" data-testid="run-result" data-run-id={run.id}>
      {run.error && <RunError error={run.error} />}
      {evaluation ? (
        <div className="run-result-metrics">
          <h3>{t('training.result.title')}</h3>
          <dl>
            <div>
              <dt>
                {t('training.result.testAccuracy')}{' '}
                <HelpTip subject={t('training.result.testAccuracy')} topic="metric.testAccuracy" />
              </dt>
              <dd className="run-result-big" data-testid="test-accuracy" data-value={evaluation.testAccuracy}>
                {percent.format(evaluation.testAccuracy)}
              </dd>
            </div>
            <div>
              <dt>
                {t('training.result.testLoss')}{' '}
                <HelpTip subject={t('training.result.testLoss')} topic="metric.testLoss" />
              </dt>
              <dd data-testid="test-loss" data-value={evaluation.testLoss}>
                {loss.format(evaluation.testLoss)}
              </dd>
            </div>
          </dl>
        </div>
      ) : (
        <p className="run-result-none">{t('training.result.none')}</p>
      )}
      <h3>{t('training.result.readingTitle')}</h3>
      <ul className="curve-reading" data-testid="curve-reading">
        {readings.map((r) => (
          <li key={r.id} className={`curve-reading-item curve-reading-item--${r.tone}`} data-reading={r.id} data-tone={r.tone}>
            {t(
              r.key,
              Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, number.format(v)])),
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
