import type { TrainingRun } from '../../src-shared/training/run';

/** Runs whose test results can be inspected: finished (or stopped) with an evaluation. */
export function inspectableRuns(runs: readonly TrainingRun[]): TrainingRun[] {
  return runs.filter((run) => run.status !== 'running' && run.evaluation !== null);
}

/**
 * The run the inspect views show: the one picked there, else the one the training dashboard
 * focuses, else the newest with results; null when no run has results yet.
 */
export function chooseRun(
  runs: readonly TrainingRun[],
  chosenId: string | null,
  focusedId: string | null,
): TrainingRun | null {
  const candidates = inspectableRuns(runs);
  const byId = (id: string | null) =>
    id === null ? undefined : candidates.find((run) => run.id === id);
  return byId(chosenId) ?? byId(focusedId) ?? candidates[candidates.length - 1] ?? null;
}
