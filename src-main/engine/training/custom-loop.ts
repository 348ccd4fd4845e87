import { imageRange } from './data';
import { BatchSource, type Normalisation } from './batch-source';
import type { EpochLogs, LoopData, LoopHooks, TrainingLoop } from './loop';
import { tensorBatchTrainer, type BatchTrainer } from './batch-trainer';
import { ParallelDenseTrainer, parallelTrainingThreads } from './parallel/trainer';
import { PendingMetrics } from './pending-metrics';
import { createRandom, type Random } from './shuffle';
import { modelTrainStep, type TrainStep } from './train-step';
import { denseChainOf } from './dense-chain';
import { denseChainStep } from './dense-step';
import { validationMetrics } from './validate';
import * as tf from '@tensorflow/tfjs';

export interface CustomLoopOptions {
  /** Default 'per-batch': no float copy of the training set (peak memory), same speed. */
  normalisation?: Normalisation;
  /** Read metrics back at least this often (ms); default 25 (the UI shows at most 20/s). */
  readEveryMs?: number;
  /** …and after at most this many batches (bounds how late a NaN is noticed); default 16. */
  readEveryBatches?: number;
  /** The step per batch, on tensors; default: the parallel trainer where it applies, else `fastestStep`. */
  step?: (model: tf.LayersModel, random: Random) => TrainStep;
}

const now = (): number => performance.now();

/**
 * A training loop with `fit`'s semantics (validation = the last fraction, shuffled every epoch,
 * per-batch and per-epoch loss and accuracy, validation at epoch end) without its per-batch
 * costs: batches gathered from one buffer by a shuffled index order, and metrics left on the
 * backend and read back on a stride. The shuffle is seeded when the run has a seed.
 */
export function createCustomLoop(config: CustomLoopOptions = {}): TrainingLoop {
  const readEveryMs = config.readEveryMs ?? 25;
  const readEveryBatches = config.readEveryBatches ?? 16;
  const makeStep = config.step ?? fastestStep;
  return async (model, data, options, hooks) => {
    const random = createRandom(options.seed);
    const trainer =
      (config.step ? null : await parallelTrainerFor(model, data, options.batchSize, random)) ??
      tensorBatchTrainer(
        new BatchSource(
          data.set,
          data.trainCount,
          options.batchSize,
          config.normalisation ?? 'per-batch',
        ),
        makeStep(model, random),
      );
    const validation =
      data.valCount > 0
        ? imageRange(data.set, data.trainCount, data.trainCount + data.valCount)
        : null;
    const pending = new PendingMetrics();
    try {
      for (let epoch = 0; epoch < options.epochs && !hooks.shouldStop(); epoch++) {
        hooks.onEpochBegin(epoch);
        if (options.shuffle) trainer.shuffle(random);
        const sums = { loss: 0, accuracy: 0, samples: 0 };
        const flush = async (): Promise<void> => {
          for (const record of pending.drain()) {
            sums.loss += record.loss * record.size;
            sums.accuracy += record.accuracy * record.size;
            sums.samples += record.size;
            await hooks.onBatchEnd(epoch, record.batch, record);
          }
        };
        const finished = await runEpoch(trainer, pending, hooks, flush, {
          readEveryMs,
          readEveryBatches,
        });
        if (!finished) return;
        const logs: EpochLogs = {
          loss: sums.loss / sums.samples,
          accuracy: sums.accuracy / sums.samples,
          valLoss: null,
          valAccuracy: null,
        };
        trainer.commit();
        if (validation) {
          const val = await validationMetrics(model, validation);
          logs.valLoss = val.loss;
          logs.valAccuracy = val.accuracy;
        }
        await hooks.onEpochEnd(epoch, logs);
      }
    } finally {
      pending.dispose();
      try {
        trainer.commit();
      } finally {
        trainer.dispose();
      }
    }
  };
}

/** Trains every batch of one epoch; false when stopped before its last batch. */
async function runEpoch(
  trainer: BatchTrainer,
  pending: PendingMetrics,
  hooks: LoopHooks,
  flush: () => Promise<void>,
  stride: { readEveryMs: number; readEveryBatches: number },
): Promise<boolean> {
  let lastRead = now();
  const last = trainer.batchCount - 1;
  for (let b = 0; b <= last; b++) {
    const { size, loss, accuracy } = trainer.train(b);
    pending.push(b, size, loss, accuracy);
    if (
      b === last ||
      pending.length >= stride.readEveryBatches ||
      now() - lastRead >= stride.readEveryMs
    ) {
      await flush();
      lastRead = now();
    }
    if (hooks.shouldStop()) {
      await flush();
      return b === last;
    }
  }
  return true;
}

/**
 * The parallel Dense trainer for the editor's MLPs on the wasm and cpu backends (tfjs-node, where
 * installed, trains them itself); null when the model or the runtime cannot use it.
 */
async function parallelTrainerFor(
  model: tf.LayersModel,
  data: LoopData,
  batchSize: number,
  random: Random,
): Promise<BatchTrainer | null> {
  const threads = parallelTrainingThreads(tf.getBackend());
  if (threads === null) return null;
  return ParallelDenseTrainer.create(model, data.set, data.trainCount, batchSize, {
    random,
    threads,
  });
}

/**
 * The written-out Dense step for models the editor builds (Flatten, Dense, Dropout, softmax
 * output), else the model's own train function (what `fit` runs).
 */
export function fastestStep(model: tf.LayersModel, random: Random): TrainStep {
  const chain = denseChainOf(model);
  return chain ? denseChainStep(chain, model.optimizer, random) : modelTrainStep(model);
}

/** The engine's default loop. */
export const customLoop: TrainingLoop = createCustomLoop();
