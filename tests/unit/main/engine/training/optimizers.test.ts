import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../../src-shared/graph/templates';
import { selectBackend } from '../../../../../src-main/engine/backend';
import { compileGraph } from '../../../../../src-main/engine/compile';
import { disposeModel } from '../../../../../src-main/engine/dispose';
import { FusedAdamOptimizer } from '../../../../../src-main/engine/kernels';
import { createOptimizer } from '../../../../../src-main/engine/optimizers';

beforeAll(async () => {
  await selectBackend('cpu');
});

/** The seeded course model after `steps` trainOnBatch calls with the given optimizer. */
async function trainedWeights(optimizer: tf.Optimizer, steps: number): Promise<Float32Array[]> {
  const doc = createTemplate('course-mlp');
  doc.hyperparameters = { ...doc.hyperparameters, seed: 3 };
  const compiled = compileGraph(doc);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const { model } = compiled.value;
  model.compile({ optimizer, loss: 'sparseCategoricalCrossentropy' });
  const x = tf.tidy(() => tf.randomUniform([16, 28, 28], 0, 1, 'float32', 11));
  const y = tf.tensor1d([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5], 'float32');
  for (let i = 0; i < steps; i++) await model.trainOnBatch(x, y);
  const weights = await Promise.all(
    model.getWeights().map(async (w) => Float32Array.from(await w.data())),
  );
  tf.dispose([x, y]);
  disposeModel(model);
  optimizer.dispose();
  return weights;
}

describe('createOptimizer', () => {
  it("gives the engine's fused Adam, which saves under tfjs' class name and config", () => {
    const optimizer = createOptimizer('adam', 0.002);
    expect(optimizer).toBeInstanceOf(FusedAdamOptimizer);
    expect(optimizer.getClassName()).toBe('Adam');
    expect(optimizer.getConfig()).toEqual(tf.train.adam(0.002).getConfig());
    optimizer.dispose();
  });

  it('trains a seeded course model to the same weights as tf.train.adam', async () => {
    const fused = await trainedWeights(createOptimizer('adam', 0.01), 4);
    const stock = await trainedWeights(tf.train.adam(0.01), 4);
    expect(fused).toHaveLength(stock.length);
    fused.forEach((values, i) => {
      const expected = stock[i] as Float32Array;
      let worst = 0;
      for (let k = 0; k < values.length; k++)
        worst = Math.max(worst, Math.abs((values[k] as number) - (expected[k] as number)));
      expect(worst, `weight ${i}`).toBeLessThan(1e-5);
    });
    // The steps really changed the weights: a bias that starts at zero moved.
    expect(fused[1]?.some((v) => v !== 0)).toBe(true);
  });
});
