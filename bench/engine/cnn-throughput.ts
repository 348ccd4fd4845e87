import type * as tf from '@tensorflow/tfjs';
import type { FashionMnist } from '../../src-main/engine/datasets/types';
import { createAdamOptimizer } from '../../src-main/engine/kernels';
import { customLoop } from '../../src-main/engine/training/custom-loop';
import { buildSmallCnn } from '../kernels/models';
import { timedLoop, type EpochClock } from './epoch-clock';
import { throughputOf, type Throughput } from './loop-throughput';

/**
 * Training throughput of the peer's small CNN (keras.io's simple convnet) with the engine's
 * loop: the editor has no Conv2D layer yet, so the model is built here and trained by the
 * model's own step (what the loop does for anything that is not a Dense chain).
 */
export async function cnnThroughput(
  dataset: FashionMnist,
  options: { batchSize: number; samples: number; epochs: number },
): Promise<Throughput> {
  const optimizer = createAdamOptimizer(1e-3);
  const model: tf.Sequential = buildSmallCnn(optimizer);
  const clock: EpochClock = { epochs: [] };
  try {
    await timedLoop(customLoop, clock)(
      model,
      { set: dataset.train, trainCount: options.samples, valCount: 0 },
      { epochs: options.epochs, batchSize: options.batchSize, shuffle: true, seed: 1 },
      {
        onEpochBegin: () => undefined,
        onBatchEnd: () => undefined,
        onEpochEnd: () => undefined,
        shouldStop: () => false,
      },
    );
  } finally {
    model.dispose();
    optimizer.dispose();
  }
  return throughputOf(clock, options.samples);
}
