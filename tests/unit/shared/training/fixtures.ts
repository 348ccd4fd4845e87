import type { GraphDocument } from '../../../../src-shared/graph/document';
import { DEFAULT_HYPERPARAMETERS } from '../../../../src-shared/graph/document';
import type { EpochMetrics, TrainResult } from '../../../../src-shared/protocol/engine-types';

/** A small course-like graph document for run records. */
export function graphDoc(): GraphDocument {
  return {
    format: 'camadas-graph',
    version: 1,
    datasetId: 'fashion-mnist',
    nodes: [],
    edges: [],
    hyperparameters: { ...DEFAULT_HYPERPARAMETERS },
  };
}

/** Epoch metrics from (train loss, val loss, train acc, val acc) rows, epochs 1-based. */
export function epochs(rows: [number, number | null, number, number | null][]): EpochMetrics[] {
  return rows.map(([loss, valLoss, accuracy, valAccuracy], i) => ({
    epoch: i + 1,
    epochs: rows.length,
    loss,
    accuracy,
    valLoss,
    valAccuracy,
    samplesPerSecond: 1000,
    elapsedMs: (i + 1) * 1000,
    etaMs: (rows.length - i - 1) * 1000,
  }));
}

/** An engine reply for a run. */
export function trainResult(runId: string, history: EpochMetrics[], status: 'completed' | 'stopped'): TrainResult {
  return {
    runId,
    status,
    backend: 'wasm',
    epochsCompleted: history.length,
    history,
    trainSamples: 2400,
    validationSamples: 600,
    durationMs: 4321,
    samplesPerSecond: 900,
    params: 101770,
    evaluation: {
      testLoss: 0.45,
      testAccuracy: 0.84,
      sampleCount: 10000,
      confusionMatrix: [],
      perClass: [],
    },
  };
}
