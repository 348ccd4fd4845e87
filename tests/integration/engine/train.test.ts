import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FashionMnist } from '../../../src-main/engine/datasets/types';
import type { BackendName } from '../../../src-shared/protocol/engine-types';
import { selectBackend } from '../../../src-main/engine/backend';
import { disposeModel } from '../../../src-main/engine/dispose';
import { predictImages } from '../../../src-main/engine/predict';
import { trainGraph } from '../../../src-main/engine/train';
import { courseModel, realDataset } from './real-dataset';

let dataset: FashionMnist;
let backend: BackendName;

beforeAll(async () => {
  backend = await selectBackend();
  dataset = await realDataset();
});

describe('training on the real Fashion-MNIST', () => {
  it('course-mlp for 1 epoch on 10,000 images reaches > 0.75 test accuracy, leaking no tensor', async () => {
    const before = tf.memory().numTensors;
    const batches: number[] = [];
    const trained = await trainGraph({
      runId: 'real',
      graph: courseModel(10_000),
      dataset,
      backend,
      onEvent: (event, payload) => {
        if (event === 'train.batch') batches.push((payload as { batch: number }).batch);
      },
    });
    if (!trained.ok) throw new Error(trained.error.message);
    const { result, model } = trained.value;
    expect(result.status).toBe('completed');
    expect(result.trainSamples).toBe(8_000);
    expect(result.validationSamples).toBe(2_000);
    expect(result.evaluation?.sampleCount).toBe(10_000);
    expect(result.evaluation?.testAccuracy).toBeGreaterThan(0.75);
    const diagonal =
      result.evaluation?.confusionMatrix.reduce((sum, row, i) => sum + (row[i] ?? 0), 0) ?? 0;
    expect(diagonal / 10_000).toBeCloseTo(result.evaluation?.testAccuracy ?? -1, 10);
    // Throttled: far fewer events than the 250 batches, but the last batch always reported.
    expect(batches.length).toBeLessThan(250);
    expect(batches.at(-1)).toBe(249);
    const probs = await predictImages(model, [Array.from(dataset.test.images.subarray(0, 784))]);
    expect(probs.ok).toBe(true);
    disposeModel(model);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('trains the Dropout template on the parallel trainer: one or two threads, the same weights', async () => {
    const saved = process.env.CAMADAS_THREADS;
    const weightsWith = async (threads: string) => {
      process.env.CAMADAS_THREADS = threads;
      const trained = await trainGraph({
        runId: `dropout-${threads}`,
        graph: courseModel(10_000, 1, 'course-dropout'),
        dataset,
        backend,
      });
      if (!trained.ok) throw new Error(trained.error.message);
      const { result, model } = trained.value;
      const weights = model.getWeights().map((w) => Array.from(w.dataSync()));
      disposeModel(model);
      return { result, weights };
    };
    try {
      const one = await weightsWith('1');
      const two = await weightsWith('2');
      expect(one.result.evaluation?.testAccuracy).toBeGreaterThan(0.75);
      expect(two.weights).toEqual(one.weights);
      expect(two.result.evaluation?.testAccuracy).toBe(one.result.evaluation?.testAccuracy);
      expect(two.result.history[0]?.loss).toBeCloseTo(one.result.history[0]?.loss ?? -1, 5);
    } finally {
      if (saved === undefined) delete process.env.CAMADAS_THREADS;
      else process.env.CAMADAS_THREADS = saved;
    }
  });

  it('stops mid-epoch when cancelled and reports status stopped with the weights kept', async () => {
    const controller = new AbortController();
    let batchEvents = 0;
    const trained = await trainGraph({
      runId: 'cancel',
      graph: courseModel(20_000, 3),
      dataset,
      backend,
      signal: controller.signal,
      onEvent: (event) => {
        if (event === 'train.batch' && ++batchEvents === 3) controller.abort();
      },
    });
    if (!trained.ok) throw new Error(trained.error.message);
    const { result, model } = trained.value;
    expect(result.status).toBe('stopped');
    expect(result.epochsCompleted).toBe(0);
    expect(result.history).toEqual([]);
    expect(result.evaluation).toBeNull();
    const probs = await predictImages(model, [Array.from(dataset.test.images.subarray(0, 784))]);
    expect(probs.ok && probs.value[0]?.length).toBe(10);
    disposeModel(model);
  });
});
