import { useTranslation } from 'react-i18next';
import { curvesToCsv, safeFileStem } from '../../src-shared/training/csv';
import { runsStore, selectFocusedRun, useRuns } from '../store/runs-store';
import { downloadText } from './download';
import { RunListItem } from './RunListItem';
import { RunsWeightsTotal } from '../runs/RunsWeightsTotal';

/** Every run of the project, newest first: pick one to show, others to compare; export their curves. */
export function RunHistory() {
  const { t } = useTranslation();
  const runs = useRuns((s) => s.runs);
  const focused = useRuns(selectFocusedRun);
  const overlayIds = useRuns((s) => s.overlayIds);

  const exportCsv = (): void => {
    const state = runsStore.getState();
    const shown = state.runs.filter((r) => r.id === focused?.id || state.overlayIds.includes(r.id));
    if (shown.length === 0) return;
    const stem = shown.length === 1 ? safeFileStem(shown[0]?.name ?? 'run') : 'camadas-runs';
    downloadText(`${stem}-curves.csv`, curvesToCsv(shown));
  };

  return (
    <section className="run-history" data-testid="run-history" aria-labelledby="run-history-title">
      <div className="run-history-head">
        <h3 id="run-history-title">{t('training.runs.title')}</h3>
        <button type="button" data-testid="runs-export-csv" disabled={runs.length === 0} onClick={exportCsv}>
          {t('training.runs.exportCsv')}
        </button>
      </div>
      <RunsWeightsTotal runs={runs} />
      {runs.length === 0 ? (
        <p className="run-history-empty">{t('training.runs.empty')}</p>
      ) : (
        <ol className="run-list" data-testid="run-list" reversed>
          {[...runs].reverse().map((run) => (
            <RunListItem key={run.id} run={run} focused={run.id === focused?.id} overlaid={overlayIds.includes(run.id)} />
          ))}
        </ol>
      )}
    </section>
  );
}
