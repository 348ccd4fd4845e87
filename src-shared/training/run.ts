import type { GraphDocument, Hyperparameters } from '../graph/document';
import type { BackendName, EpochMetrics, Evaluation, TrainResult } from '../protocol/engine-types';
import type { AppError } from '../protocol/result';
import { lttbIndices, pick } from './downsample';
import type { RunWeights } from './run-weights';

export const TRAINING_RUN_STATUSES = ['running', 'completed', 'stopped', 'failed'] as const;
export type TrainingRunStatus = (typeof TRAINING_RUN_STATUSES)[number];

/** Per-batch training curve kept with a run, x in fractional epochs (0.5 = half of epoch 1). */
export interface BatchCurve {
  x: number[];
  loss: number[];
  accuracy: number[];
}

/** One training run as the history keeps it: enough to redraw, compare and explain it later. */
export interface TrainingRun {
  id: string;
  name: string;
  /** ISO 8601 time the run started. */
  createdAt: string;
  status: TrainingRunStatus;
  /** The graph exactly as it was trained (the canvas may have changed since). */
  graph: GraphDocument;
  hyperparameters: Hyperparameters;
  backend: BackendName | null;
  history: EpochMetrics[];
  batchCurve: BatchCurve;
  evaluation: Evaluation | null;
  durationMs: number;
  trainSamples: number | null;
  validationSamples: number | null;
  params: number | null;
  error?: AppError;
  /** 'imported' for a model opened from files (export/import); absent for runs trained here. */
  origin?: 'imported';
  /** The trained model kept with the project (absent: not kept, or forgotten to slim the file). */
  weights?: RunWeights;
}

/** Stored batch curves are thinned to this many points: plenty for a chart, small in a project. */
export const STORED_CURVE_POINTS = 400;

export interface NewRunInput {
  id: string;
  name: string;
  graph: GraphDocument;
  createdAt?: Date;
}

/** A fresh run in 'running' state; its hyperparameters are the graph's at start time. */
export function createRun(input: NewRunInput): TrainingRun {
  return {
    id: input.id,
    name: input.name,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    status: 'running',
    graph: input.graph,
    hyperparameters: { ...input.graph.hyperparameters },
    backend: null,
    history: [],
    batchCurve: { x: [], loss: [], accuracy: [] },
    evaluation: null,
    durationMs: 0,
    trainSamples: null,
    validationSamples: null,
    params: null,
  };
}

/**
 * The x position of a batch reading. Epochs run in order, so a batch belongs to the epoch after
 * the last completed one; `batch` is the 0-based index of the batch just finished (tfjs' own).
 */
export function batchX(completedEpochs: number, batch: number, batchesPerEpoch: number): number {
  const perEpoch = Math.max(1, batchesPerEpoch);
  const done = Math.min(Math.max(batch + 1, 0), perEpoch);
  return completedEpochs + done / perEpoch;
}

/** Thins a live curve to what a run keeps (shape-preserving, first and last point kept). */
export function storedCurve(curve: {
  readonly x: readonly number[];
  readonly loss: readonly number[];
  readonly accuracy: readonly number[];
}): BatchCurve {
  const indices = lttbIndices(curve.x, curve.loss, STORED_CURVE_POINTS);
  return { x: pick(curve.x, indices), loss: pick(curve.loss, indices), accuracy: pick(curve.accuracy, indices) };
}

/** Records (or replaces) one finished epoch. */
export function withEpoch(run: TrainingRun, metrics: EpochMetrics): TrainingRun {
  const history = run.history.filter((m) => m.epoch !== metrics.epoch);
  history.push(metrics);
  history.sort((a, b) => a.epoch - b.epoch);
  return { ...run, history, durationMs: Math.max(run.durationMs, metrics.elapsedMs) };
}

/** Closes a run with the engine's reply: completed, or stopped keeping what was learned. */
export function finishRun(run: TrainingRun, result: TrainResult, curve?: BatchCurve): TrainingRun {
  return {
    ...run,
    status: result.status === 'stopped' ? 'stopped' : 'completed',
    backend: result.backend,
    history: result.history.length >= run.history.length ? result.history : run.history,
    batchCurve: curve ?? run.batchCurve,
    evaluation: result.evaluation,
    durationMs: result.durationMs,
    trainSamples: result.trainSamples,
    validationSamples: result.validationSamples,
    params: result.params,
  };
}

/** Marks a run stopped by the user; what it learned so far stays in the record. */
export function stopRun(run: TrainingRun, durationMs: number, curve?: BatchCurve): TrainingRun {
  if (run.status !== 'running') return run;
  return { ...run, status: 'stopped', durationMs: Math.max(run.durationMs, durationMs), batchCurve: curve ?? run.batchCurve };
}

/** Ends a run with an error (NaN loss, engine died, out of memory); earlier epochs stay. */
export function failRun(run: TrainingRun, error: AppError, durationMs: number, curve?: BatchCurve): TrainingRun {
  return {
    ...run,
    status: 'failed',
    error,
    durationMs: Math.max(run.durationMs, durationMs),
    batchCurve: curve ?? run.batchCurve,
  };
}

/** Runs interrupted by a crash or reload cannot be resumed: they count as stopped. */
export function settleInterrupted(run: TrainingRun): TrainingRun {
  return run.status === 'running' ? { ...run, status: 'stopped' } : run;
}

/** The next default name, "Run 3" style, given the names already taken. */
export function nextRunNumber(runs: readonly Pick<TrainingRun, 'name'>[]): number {
  let max = 0;
  for (const run of runs) {
    const match = /(\d+)\s*$/.exec(run.name);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return Math.max(max, runs.length) + 1;
}
