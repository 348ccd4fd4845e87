import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createAdamOptimizer,
  registerCustomKernels,
  unregisterCustomKernels,
} from '../../../../../src-main/engine/kernels';
import { ADAM_UPDATE } from '../../../../../src-main/engine/kernels/adam-update';
import { simdAdamFor } from '../../../../../src-main/engine/kernels/simd-adam';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { maxRelativeError, seededValues, setUpWasmWithCustomKernels } from './kernel-test-utils';

const SHAPES = [[784, 128], [128], [7, 3], [1]];
const STEPS = 4;

/**
 * Runs STEPS Adam updates of seeded variables with seeded gradients and returns the variables,
 * the optimizer's weights (iterations, m, v) after the last step.
 */
async function adamRun(
  backend: 'wasm' | 'cpu',
  makeOptimizer: () => tf.Optimizer,
  beforeStep: (step: number) => void = () => undefined,
): Promise<{ variables: Float32Array[]; optimizerWeights: Float32Array[] }> {
  await tf.setBackend(backend);
  const variables = SHAPES.map((s, i) =>
    tf.variable(tf.tensor(seededValues(size(s), 30 + i), s), true),
  );
  const optimizer = makeOptimizer();
  for (let step = 0; step < STEPS; step++) {
    beforeStep(step);
    const grads = SHAPES.map((s, i) => ({
      name: variables[i]!.name,
      tensor: tf.tensor(seededValues(size(s), 100 * step + i), s),
    }));
    optimizer.applyGradients(grads);
    tf.dispose(grads.map((g) => g.tensor));
  }
  const result = {
    variables: await Promise.all(variables.map(async (v) => Float32Array.from(await v.data()))),
    optimizerWeights: await Promise.all(
      (await optimizer.getWeights()).map(async (w) => Float32Array.from(await w.tensor.data())),
    ),
  };
  optimizer.dispose();
  tf.dispose(variables);
  return result;
}

const size = (shape: number[]): number => shape.reduce((p, d) => p * d, 1);

function expectClose(a: Float32Array[], b: Float32Array[]): void {
  expect(a.length).toBe(b.length);
  b.forEach((expected, i) =>
    expect(maxRelativeError(a[i] as Float32Array, expected), `tensor ${i}`).toBeLessThan(1e-5),
  );
}

describe('fused Adam (CamadasAdamUpdate)', () => {
  beforeAll(async () => {
    await setUpWasmWithCustomKernels();
    registerCustomKernels('cpu');
  });

  it('is registered for wasm and cpu', () => {
    expect(tf.getKernel(ADAM_UPDATE, 'wasm')).toBeDefined();
    expect(tf.getKernel(ADAM_UPDATE, 'cpu')).toBeDefined();
  });

  it('runs the update as a WebAssembly SIMD loop on the wasm backend', () => {
    expect(simdAdamFor(tf.engine().registry.wasm as BackendWasm)).toBeTypeOf('function');
  });

  it('on wasm gives the same variables, moments and iterations as tfjs Adam on cpu', async () => {
    const reference = await adamRun('cpu', () => tf.train.adam(1e-3));
    const fused = await adamRun('wasm', () => createAdamOptimizer(1e-3));
    expectClose(fused.variables, reference.variables);
    expectClose(fused.optimizerWeights, reference.optimizerWeights);
    // The update really moved the weights: m and v are non-zero after the steps.
    expect(fused.optimizerWeights[1]?.some((x) => x !== 0)).toBe(true);
  });

  it('on cpu with other betas and epsilon matches tfjs Adam', async () => {
    const reference = await adamRun('cpu', () => tf.train.adam(0.05, 0.8, 0.95, 1e-3));
    const fused = await adamRun('cpu', () => createAdamOptimizer(0.05, 0.8, 0.95, 1e-3));
    expectClose(fused.variables, reference.variables);
  });

  it('falls back to tfjs Adam mid-run when the kernel goes away, keeping the bias correction right', async () => {
    const reference = await adamRun('cpu', () => tf.train.adam(1e-2));
    try {
      const mixed = await adamRun(
        'wasm',
        () => createAdamOptimizer(1e-2),
        (step) => {
          if (step === 2) unregisterCustomKernels();
        },
      );
      expectClose(mixed.variables, reference.variables);
    } finally {
      await setUpWasmWithCustomKernels();
      registerCustomKernels('cpu');
    }
  });

  it('trains a model compiled with it to the same weights as tf.train.adam', async () => {
    const train = async (
      backend: 'wasm' | 'cpu',
      optimizer: () => tf.Optimizer,
    ): Promise<Float32Array[]> => {
      await tf.setBackend(backend);
      const model = tf.sequential({
        layers: [
          tf.layers.dense({ units: 5, activation: 'relu', inputShape: [6] }),
          tf.layers.dense({ units: 3, activation: 'softmax' }),
        ],
      });
      model.setWeights(
        model.getWeights().map((w, i) => tf.tensor(seededValues(w.size, 200 + i), w.shape)),
      );
      model.compile({ optimizer: optimizer(), loss: 'sparseCategoricalCrossentropy' });
      const x = tf.tensor2d(seededValues(10 * 6, 300), [10, 6]);
      const y = tf.tensor1d([0, 1, 2, 0, 1, 2, 0, 1, 2, 0]);
      for (let i = 0; i < 3; i++) await model.trainOnBatch(x, y);
      const out = await Promise.all(
        model.getWeights().map(async (w) => Float32Array.from(await w.data())),
      );
      model.dispose();
      tf.dispose([x, y]);
      return out;
    };
    expectClose(
      await train('wasm', () => createAdamOptimizer(1e-2)),
      await train('cpu', () => tf.train.adam(1e-2)),
    );
  });

  it('on wasm updates the moments in their own buffers but gives the variable a new one', async () => {
    await tf.setBackend('wasm');
    const v = tf.variable(tf.ones([10, 4]));
    const optimizer = createAdamOptimizer(1e-3);
    const g = tf.ones([10, 4]);
    optimizer.applyGradients([{ name: v.name, tensor: g }]);
    const [, m1, v1] = (await optimizer.getWeights()).map((w) => w.tensor);
    const ids = [m1?.dataId, v1?.dataId];
    const variableId = v.dataId;
    optimizer.applyGradients([{ name: v.name, tensor: g }]);
    const [, m2, v2] = (await optimizer.getWeights()).map((w) => w.tensor);
    expect([m2?.dataId, v2?.dataId]).toEqual(ids);
    // Stock wasm matmuls cache packed weights by buffer: the variable must move.
    expect(v.dataId).not.toBe(variableId);
    // A second holder of a moment's buffer makes the kernel leave it alone.
    const holder = (m2 as tf.Tensor).clone();
    const held = Float32Array.from(holder.dataSync());
    optimizer.applyGradients([{ name: v.name, tensor: g }]);
    expect(Array.from(holder.dataSync())).toEqual(Array.from(held));
    tf.dispose([holder, g, v]);
    optimizer.dispose();
  });

  it('leaks no tensors per step', async () => {
    await tf.setBackend('wasm');
    const v = tf.variable(tf.ones([10, 4]));
    const optimizer = createAdamOptimizer(1e-3);
    const g = tf.ones([10, 4]);
    optimizer.applyGradients([{ name: v.name, tensor: g }]);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) optimizer.applyGradients([{ name: v.name, tensor: g }]);
    expect(tf.memory().numTensors).toBe(before);
    optimizer.dispose();
    tf.dispose([v, g]);
  });
});
