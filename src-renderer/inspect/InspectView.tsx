import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TabList } from '../app/TabList';
import { DatasetExplorer } from '../data/DatasetExplorer';
import { useRuns } from '../store/runs-store';
import { inspectStore, useInspect, type InspectSection } from '../store/inspect-store';
import { ConfusedPairs } from './ConfusedPairs';
import { ConfusionMatrix } from './ConfusionMatrix';
import { Gallery } from './Gallery';
import { LayerView } from './LayerView';
import { PerClassTable } from './PerClassTable';
import { RunPicker } from './RunPicker';
import { TryImage } from './TryImage';
import { chooseRun, inspectableRuns } from './run-choice';
import './inspect.css';

const SECTIONS: InspectSection[] = ['predictions', 'gallery', 'layers', 'tryImage', 'dataset'];

/** The Inspect screen: dataset explorer, predictions per class, gallery, layers and "try your own image". */
export function InspectView() {
  const { t } = useTranslation();
  const section = useInspect((s) => s.section);
  const chosenId = useInspect((s) => s.runId);
  const runs = useRuns((s) => s.runs);
  const focusedId = useRuns((s) => s.focusedRunId);
  const run = chooseRun(runs, chosenId, focusedId);
  const candidates = inspectableRuns(runs);
  const evaluation = run?.evaluation ?? null;

  const needsRun = (content: (runId: string) => ReactNode) =>
    run === null ? (
      <p className="inspect-notice" data-testid="inspect-no-run">
        {t('inspect.run.none')}
      </p>
    ) : (
      content(run.id)
    );

  return (
    <div className="inspect-view" data-testid="inspect-view" data-run-id={run?.id ?? ''}>
      <div className="inspect-bar">
        <h2 className="visually-hidden">{t('inspect.title')}</h2>
        <TabList
          tabs={SECTIONS}
          current={section}
          onSelect={(name) => inspectStore.getState().showSection(name)}
          label={t('inspect.sections.label')}
          idPrefix="inspect-tab"
          testIdPrefix="inspect-section"
          panelOf={() => 'inspect-panel'}
          textOf={(name) => t(`inspect.sections.${name}`)}
          className="inspect-tabs"
        />
        {run && <RunPicker runs={candidates} current={run} />}
      </div>
      <div
        id="inspect-panel"
        role="tabpanel"
        aria-labelledby={`inspect-tab-${section}`}
        className="inspect-panel"
      >
        {section === 'dataset' && <DatasetExplorer />}
        {section === 'predictions' &&
          needsRun(() =>
            evaluation === null ? (
              <p className="inspect-notice">{t('inspect.run.notEvaluated')}</p>
            ) : (
              <div className="predictions-layout">
                <ConfusionMatrix matrix={evaluation.confusionMatrix} />
                <div className="predictions-side">
                  <ConfusedPairs matrix={evaluation.confusionMatrix} />
                  <PerClassTable
                    matrix={evaluation.confusionMatrix}
                    perClass={evaluation.perClass}
                  />
                </div>
              </div>
            ),
          )}
        {section === 'gallery' && needsRun((runId) => <Gallery runId={runId} />)}
        {section === 'layers' && needsRun((runId) => <LayerView runId={runId} />)}
        {section === 'tryImage' && <TryImage runId={run?.id ?? null} />}
      </div>
    </div>
  );
}
