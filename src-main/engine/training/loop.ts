import type * as tf from '@tensorflow/tfjs';

/** What a training loop sees of the data: tensors it must not dispose. */
export interface LoopData {
  trainX: tf.Tensor;
  trainY: tf.Tensor;
  valX: tf.Tensor | null;
  valY: tf.Tensor | null;
}

export interface LoopOptions {
  epochs: number;
  batchSize: number;
  shuffle: boolean;
}

/** Per-batch numbers, already read back from the backend. */
export interface BatchLogs {
  loss: number;
  accuracy: number;
  size: number;
}

export interface EpochLogs {
  loss: number;
  accuracy: number;
  valLoss: number | null;
  valAccuracy: number | null;
}

/** How a loop reports progress and learns that it should stop (checked after every batch). */
export interface LoopHooks {
  onEpochBegin(epoch: number): void;
  /** May return a promise: the loop waits for it (used to yield to the event loop). */
  onBatchEnd(epoch: number, batch: number, logs: BatchLogs): void | Promise<void>;
  /** Called only for epochs that ran to their last batch. */
  onEpochEnd(epoch: number, logs: EpochLogs): void | Promise<void>;
  shouldStop(): boolean;
}

/**
 * The seam between the engine and the way it trains: `fitLoop` uses tfjs' `model.fit`; a faster
 * custom loop (issue 9) implements the same signature and nothing else changes.
 */
export type TrainingLoop = (model: tf.LayersModel, data: LoopData, options: LoopOptions, hooks: LoopHooks) => Promise<void>;
