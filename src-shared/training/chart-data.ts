import type { EpochMetrics } from '../protocol/engine-types';
import { alignSeries, countPoints, type AlignedSeries, type XYSeries } from './align';
import type { CurveSnapshot } from './curve-buffer';
import { emaSmooth } from './ema';
import type { BatchCurve, TrainingRun } from './run';

export type ChartMetric = 'loss' | 'accuracy';

/**
 * What a series shows: the focused run's raw and smoothed batch values and its per-epoch
 * training and validation points, or another run's smoothed and validation curves for comparison.
 */
export type SeriesRole = 'batch-raw' | 'batch-smooth' | 'epoch-train' | 'epoch-val' | 'overlay-smooth' | 'overlay-val';

export interface ChartSeries extends XYSeries {
  id: string;
  role: SeriesRole;
  runId: string;
  runName: string;
}

/** A run's curves in the form the chart reads, whether live (buffer) or stored (history). */
export interface RunCurves {
  runId: string;
  runName: string;
  batch: CurveSnapshot;
  history: readonly EpochMetrics[];
}

/** The chart's full input: series specs, the aligned arrays uPlot draws, and the point count. */
export interface ChartData {
  series: ChartSeries[];
  aligned: AlignedSeries;
  points: number;
}

/** Turns a stored batch curve into a snapshot with smoothed companions. */
export function snapshotOf(curve: BatchCurve): CurveSnapshot {
  return {
    x: curve.x,
    loss: curve.loss,
    accuracy: curve.accuracy,
    lossSmooth: emaSmooth(curve.loss),
    accuracySmooth: emaSmooth(curve.accuracy),
  };
}

/** A stored run as chart input. */
export function curvesOfRun(run: TrainingRun): RunCurves {
  return { runId: run.id, runName: run.name, batch: snapshotOf(run.batchCurve), history: run.history };
}

function epochSeries(history: readonly EpochMetrics[], pickY: (m: EpochMetrics) => number | null): XYSeries {
  return { x: history.map((m) => m.epoch), y: history.map((m) => pickY(m) ?? Number.NaN) };
}

/** The series one run contributes to a chart, focused (full detail) or as an overlay. */
export function seriesOfRun(metric: ChartMetric, run: RunCurves, focused: boolean): ChartSeries[] {
  const raw = metric === 'loss' ? run.batch.loss : run.batch.accuracy;
  const smooth = metric === 'loss' ? run.batch.lossSmooth : run.batch.accuracySmooth;
  const train = epochSeries(run.history, (m) => (metric === 'loss' ? m.loss : m.accuracy));
  const val = epochSeries(run.history, (m) => (metric === 'loss' ? m.valLoss : m.valAccuracy));
  const base = { runId: run.runId, runName: run.runName };
  const make = (role: SeriesRole, s: XYSeries): ChartSeries => ({ ...base, id: `${run.runId}:${role}`, role, ...s });
  if (!focused) {
    return [make('overlay-smooth', { x: run.batch.x, y: smooth }), make('overlay-val', val)];
  }
  return [
    make('batch-raw', { x: run.batch.x, y: raw }),
    make('batch-smooth', { x: run.batch.x, y: smooth }),
    make('epoch-train', train),
    make('epoch-val', val),
  ];
}

/** Builds one chart's data: the focused run in full, the picked runs as overlays. */
export function buildChartData(
  metric: ChartMetric,
  focused: RunCurves | null,
  overlays: readonly RunCurves[] = [],
): ChartData {
  const series: ChartSeries[] = [];
  if (focused) series.push(...seriesOfRun(metric, focused, true));
  for (const run of overlays) {
    if (focused && run.runId === focused.runId) continue;
    series.push(...seriesOfRun(metric, run, false));
  }
  return { series, aligned: alignSeries(series), points: countPoints(series) };
}
