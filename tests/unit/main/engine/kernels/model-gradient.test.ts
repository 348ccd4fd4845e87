import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxRelativeError, seededValues, setUpWasmWithCustomKernels } from './kernel-test-utils';

const BATCH = 8;

function courseMlp(): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.flatten({ inputShape: [28, 28] }),
      tf.layers.dense({ units: 16, activation: 'relu' }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
}

function tinyCnn(): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.reshape({ targetShape: [28, 28, 1], inputShape: [28, 28] }),
      tf.layers.conv2d({ filters: 4, kernelSize: 3, activation: 'relu' }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({
        filters: 6,
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        activation: 'relu',
      }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
}

/** Same weights on every backend: seeded values scaled like Glorot-uniform. */
function seedWeights(model: tf.LayersModel): void {
  model.setWeights(
    model.getWeights().map((w, i) => {
      const fanIn = w.shape.length > 1 ? w.shape.slice(0, -1).reduce((p, d) => p * d, 1) : 1;
      const scale =
        w.shape.length > 1 ? Math.sqrt(6 / (fanIn + (w.shape[w.shape.length - 1] as number))) : 0.1;
      return tf.tensor(
        seededValues(w.size, 100 + i).map((v) => v * scale),
        w.shape,
      );
    }),
  );
}

const images = seededValues(BATCH * 784, 7).map((v) => (v + 1) / 2);
const labels = Float32Array.from({ length: BATCH }, (_, i) => (i * 7) % 10);

interface StepResult {
  loss: number;
  grads: Float32Array[];
  weightsAfterStep: Float32Array[];
}

/** Loss, gradients of every trainable weight, and the weights after one SGD training step. */
async function trainingStep(
  backend: 'wasm' | 'cpu',
  build: () => tf.Sequential,
): Promise<StepResult> {
  await tf.setBackend(backend);
  const model = build();
  seedWeights(model);
  const x = tf.tensor3d(images, [BATCH, 28, 28]);
  const y = tf.tensor1d(labels);
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const oneHot = tf.oneHot(y.toInt(), 10).toFloat();
  const lossOf = (): tf.Scalar =>
    tf.mean(tf.metrics.categoricalCrossentropy(oneHot, model.apply(x) as tf.Tensor));
  const { value, grads } = tf.variableGrads(lossOf, vars);
  const result: StepResult = {
    loss: (await value.data())[0] as number,
    grads: await Promise.all(
      vars.map(async (v) => Float32Array.from(await (grads[v.name] as tf.Tensor).data())),
    ),
    weightsAfterStep: [],
  };
  oneHot.dispose();
  tf.dispose([value, ...Object.values(grads)]);
  model.compile({ optimizer: tf.train.sgd(0.5), loss: 'sparseCategoricalCrossentropy' });
  await model.trainOnBatch(x, y);
  result.weightsAfterStep = await Promise.all(
    model.getWeights().map(async (w) => Float32Array.from(await w.data())),
  );
  model.dispose();
  tf.dispose([x, y]);
  return result;
}

describe('a whole training step on wasm with Camadas kernels', () => {
  beforeAll(setUpWasmWithCustomKernels);

  for (const [name, build] of [
    ['course MLP', courseMlp],
    ['small CNN (Conv2D, MaxPool, strided same-padded Conv2D)', tinyCnn],
  ] as const) {
    it(`${name}: loss, gradients and updated weights match the cpu backend`, async () => {
      const cpu = await trainingStep('cpu', build);
      const wasm = await trainingStep('wasm', build);
      expect(Math.abs(wasm.loss - cpu.loss)).toBeLessThan(1e-5);
      expect(wasm.grads.length).toBe(cpu.grads.length);
      cpu.grads.forEach((g, i) =>
        expect(maxRelativeError(wasm.grads[i] as Float32Array, g), `grad ${i}`).toBeLessThan(1e-4),
      );
      // A step of SGD(0.5) moves every weight by half its gradient: a silent wrong kernel shows here.
      cpu.weightsAfterStep.forEach((w, i) =>
        expect(
          maxRelativeError(wasm.weightsAfterStep[i] as Float32Array, w),
          `weight ${i}`,
        ).toBeLessThan(1e-4),
      );
      expect(cpu.grads.some((g) => g.some((v) => v !== 0))).toBe(true);
    });
  }
});
