import { useTranslation } from 'react-i18next';
import { projectStore } from '../project/project-store';
import { bindWindowRuns } from '../store/runs-project-sync';
import { runsStore, selectFocusedRun, useRuns } from '../store/runs-store';
import { HyperparameterPanel } from './HyperparameterPanel';
import { LiveChart } from './LiveChart';
import { RunHistory } from './RunHistory';
import { RunResult } from './RunResult';
import { TrainControls } from './TrainControls';
import { TrainingProgress } from './TrainingProgress';
import { PanelToggle } from '../app/PanelToggle';
import './training.css';

// Runs belong to the project (saved, opened, recovered with it) for the window's whole life,
// not only while this panel is on screen.
bindWindowRuns(runsStore, projectStore);

/** The training dashboard: hyperparameters, Train/Stop, progress, live charts, result, run history. */
export function TrainingPanel() {
  const { t } = useTranslation();
  const focused = useRuns(selectFocusedRun);
  return (
    <section id="training-panel" className="training-panel" data-testid="training-panel" aria-labelledby="training-panel-title">
      <PanelToggle panel="training" controls="training-panel" />
      <h2 id="training-panel-title" className="training-panel-title">
        {t('training.title')}
      </h2>
      <HyperparameterPanel />
      <TrainControls />
      <TrainingProgress />
      <div className="live-charts">
        <LiveChart metric="loss" />
        <LiveChart metric="accuracy" />
      </div>
      {focused && <RunResult run={focused} />}
      <RunHistory />
    </section>
  );
}
