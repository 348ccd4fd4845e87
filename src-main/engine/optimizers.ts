import * as tf from '@tensorflow/tfjs';
import type { Optimizer } from '../../src-shared/graph';
import { createAdamOptimizer } from './kernels';

const FACTORIES: Record<Optimizer, (learningRate: number) => tf.Optimizer> = {
  // Same state, config and results as tf.train.adam; one fused kernel per variable where the
  // backend has it (wasm, cpu) instead of ~14 element-wise kernels.
  adam: (learningRate) => createAdamOptimizer(learningRate),
  sgd: (learningRate) => tf.train.sgd(learningRate),
  rmsprop: (learningRate) => tf.train.rmsprop(learningRate),
};

/** A fresh tfjs optimizer for the graph's optimizer name and learning rate. */
export function createOptimizer(name: Optimizer, learningRate: number): tf.Optimizer {
  return FACTORIES[name](learningRate);
}
