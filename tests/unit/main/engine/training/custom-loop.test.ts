import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../../src-shared/graph/templates';
import type { GraphDocument } from '../../../../../src-shared/graph/document';
import { selectBackend } from '../../../../../src-main/engine/backend';
import { compileGraph } from '../../../../../src-main/engine/compile';
import { disposeModel } from '../../../../../src-main/engine/dispose';
import { evaluateModel } from '../../../../../src-main/engine/evaluate';
import { trainGraph } from '../../../../../src-main/engine/train';
import { createCustomLoop, fastestStep } from '../../../../../src-main/engine/training/custom-loop';
import { imageRange } from '../../../../../src-main/engine/training/data';
import type { BatchLogs, EpochLogs, LoopHooks } from '../../../../../src-main/engine/training/loop';
import type { TrainStep } from '../../../../../src-main/engine/training/train-step';
import { syntheticDataset, syntheticSet } from '../synthetic';
import { weightsOf } from './chain-models';

beforeAll(async () => {
  await selectBackend('cpu');
});

function course(epochs: number, batchSize: number, seed: number | null = 5): GraphDocument {
  const doc = createTemplate('course-mlp');
  doc.hyperparameters = { ...doc.hyperparameters, epochs, batchSize, seed };
  return doc;
}

interface Recorded {
  batches: Array<{ epoch: number; batch: number } & BatchLogs>;
  epochs: Array<{ epoch: number } & EpochLogs>;
  stepsWhenReported: number[];
}

/** Runs the custom loop on a compiled course model with hooks that record everything. */
async function runLoop(options: {
  count: number;
  valCount: number;
  epochs: number;
  batchSize: number;
  stopAfter?: number;
  readEveryBatches?: number;
}): Promise<{ recorded: Recorded; model: tf.LayersModel }> {
  const compiled = compileGraph(course(options.epochs, options.batchSize));
  if (!compiled.ok) throw new Error(compiled.error.message);
  const { model } = compiled.value;
  let steps = 0;
  const loop = createCustomLoop({
    readEveryBatches: options.readEveryBatches ?? 16,
    readEveryMs: 1e9,
    step: (m, random): TrainStep => {
      const inner = fastestStep(m, random);
      return (x, y) => {
        steps++;
        return inner(x, y);
      };
    },
  });
  const recorded: Recorded = { batches: [], epochs: [], stepsWhenReported: [] };
  const hooks: LoopHooks = {
    onEpochBegin: () => undefined,
    onBatchEnd: (epoch, batch, logs) => {
      recorded.batches.push({ epoch, batch, ...logs });
      recorded.stepsWhenReported.push(steps);
    },
    onEpochEnd: (epoch, logs) => {
      recorded.epochs.push({ epoch, ...logs });
    },
    shouldStop: () => options.stopAfter !== undefined && steps >= options.stopAfter,
  };
  const set = syntheticSet(options.count + options.valCount);
  await loop(
    model,
    { set, trainCount: options.count, valCount: options.valCount },
    { epochs: options.epochs, batchSize: options.batchSize, shuffle: true, seed: 5 },
    hooks,
  );
  return { recorded, model };
}

describe('customLoop', () => {
  it('reports every batch once, in order, and epoch figures that are the size-weighted batch means', async () => {
    const { recorded, model } = await runLoop({ count: 90, valCount: 0, epochs: 2, batchSize: 20 });
    expect(recorded.batches.map((b) => [b.epoch, b.batch, b.size])).toEqual([
      ...[0, 1].flatMap((epoch) =>
        [0, 1, 2, 3, 4].map((batch) => [epoch, batch, batch === 4 ? 10 : 20]),
      ),
    ]);
    for (const epoch of recorded.epochs) {
      const own = recorded.batches.filter((b) => b.epoch === epoch.epoch);
      const mean = (key: 'loss' | 'accuracy'): number =>
        own.reduce((s, b) => s + b[key] * b.size, 0) / 90;
      expect(epoch.loss).toBeCloseTo(mean('loss'), 6);
      expect(epoch.accuracy).toBeCloseTo(mean('accuracy'), 6);
      expect(epoch.valLoss).toBeNull();
      expect(epoch.valAccuracy).toBeNull();
    }
    disposeModel(model);
  });

  it('reads metrics back at most readEveryBatches batches late', async () => {
    const { recorded, model } = await runLoop({
      count: 200,
      valCount: 0,
      epochs: 1,
      batchSize: 10,
      readEveryBatches: 4,
    });
    const lags = recorded.batches.map(
      (b, i) => (recorded.stepsWhenReported[i] as number) - (b.batch + 1),
    );
    expect(Math.max(...lags)).toBe(3);
    expect(Math.min(...lags)).toBe(0);
    disposeModel(model);
  });

  it('validates on the last images of the set, as the trained model predicts them', async () => {
    const { recorded, model } = await runLoop({
      count: 80,
      valCount: 30,
      epochs: 1,
      batchSize: 16,
    });
    const set = syntheticSet(110);
    const detail = await evaluateModel(model, imageRange(set, 80, 110));
    expect(recorded.epochs[0]?.valAccuracy).toBeCloseTo(detail.evaluation.testAccuracy, 10);
    expect(recorded.epochs[0]?.valLoss).toBeCloseTo(detail.evaluation.testLoss, 5);
    disposeModel(model);
  });

  it('stops after the batch during which it was asked to, reporting every trained batch and no epoch', async () => {
    const before = tf.memory().numTensors;
    const { recorded, model } = await runLoop({
      count: 200,
      valCount: 0,
      epochs: 2,
      batchSize: 10,
      stopAfter: 7,
    });
    expect(recorded.batches.map((b) => b.batch)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(recorded.epochs).toEqual([]);
    disposeModel(model);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('trainGraph with the custom loop', () => {
  it('repeats a seeded run exactly and differs with another seed', async () => {
    const run = async (seed: number) => {
      const trained = await trainGraph({
        runId: 's',
        graph: course(2, 16, seed),
        dataset: syntheticDataset(120, 10),
        backend: 'cpu',
        evaluate: false,
      });
      if (!trained.ok) throw new Error(trained.error.message);
      const weights = await weightsOf(trained.value.model);
      disposeModel(trained.value.model);
      return {
        history: trained.value.result.history.map((h) => [h.loss, h.accuracy, h.valLoss]),
        weights,
      };
    };
    const first = await run(11);
    const again = await run(11);
    expect(again.history).toEqual(first.history);
    expect(again.weights).toEqual(first.weights);
    expect((await run(12)).history).not.toEqual(first.history);
  });

  it('ends TRAINING_DIVERGED at the first batch whose loss is NaN, leaking nothing', async () => {
    const before = tf.memory().numTensors;
    let steps = 0;
    const loop = createCustomLoop({
      readEveryMs: 1e9,
      step: (model, random): TrainStep => {
        const inner = fastestStep(model, random);
        return (x, y) => {
          const out = inner(x, y);
          if (++steps < 6) return out;
          tf.dispose(out.loss);
          return { loss: tf.scalar(Number.NaN), accuracy: out.accuracy };
        };
      },
    });
    const result = await trainGraph({
      runId: 'nan',
      graph: course(1, 8),
      dataset: syntheticDataset(200, 10),
      backend: 'cpu',
      loop,
    });
    expect(result.ok ? null : result.error.code).toBe('TRAINING_DIVERGED');
    expect(result.ok ? null : result.error.params).toMatchObject({
      value: 'NaN',
      epoch: 1,
      batch: 6,
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('trains models that are not a Dense chain with the model’s own step', async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.flatten({ inputShape: [28, 28] }),
        tf.layers.dense({
          units: 10,
          activation: 'softmax',
          kernelRegularizer: tf.regularizers.l2({ l2: 0.01 }),
        }),
      ],
    });
    model.compile({
      optimizer: tf.train.sgd(0.1),
      loss: 'sparseCategoricalCrossentropy',
      metrics: ['accuracy'],
    });
    const epochs: EpochLogs[] = [];
    await createCustomLoop()(
      model,
      { set: syntheticSet(100), trainCount: 100, valCount: 0 },
      { epochs: 3, batchSize: 10, shuffle: true, seed: 1 },
      {
        onEpochBegin: () => undefined,
        onBatchEnd: () => undefined,
        onEpochEnd: (_e, logs) => {
          epochs.push(logs);
        },
        shouldStop: () => false,
      },
    );
    expect(epochs).toHaveLength(3);
    expect(epochs[2]?.accuracy).toBeGreaterThan(epochs[0]?.accuracy ?? 1);
    model.dispose();
  });
});
