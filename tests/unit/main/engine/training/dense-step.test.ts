import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdamOptimizer, registerCustomKernels } from '../../../../../src-main/engine/kernels';
import { disposeModel } from '../../../../../src-main/engine/dispose';
import { denseChainOf } from '../../../../../src-main/engine/training/dense-chain';
import { denseChainStep, dropoutMask } from '../../../../../src-main/engine/training/dense-step';
import { modelTrainStep } from '../../../../../src-main/engine/training/train-step';
import { maxRelativeError, setUpWasmWithCustomKernels } from '../kernels/kernel-test-utils';
import { chainBatch, chainModel, weightsOf, type HiddenSpec } from './chain-models';

const STEPS = 3;

interface Outcome {
  weights: Float32Array[];
  losses: number[];
  accuracies: number[];
}

/** Trains a seeded model STEPS times with either the written-out step or the model's own. */
async function train(
  backend: 'cpu' | 'wasm',
  hidden: HiddenSpec[],
  how: 'chain' | 'keras',
  optimizer: () => tf.Optimizer = () => createAdamOptimizer(0.01),
  modelOptions: { weightScale?: number } = {},
): Promise<Outcome> {
  await tf.setBackend(backend);
  const model = chainModel(hidden, optimizer(), modelOptions);
  const chain = denseChainOf(model);
  if (!chain) throw new Error('not a dense chain');
  const step =
    how === 'chain' ? denseChainStep(chain, model.optimizer, Math.random) : modelTrainStep(model);
  const { x, y } = chainBatch(8);
  const out: Outcome = { weights: [], losses: [], accuracies: [] };
  for (let i = 0; i < STEPS; i++) {
    const { loss, accuracy } = step(x, y);
    out.losses.push(loss.dataSync()[0] as number);
    out.accuracies.push(accuracy.dataSync()[0] as number);
    tf.dispose([loss, accuracy]);
  }
  out.weights = await weightsOf(model);
  tf.dispose([x, y]);
  disposeModel(model);
  return out;
}

function expectSame(actual: Outcome, expected: Outcome, tolerance = 1e-5): void {
  expect(actual.weights).toHaveLength(expected.weights.length);
  actual.weights.forEach((w, i) =>
    expect(maxRelativeError(w, expected.weights[i] as Float32Array), `weight ${i}`).toBeLessThan(
      tolerance,
    ),
  );
  actual.losses.forEach((l, i) => expect(l).toBeCloseTo(expected.losses[i] as number, 5));
  expect(actual.accuracies).toEqual(expected.accuracies);
}

const ARCHITECTURES: Array<[string, HiddenSpec[]]> = [
  ['relu (the course model)', [{ units: 6, activation: 'relu' }]],
  ['no hidden layer', []],
  ['sigmoid and tanh', [{ activation: 'sigmoid' }, { activation: 'tanh', units: 4 }]],
  ['elu and selu', [{ activation: 'elu' }, { activation: 'selu', units: 4 }]],
  [
    'linear without bias, then a hidden softmax',
    [{ activation: 'linear', useBias: false }, { activation: 'softmax' }],
  ],
];

describe('denseChainStep', () => {
  beforeAll(async () => {
    await setUpWasmWithCustomKernels();
    registerCustomKernels('cpu');
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(ARCHITECTURES)(
    'trains %s to the same weights, loss and accuracy as fit’s step',
    async (_name, hidden) => {
      const reference = await train('cpu', hidden, 'keras');
      expectSame(await train('cpu', hidden, 'chain'), reference);
      // The weights really moved: the first kernel differs from its seeded start.
      const untouched = chainModel(hidden, createAdamOptimizer(0.01));
      expect(
        maxRelativeError(
          reference.weights[0] as Float32Array,
          (await weightsOf(untouched))[0] as Float32Array,
        ),
      ).toBeGreaterThan(1e-3);
      disposeModel(untouched);
    },
  );

  it.each(ARCHITECTURES)(
    'on wasm with Camadas kernels matches the cpu backend for %s',
    async (_name, hidden) => {
      expectSame(await train('wasm', hidden, 'chain'), await train('cpu', hidden, 'chain'), 1e-4);
    },
  );

  it('matches fit’s step with SGD and RMSProp as well', async () => {
    const hidden = [{ units: 6 }];
    for (const make of [() => tf.train.sgd(0.1), () => tf.train.rmsprop(0.01)]) {
      expectSame(
        await train('cpu', hidden, 'chain', make),
        await train('cpu', hidden, 'keras', make),
      );
    }
  });

  it('gives rows whose probability Keras clips no gradient, on both backends, as fit does', async () => {
    // Weights this large saturate the softmax: several rows' true-class probability is < 1e-7.
    const hidden = [{ units: 6 }];
    const sgd = () => tf.train.sgd(0.1);
    const saturated = { weightScale: 30 };
    const reference = await train('cpu', hidden, 'keras', sgd, saturated);
    expect(Math.max(...reference.losses)).toBeGreaterThan(-Math.log(1e-6));
    expectSame(await train('cpu', hidden, 'chain', sgd, saturated), reference);
    expectSame(await train('wasm', hidden, 'chain', sgd, saturated), reference, 1e-4);
  });

  it('leaves no tensor behind but the loss and accuracy it returns', async () => {
    await tf.setBackend('wasm');
    const model = chainModel([{ units: 6 }, { dropout: 0.5 }], createAdamOptimizer(0.01));
    const chain = denseChainOf(model);
    if (!chain) throw new Error('not a dense chain');
    const step = denseChainStep(chain, model.optimizer, Math.random);
    const { x, y } = chainBatch(8);
    tf.dispose(Object.values(step(x, y)));
    const before = tf.memory().numTensors;
    const out = step(x, y);
    expect(tf.memory().numTensors).toBe(before + 2);
    tf.dispose([out.loss, out.accuracy, x, y]);
    disposeModel(model);
  });

  it('drops every unit when the random draw is below the rate: nothing reaches the first layer', async () => {
    await tf.setBackend('cpu');
    const model = chainModel([{ units: 6 }, { dropout: 0.5 }], createAdamOptimizer(0.01));
    const before = await weightsOf(model);
    const chain = denseChainOf(model);
    if (!chain) throw new Error('not a dense chain');
    const { x, y } = chainBatch(8);
    tf.dispose(Object.values(denseChainStep(chain, model.optimizer, () => 0.1)(x, y)));
    const after = await weightsOf(model);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual(before[1]);
    // The output layer's bias still learns from the labels.
    expect(maxRelativeError(after[3] as Float32Array, before[3] as Float32Array)).toBeGreaterThan(
      1e-4,
    );
    tf.dispose([x, y]);
    disposeModel(model);
  });

  it('keeps about 1 − rate of the units, scaled by 1 / (1 − rate)', () => {
    let state = 1;
    const random = (): number => {
      state = (state * 16807) % 2147483647;
      return state / 2147483647;
    };
    const mask = dropoutMask([100, 100], 0.3, random);
    const values = mask.dataSync();
    mask.dispose();
    const kept = values.filter((v) => v !== 0);
    expect(new Set(kept)).toEqual(new Set([Math.fround(1 / 0.7)]));
    expect(kept.length / values.length).toBeGreaterThan(0.67);
    expect(kept.length / values.length).toBeLessThan(0.73);
  });
});

describe('denseChainOf', () => {
  it('reads the course model and refuses models it cannot step', () => {
    const course = chainModel([{ units: 6 }], tf.train.sgd(0.1));
    const chain = denseChainOf(course);
    expect(chain?.inputSize).toBe(12);
    expect(chain?.classes).toBe(5);
    expect(chain?.variables.map((v) => v.shape)).toEqual([[12, 6], [6], [6, 5], [5]]);
    disposeModel(course);

    const noFlatten = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [4], units: 3, activation: 'softmax' })],
    });
    const linearOutput = tf.sequential({
      layers: [tf.layers.flatten({ inputShape: [2, 2] }), tf.layers.dense({ units: 3 })],
    });
    const regularised = tf.sequential({
      layers: [
        tf.layers.flatten({ inputShape: [2, 2] }),
        tf.layers.dense({
          units: 3,
          activation: 'softmax',
          kernelRegularizer: tf.regularizers.l2(),
        }),
      ],
    });
    for (const model of [noFlatten, linearOutput, regularised]) {
      expect(denseChainOf(model)).toBeNull();
      model.dispose();
    }
  });
});
