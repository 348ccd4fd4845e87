import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdamOptimizer } from '../../../../../src-main/engine/kernels';
import { disposeModel } from '../../../../../src-main/engine/dispose';
import { predictProbabilities } from '../../../../../src-main/engine/evaluate';
import { denseChainOf } from '../../../../../src-main/engine/training/dense-chain';
import {
  chainProbabilities,
  validationMetrics,
} from '../../../../../src-main/engine/training/validate';
import { maxRelativeError, setUpWasmWithCustomKernels } from '../kernels/kernel-test-utils';
import { syntheticSet } from '../synthetic';
import { chainModel } from './chain-models';

describe('validation of a Dense chain', () => {
  beforeAll(async () => {
    await setUpWasmWithCustomKernels();
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('gives on wasm the probabilities model.predict gives on cpu, Dropout off', async () => {
    const set = syntheticSet(1100);
    const hidden = [
      { units: 24, activation: 'relu' },
      { dropout: 0.5 },
      { units: 12, activation: 'tanh' },
    ];
    const options = { inputShape: [28, 28], classes: 10 };
    await tf.setBackend('cpu');
    const reference = chainModel(hidden, createAdamOptimizer(0.01), options);
    const expected = await predictProbabilities(reference, set.images, set.count);
    disposeModel(reference);
    await tf.setBackend('wasm');
    const model = chainModel(hidden, createAdamOptimizer(0.01), options);
    const chain = denseChainOf(model);
    if (!chain) throw new Error('not a dense chain');
    const before = tf.memory().numTensors;
    const actual = await chainProbabilities(chain, set);
    expect(tf.memory().numTensors).toBe(before);
    expect(actual).toHaveLength(1100 * 10);
    expect(maxRelativeError(actual, expected)).toBeLessThan(1e-5);
    const metrics = await validationMetrics(model, set);
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(metrics.loss)).toBe(true);
    disposeModel(model);
  });
});
