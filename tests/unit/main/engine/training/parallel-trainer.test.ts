import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageSet } from '../../../../../src-main/engine/datasets/types';
import { createAdamOptimizer, registerCustomKernels } from '../../../../../src-main/engine/kernels';
import { disposeModel } from '../../../../../src-main/engine/dispose';
import {
  ParallelDenseTrainer,
  parallelUnsupported,
} from '../../../../../src-main/engine/training/parallel/trainer';
import type { Plan } from '../../../../../src-main/engine/training/parallel/layout';
import { Control } from '../../../../../src-main/engine/training/parallel/thread-parts';
import { ThreadChooser } from '../../../../../src-main/engine/training/parallel/thread-chooser';
import { startWorker } from '../../../../../src-main/engine/training/parallel/worker-thread';
import { denseChainOf } from '../../../../../src-main/engine/training/dense-chain';
import { denseChainStep } from '../../../../../src-main/engine/training/dense-step';
import {
  dropoutKey,
  dropoutUniform,
} from '../../../../../src-main/engine/training/parallel/dropout-stream';
import { modelTrainStep } from '../../../../../src-main/engine/training/train-step';
import { maxRelativeError, seededValues } from '../kernels/kernel-test-utils';
import { chainModel, weightsOf, type HiddenSpec } from './chain-models';

const IMAGES = 22;
const BATCH = 8; // batches of 8, 8 and 6: a partial last batch, padded rows
const EPOCHS = 2;
const CLASSES = 10;
/** Weights of Glorot's size for 784 inputs: softmax far from saturation, as in real training. */
const MODEL = { inputShape: [28, 28], classes: CLASSES, weightScale: 0.08 };

/** Seeded 28 × 28 byte images with a real share of zero pixels, like Fashion-MNIST. */
function imageSet(): ImageSet {
  const values = seededValues(IMAGES * 784, 11);
  const images = Uint8Array.from(values, (v) => (v < -0.3 ? 0 : Math.floor((v + 1) * 127.5)));
  const labels = Uint8Array.from({ length: IMAGES }, (_, i) => (i * 7) % CLASSES);
  return { images, labels, count: IMAGES, rows: 28, cols: 28 };
}

/** Images in the order the trainer sees them when nothing is shuffled: 0, 1, 2, … */
function referenceBatches(set: ImageSet): Array<{ x: tf.Tensor; y: tf.Tensor }> {
  const out = [];
  for (let start = 0; start < IMAGES; start += BATCH) {
    const end = Math.min(IMAGES, start + BATCH);
    const bytes = set.images.subarray(start * 784, end * 784);
    out.push({
      x: tf.tensor3d(
        Float32Array.from(bytes, (b) => b / 255),
        [end - start, 28, 28],
      ),
      y: tf.tensor1d(Float32Array.from(set.labels.subarray(start, end))),
    });
  }
  return out;
}

interface Outcome {
  weights: Float32Array[];
  losses: number[];
  accuracies: number[];
  moments: Float32Array[];
  iterations: number;
}

type MakeOptimizer = () => tf.Optimizer;
const adam: MakeOptimizer = () => createAdamOptimizer(0.01);

async function outcomeOf(model: tf.LayersModel, losses: number[], accuracies: number[]) {
  const state = model.optimizer as unknown as {
    accumulatedFirstMoment?: Array<{ variable: tf.Variable }>;
    accumulatedSecondMoment?: Array<{ variable: tf.Variable }>;
  };
  const slots = [...(state.accumulatedFirstMoment ?? []), ...(state.accumulatedSecondMoment ?? [])];
  return {
    weights: await weightsOf(model),
    losses,
    accuracies,
    moments: slots.map((s) => Float32Array.from(s.variable.dataSync())),
    iterations: model.optimizer.iterations,
  };
}

/**
 * The tfjs step on the cpu backend, batch after batch, EPOCHS times: fit’s own, or with Dropout
 * the written-out Dense step drawing the parallel trainer's numbers for run seed `seed`.
 */
async function trainReference(
  hidden: HiddenSpec[],
  optimizer: MakeOptimizer,
  dropoutSeed: number | null = null,
): Promise<Outcome> {
  await tf.setBackend('cpu');
  const model = chainModel(hidden, optimizer(), MODEL);
  let stepIndex = 0;
  let draw = 0;
  const replay = (): number => dropoutUniform(dropoutKey(dropoutSeed ?? 0, stepIndex), draw++);
  const chain = denseChainOf(model);
  if (!chain) throw new Error('not a dense chain');
  const tfjsStep =
    dropoutSeed === null ? modelTrainStep(model) : denseChainStep(chain, model.optimizer, replay);
  const step: typeof tfjsStep = (x, y) => {
    const out = tfjsStep(x, y);
    stepIndex += 1;
    draw = 0;
    return out;
  };
  const batches = referenceBatches(imageSet());
  const losses: number[] = [];
  const accuracies: number[] = [];
  for (let e = 0; e < EPOCHS; e++)
    for (const { x, y } of batches) {
      const { loss, accuracy } = step(x, y);
      losses.push(loss.dataSync()[0] as number);
      accuracies.push(accuracy.dataSync()[0] as number);
      tf.dispose([loss, accuracy]);
    }
  tf.dispose(batches.flatMap((b) => [b.x, b.y]));
  const out = await outcomeOf(model, losses, accuracies);
  disposeModel(model);
  return out;
}

/** The parallel trainer on `threads` threads; `split` runs each epoch with a trainer of its own. */
async function trainParallel(
  hidden: HiddenSpec[],
  optimizer: MakeOptimizer,
  threads: number,
  split = false,
  random: () => number = Math.random,
  chooser?: () => ThreadChooser,
): Promise<Outcome> {
  await tf.setBackend('cpu');
  const model = chainModel(hidden, optimizer(), MODEL);
  const set = imageSet();
  const losses: number[] = [];
  const accuracies: number[] = [];
  let trainer: ParallelDenseTrainer | null = null;
  try {
    for (let e = 0; e < EPOCHS; e++) {
      if (!trainer || split) {
        trainer?.commit();
        trainer?.dispose();
        trainer = await ParallelDenseTrainer.create(model, set, IMAGES, BATCH, {
          threads,
          random,
          chooser: chooser?.(),
        });
        if (!trainer) throw new Error('the parallel trainer is not available');
        expect(trainer.threads).toBe(threads);
      }
      for (let b = 0; b < trainer.batchCount; b++) {
        const { loss, accuracy } = trainer.train(b);
        losses.push(loss as number);
        accuracies.push(accuracy as number);
      }
    }
    trainer?.commit();
  } finally {
    trainer?.dispose();
  }
  const out = await outcomeOf(model, losses, accuracies);
  disposeModel(model);
  return out;
}

function expectSame(actual: Outcome, expected: Outcome): void {
  expect(actual.iterations).toBe(expected.iterations);
  expect(actual.weights).toHaveLength(expected.weights.length);
  actual.weights.forEach((w, i) =>
    expect(maxRelativeError(w, expected.weights[i] as Float32Array), `weight ${i}`).toBeLessThan(
      1e-4,
    ),
  );
  expect(actual.moments).toHaveLength(expected.moments.length);
  actual.moments.forEach((m, i) =>
    expect(maxRelativeError(m, expected.moments[i] as Float32Array), `moment ${i}`).toBeLessThan(
      1e-4,
    ),
  );
  actual.losses.forEach((l, i) => expect(l).toBeCloseTo(expected.losses[i] as number, 5));
  // The reference's accuracies are float32 scalars, these are exact fractions.
  actual.accuracies.forEach((a, i) => expect(a).toBeCloseTo(expected.accuracies[i] as number, 6));
}

const ARCHITECTURES: Array<[string, HiddenSpec[]]> = [
  ['the course model (relu, 6 units: padded columns)', [{ units: 6, activation: 'relu' }]],
  ['no hidden layer', []],
  [
    'linear without bias, then relu',
    [
      { units: 12, activation: 'linear', useBias: false },
      { units: 9, activation: 'relu' },
    ],
  ],
];

describe('ParallelDenseTrainer', () => {
  beforeAll(() => {
    registerCustomKernels('cpu');
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(ARCHITECTURES)(
    'trains %s to fit’s weights, optimizer state, loss and accuracy, on 1 and 2 threads',
    async (_name, hidden) => {
      const reference = await trainReference(hidden, adam);
      expectSame(await trainParallel(hidden, adam, 1), reference);
      expectSame(await trainParallel(hidden, adam, 2), reference);
    },
  );

  it.each([
    ['after a relu layer', [{ units: 6 }, { dropout: 0.5 }]],
    [
      'after two layers, one linear',
      [{ units: 12, activation: 'linear' }, { dropout: 0.25 }, { units: 9 }, { dropout: 0.4 }],
    ],
  ] as Array<[string, HiddenSpec[]]>)(
    'trains Dropout %s as the tfjs step does with the same draws, on 1 and 2 threads',
    async (_name, hidden) => {
      // random() = 0.25 makes the run's dropout seed 2^30.
      const seed = 2 ** 30;
      const reference = await trainReference(hidden, adam, seed);
      const random = () => 0.25;
      expectSame(await trainParallel(hidden, adam, 1, false, random), reference);
      expectSame(await trainParallel(hidden, adam, 2, false, random), reference);
      // Another seed, other masks: the draws matter.
      const other = await trainParallel(hidden, adam, 2, false, () => 0.75);
      expect(
        maxRelativeError(other.weights[0] as Float32Array, reference.weights[0] as Float32Array),
      ).toBeGreaterThan(1e-4);
    },
  );

  it('gives the same numbers when steps switch between one and two threads', async () => {
    const hidden = [{ units: 6 }, { dropout: 0.5 }, { units: 9 }];
    const random = () => 0.25;
    const steady = await trainParallel(hidden, adam, 2, false, random);
    // A probe after every step: the count changes every step or two.
    const switching = await trainParallel(
      hidden,
      adam,
      2,
      false,
      random,
      () => new ThreadChooser(2, { probeEvery: 1, probeLength: 1 }),
    );
    expectSame(switching, steady);
    expectSame(steady, await trainReference(hidden, adam, 2 ** 30));
  });

  it('trains with SGD as fit does', async () => {
    const sgd = () => tf.train.sgd(0.1);
    const hidden = [{ units: 6 }];
    expectSame(await trainParallel(hidden, sgd, 2), await trainReference(hidden, sgd));
  });

  it('continues from the optimizer state a previous trainer committed', async () => {
    const hidden = [{ units: 6 }];
    expectSame(await trainParallel(hidden, adam, 2, true), await trainReference(hidden, adam));
  });

  it('leaves tfjs’ own Adam ready to continue: an epoch here, then one of fit’s steps', async () => {
    const hidden = [{ units: 6 }];
    const tfjsAdam = () => tf.train.adam(0.01);
    const reference = await trainReference(hidden, tfjsAdam);
    await tf.setBackend('cpu');
    const model = chainModel(hidden, tfjsAdam(), MODEL);
    const trainer = await ParallelDenseTrainer.create(model, imageSet(), IMAGES, BATCH, {
      threads: 2,
    });
    if (!trainer) throw new Error('the parallel trainer is not available');
    const losses: number[] = [];
    const accuracies: number[] = [];
    for (let b = 0; b < trainer.batchCount; b++) {
      const out = trainer.train(b);
      losses.push(out.loss as number);
      accuracies.push(out.accuracy as number);
    }
    trainer.commit();
    trainer.dispose();
    const step = modelTrainStep(model);
    const batches = referenceBatches(imageSet());
    for (const { x, y } of batches) {
      const out = step(x, y);
      losses.push(out.loss.dataSync()[0] as number);
      accuracies.push(out.accuracy.dataSync()[0] as number);
      tf.dispose([out.loss, out.accuracy]);
    }
    tf.dispose(batches.flatMap((b) => [b.x, b.y]));
    expectSame(await outcomeOf(model, losses, accuracies), reference);
    disposeModel(model);
  });

  it('moves the weights (the comparison is not between two untouched models)', async () => {
    const hidden = [{ units: 6 }];
    const trained = await trainParallel(hidden, adam, 2);
    const untouched = chainModel(hidden, adam(), MODEL);
    const start = await weightsOf(untouched);
    disposeModel(untouched);
    expect(
      maxRelativeError(trained.weights[0] as Float32Array, start[0] as Float32Array),
    ).toBeGreaterThan(1e-3);
  });

  it('trains on one thread when worker threads cannot start', async () => {
    await tf.setBackend('cpu');
    const model = chainModel([{ units: 6 }], adam(), MODEL);
    const trainer = await ParallelDenseTrainer.create(model, imageSet(), IMAGES, BATCH, {
      threads: 2,
      start: () => Promise.reject(new Error('no threads here')),
    });
    expect(trainer?.threads).toBe(1);
    expect(Number.isFinite(trainer?.train(0).loss)).toBe(true);
    trainer?.dispose();
    disposeModel(model);
  });

  it('reports a worker that fails while starting', async () => {
    const start = startWorker({
      module: {},
      memory: { buffer: new SharedArrayBuffer(8) },
      control: new SharedArrayBuffer(Control.length * 4),
      plan: {} as Plan,
      slots: Control,
      thread: 1,
    });
    await expect(start).rejects.toThrow(/could not start/);
  });

  it('reports a worker the runtime refuses to create, without throwing', async () => {
    // A memory that cannot be sent to a thread makes the Worker constructor itself throw.
    const start = startWorker({
      module: {},
      memory: { buffer: new SharedArrayBuffer(8) },
      control: new SharedArrayBuffer(Control.length * 4),
      plan: { layers: [() => undefined] } as unknown as Plan,
      slots: Control,
      thread: 1,
    });
    await expect(start).rejects.toThrow(/could not start/);
  });

  it.each([
    [
      'Dropout before any Dense layer',
      [{ dropout: 0.5 }, { units: 6 }],
      adam,
      'Dropout not right after',
    ],
    ['a sigmoid layer', [{ activation: 'sigmoid' }], adam, 'hidden activation'],
    ['RMSProp', [{ units: 6 }], () => tf.train.rmsprop(0.01), 'optimizer'],
  ] as Array<[string, HiddenSpec[], MakeOptimizer, string]>)(
    'leaves a model with %s to the tfjs step',
    async (_name, hidden, optimizer, reason) => {
      await tf.setBackend('cpu');
      const model = chainModel(hidden, optimizer(), MODEL);
      expect(parallelUnsupported(model)).toContain(reason);
      expect(await ParallelDenseTrainer.create(model, imageSet(), IMAGES, BATCH)).toBeNull();
      disposeModel(model);
    },
  );
});
