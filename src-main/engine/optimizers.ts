import * as tf from '@tensorflow/tfjs';
import type { Optimizer } from '../../src-shared/graph';

const FACTORIES: Record<Optimizer, (learningRate: number) => tf.Optimizer> = {
  adam: (learningRate) => tf.train.adam(learningRate),
  sgd: (learningRate) => tf.train.sgd(learningRate),
  rmsprop: (learningRate) => tf.train.rmsprop(learningRate),
};

/** A fresh tfjs optimizer for the graph's optimizer name and learning rate. */
export function createOptimizer(name: Optimizer, learningRate: number): tf.Optimizer {
  return FACTORIES[name](learningRate);
}
