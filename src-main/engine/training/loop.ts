import type * as tf from '@tensorflow/tfjs';
import type { ImageSet } from '../datasets/types';

/**
 * What a training loop trains on: the byte images of the training set, of which the first
 * `trainCount` train and the next `valCount` validate (Keras' `validation_split`: the LAST
 * fraction, taken before any shuffling). Each loop turns them into tensors its own way.
 */
export interface LoopData {
  set: ImageSet;
  trainCount: number;
  valCount: number;
}

export interface LoopOptions {
  epochs: number;
  batchSize: number;
  shuffle: boolean;
  /** Seeds the shuffling when set (loops that can), so a seeded run repeats exactly. */
  seed?: number | null;
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

/**
 * How a loop reports progress and learns that it should stop. `onBatchEnd` is called once per
 * batch, in order, but a loop may call it a few batches late (it reads metrics back on a
 * stride); `shouldStop` is checked after every batch all the same.
 */
export interface LoopHooks {
  onEpochBegin(epoch: number): void;
  /** May return a promise: the loop waits for it (used to yield to the event loop). */
  onBatchEnd(epoch: number, batch: number, logs: BatchLogs): void | Promise<void>;
  /** Called only for epochs that ran to their last batch. */
  onEpochEnd(epoch: number, logs: EpochLogs): void | Promise<void>;
  shouldStop(): boolean;
}

/**
 * The seam between the engine and the way it trains: `fitLoop` uses tfjs' `model.fit`,
 * `customLoop` (the default) its own batches and steps; both implement this signature.
 */
export type TrainingLoop = (
  model: tf.LayersModel,
  data: LoopData,
  options: LoopOptions,
  hooks: LoopHooks,
) => Promise<void>;
