import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../src-shared/training/duration';
import type { TrainingRun } from '../../src-shared/training/run';
import { runsStore } from '../store/runs-store';
import { exportUiStore } from '../export/export-store';
import { RunWeightsInfo } from '../runs/RunWeightsInfo';

interface RunListItemProps {
  run: TrainingRun;
  focused: boolean;
  overlaid: boolean;
}

/** One run in the history: status, name, key facts, and show / compare / rename / delete. */
export function RunListItem({ run, focused, overlaid }: RunListItemProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const running = run.status === 'running';
  const actions = runsStore.getState();

  const saveName = (): void => {
    if (editing !== null && actions.rename(run.id, editing)) setEditing(null);
  };

  return (
    <li
      className={`run-item${focused ? ' run-item--focused' : ''}`}
      data-testid="run-item"
      data-run-id={run.id}
      data-status={run.status}
      aria-current={focused ? 'true' : undefined}
    >
      <div className="run-item-head">
        <span className={`run-status run-status--${run.status}`} data-testid="run-status">
          {t(`training.runs.status.${run.status}`)}
        </span>
        {editing === null ? (
          <span className="run-name" data-testid="run-name">
            {run.name}
            {run.origin === 'imported' && (
              <span className="run-origin" data-testid="run-origin">
                {' · '}
                {t('export.import.badge')}
              </span>
            )}
          </span>
        ) : (
          <form
            className="run-rename-form"
            onSubmit={(event) => {
              event.preventDefault();
              saveName();
            }}
          >
            <input
              aria-label={t('training.runs.renameLabel')}
              data-testid="run-rename-input"
              value={editing}
              maxLength={80}
              autoFocus
              onChange={(event) => setEditing(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setEditing(null);
              }}
            />
            <button type="submit" data-testid="run-rename-save">
              {t('training.runs.save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('training.runs.cancel')}
            </button>
          </form>
        )}
      </div>
      <div className="run-item-facts">
        {t('training.runs.summary', {
          epochs: run.history.length,
          optimizer: t(`training.hp.optimizers.${run.hyperparameters.optimizer}`),
          duration: formatDuration(run.durationMs),
          backend: run.backend ?? '—',
        })}
        {run.evaluation && (
          <span className="run-item-accuracy" data-testid="run-accuracy" data-value={run.evaluation.testAccuracy}>
            {' · '}
            {t('training.runs.accuracy', { value: percent.format(run.evaluation.testAccuracy * 100) })}
          </span>
        )}
      </div>
      <RunWeightsInfo run={run} />
      <div className="run-item-actions">
        <button type="button" data-testid="run-show" aria-pressed={focused} onClick={() => actions.focus(run.id)}>
          {t('training.runs.show')}
        </button>
        <label className="run-compare" title={t('training.runs.compareHelp')}>
          <input
            type="checkbox"
            data-testid="run-compare"
            checked={overlaid}
            disabled={focused}
            onChange={() => actions.toggleOverlay(run.id)}
          />
          {t('training.runs.compare')}
        </label>
        <button
          type="button"
          data-testid="run-export"
          disabled={run.status !== 'completed' && run.status !== 'stopped'}
          title={t('export.fromRunHistory')}
          aria-label={`${t('export.fromRunHistory')}: ${run.name}`}
          onClick={() => exportUiStore.getState().openDialog(run.id)}
        >
          {t('export.runButton')}
        </button>
        <button type="button" data-testid="run-rename" onClick={() => setEditing(run.name)}>
          {t('training.runs.rename')}
        </button>
        {confirming ? (
          <span className="run-confirm" role="group">
            <span>{t('training.runs.confirmDelete', { name: run.name })}</span>
            <button type="button" data-testid="run-delete-confirm" onClick={() => actions.remove(run.id)}>
              {t('training.runs.delete')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('training.runs.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" data-testid="run-delete" disabled={running} onClick={() => setConfirming(true)}>
            {t('training.runs.delete')}
          </button>
        )}
      </div>
    </li>
  );
}
