import type * as tf from '@tensorflow/tfjs';
import type { BatchSource } from './batch-source';
import type { Random } from './shuffle';
import type { TrainStep } from './train-step';

/** One trained batch: its size and mean loss and accuracy, as numbers or still on the backend. */
export interface TrainedBatch {
  size: number;
  loss: number | tf.Scalar;
  accuracy: number | tf.Scalar;
}

/**
 * What the custom loop drives: batches of a shuffled order, each one optimizer step. The model's
 * variables hold the trained weights after `commit` (a trainer may keep them elsewhere while
 * it runs).
 */
export interface BatchTrainer {
  readonly batchCount: number;
  shuffle(random: Random): void;
  train(index: number): TrainedBatch;
  commit(): void;
  dispose(): void;
}

/** Batches gathered into tensors, each trained by a tfjs step on the model's own variables. */
export function tensorBatchTrainer(source: BatchSource, step: TrainStep): BatchTrainer {
  return {
    batchCount: source.batchCount,
    shuffle: (random) => source.shuffle(random),
    train(index) {
      const { x, y, size } = source.batch(index);
      try {
        const { loss, accuracy } = step(x, y);
        return { size, loss, accuracy };
      } finally {
        x.dispose();
        y.dispose();
      }
    },
    commit() {
      // The step trains the model's variables in place.
    },
    dispose: () => source.dispose(),
  };
}
