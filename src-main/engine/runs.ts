import type * as tf from '@tensorflow/tfjs';
import type { GraphDocument } from '../../src-shared/graph/document';
import type { EpochMetrics, Evaluation, TrainResult } from '../../src-shared/protocol/engine-types';
import { appError, fail, ok, type Result } from '../../src-shared/protocol/result';
import { disposeModel } from './dispose';

/** A trained (or imported) model the engine keeps until it is released. */
export interface RunRecord {
  runId: string;
  model: tf.LayersModel;
  graph: GraphDocument;
  history: EpochMetrics[];
  result: TrainResult | null;
  evaluation: Evaluation | null;
  /** Predicted class per test image, from the last evaluation. */
  predictions: Uint8Array | null;
}

/** Trained models by run id. Releasing a run frees its tensors. */
export class RunStore {
  private readonly runs = new Map<string, RunRecord>();

  /** Keeps a run; a previous run with the same id is released first. */
  put(record: RunRecord): void {
    this.release(record.runId);
    this.runs.set(record.runId, record);
  }

  /** The run, or RUN_NOT_FOUND. */
  get(runId: string): Result<RunRecord> {
    const record = this.runs.get(runId);
    if (record) return ok(record);
    return fail(
      appError('RUN_NOT_FOUND', `No trained model "${runId}" in the engine.`, {
        params: { runId },
        hint: 'Train the model again; the engine may have restarted since.',
      }),
    );
  }

  has(runId: string): boolean {
    return this.runs.has(runId);
  }

  ids(): string[] {
    return [...this.runs.keys()];
  }

  /** Frees a run's model; false when there was no such run. */
  release(runId: string): boolean {
    const record = this.runs.get(runId);
    if (!record) return false;
    disposeModel(record.model);
    this.runs.delete(runId);
    return true;
  }

  releaseAll(): void {
    for (const runId of this.ids()) this.release(runId);
  }
}
