import { curvesOfRun, type RunCurves } from '../../src-shared/training/chart-data';
import type { TrainingRun } from '../../src-shared/training/run';
import type { LiveCurve } from './live-curve';

// Runs are immutable: their smoothed curves are computed once per run object.
const cache = new WeakMap<TrainingRun, RunCurves>();

/** A stored run's curves for the charts, smoothed once and cached. */
export function cachedCurves(run: TrainingRun): RunCurves {
  let curves = cache.get(run);
  if (!curves) {
    curves = curvesOfRun(run);
    cache.set(run, curves);
  }
  return curves;
}

/** The curves to draw in full: the live buffer while `run` is the one training, else its stored curve. */
export function focusedCurves(run: TrainingRun | null, live: LiveCurve, liveRunId: string | null): RunCurves | null {
  if (!run) return null;
  if (run.id === liveRunId && live.runId === run.id) {
    return { runId: run.id, runName: run.name, batch: live.buffer.snapshot(), history: run.history };
  }
  return cachedCurves(run);
}
