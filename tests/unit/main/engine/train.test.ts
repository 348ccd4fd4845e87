import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import type { GraphDocument } from '../../../../src-shared/graph/document';
import type { EventName, EventPayload } from '../../../../src-shared/protocol/messages';
import { selectBackend } from '../../../../src-main/engine/backend';
import { disposeModel } from '../../../../src-main/engine/dispose';
import { evaluateModel } from '../../../../src-main/engine/evaluate';
import { predictImages } from '../../../../src-main/engine/predict';
import { trainGraph } from '../../../../src-main/engine/train';
import type { TrainingLoop } from '../../../../src-main/engine/training/loop';
import { syntheticDataset } from './synthetic';

beforeAll(async () => {
  await selectBackend('cpu');
});

function course(epochs = 2, batchSize = 16): GraphDocument {
  const doc = createTemplate('course-mlp');
  doc.hyperparameters = { ...doc.hyperparameters, epochs, batchSize, seed: 7 };
  return doc;
}

type Recorded = { event: EventName; payload: unknown };
function recorder() {
  const events: Recorded[] = [];
  const onEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    events.push({ event, payload });
  };
  return { events, onEvent, of: (name: EventName) => events.filter((e) => e.event === name).map((e) => e.payload) };
}

describe('trainGraph', () => {
  it('trains, evaluates and predicts without leaking a tensor', async () => {
    const dataset = syntheticDataset(200, 100);
    const before = tf.memory().numTensors;
    const trained = await trainGraph({ runId: 'leak', graph: course(2), dataset, backend: 'cpu' });
    if (!trained.ok) throw new Error(trained.error.message);
    const { model } = trained.value;
    await evaluateModel(model, dataset.test);
    const probabilities = await predictImages(model, [Array.from(dataset.test.images.subarray(0, 784))]);
    expect(probabilities.ok).toBe(true);
    disposeModel(model);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports phases, epochs with every metric, and a completed result with its evaluation', async () => {
    const dataset = syntheticDataset(200, 100);
    const rec = recorder();
    const trained = await trainGraph({ runId: 'r', graph: course(2), dataset, backend: 'cpu', onEvent: rec.onEvent });
    if (!trained.ok) throw new Error(trained.error.message);
    const { result } = trained.value;
    expect(rec.of('train.phase').map((p) => (p as { phase: string }).phase)).toEqual(['compiling', 'training', 'evaluating', 'done']);
    const epochs = rec.of('train.epoch') as Array<Record<string, number | null>>;
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2]);
    for (const e of epochs) {
      for (const key of ['loss', 'accuracy', 'valLoss', 'valAccuracy', 'samplesPerSecond', 'elapsedMs', 'etaMs']) {
        expect(Number.isFinite(e[key])).toBe(true);
      }
    }
    expect(rec.of('train.batch').length).toBeGreaterThan(0);
    expect(result).toMatchObject({ runId: 'r', status: 'completed', epochsCompleted: 2, trainSamples: 160, validationSamples: 40, params: 101_770 });
    expect(result.history).toEqual(epochs.map(({ runId: _r, ...rest }) => rest));
    expect(result.evaluation?.sampleCount).toBe(100);
    const matrixTotal = result.evaluation?.confusionMatrix.flat().reduce((a, b) => a + b, 0);
    expect(matrixTotal).toBe(100);
    // The synthetic classes are easy: a model that learned anything beats chance (0.1) by far.
    expect(result.evaluation?.testAccuracy).toBeGreaterThan(0.5);
    disposeModel(trained.value.model);
  });

  it('uses only the first trainLimit images and no validation when the split is 0', async () => {
    const doc = course(1);
    doc.hyperparameters.trainLimit = 50;
    doc.hyperparameters.validationSplit = 0;
    const trained = await trainGraph({ runId: 'lim', graph: doc, dataset: syntheticDataset(200, 20), backend: 'cpu' });
    if (!trained.ok) throw new Error(trained.error.message);
    expect(trained.value.result.trainSamples).toBe(50);
    expect(trained.value.result.validationSamples).toBe(0);
    expect(trained.value.result.history[0]?.valLoss).toBeNull();
    disposeModel(trained.value.model);
  });

  it('stops mid-epoch when cancelled, keeping the weights, with status stopped', async () => {
    const controller = new AbortController();
    const rec = recorder();
    let batches = 0;
    const trained = await trainGraph({
      runId: 'stop',
      graph: course(3, 8),
      dataset: syntheticDataset(400, 20),
      backend: 'cpu',
      signal: controller.signal,
      onEvent: (event, payload) => {
        rec.onEvent(event, payload);
      },
      loop: async (model, data, options, hooks) => {
        const { fitLoop } = await import('../../../../src-main/engine/training/fit-loop');
        await fitLoop(model, data, options, {
          ...hooks,
          onBatchEnd: async (epoch, batch, logs) => {
            batches++;
            if (batches === 5) controller.abort();
            await hooks.onBatchEnd(epoch, batch, logs);
          },
        });
      },
    });
    if (!trained.ok) throw new Error(trained.error.message);
    expect(trained.value.result.status).toBe('stopped');
    expect(trained.value.result.epochsCompleted).toBe(0);
    expect(trained.value.result.evaluation).toBeNull();
    expect(batches).toBe(5);
    expect(rec.of('train.epoch')).toHaveLength(0);
    // The model keeps what it learned and still predicts.
    const probs = await predictImages(trained.value.model, [new Array(784).fill(0)]);
    expect(probs.ok && probs.value[0]?.length).toBe(10);
    disposeModel(trained.value.model);
  });

  it('ends with TRAINING_DIVERGED and a learning-rate hint when the loss becomes NaN', async () => {
    const before = tf.memory().numTensors;
    const nanLoop: TrainingLoop = async (_model, _data, _options, hooks) => {
      hooks.onEpochBegin(0);
      await hooks.onBatchEnd(0, 0, { loss: 2.3, accuracy: 0.1, size: 16 });
      await hooks.onBatchEnd(0, 1, { loss: Number.NaN, accuracy: 0.1, size: 16 });
      expect(hooks.shouldStop()).toBe(true);
    };
    const result = await trainGraph({ runId: 'nan', graph: course(1), dataset: syntheticDataset(100, 10), backend: 'cpu', loop: nanLoop });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('TRAINING_DIVERGED');
    expect(result.error.params).toMatchObject({ value: 'NaN', epoch: 1, batch: 2 });
    expect(result.error.hint).toMatch(/learning rate/i);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses to train when the validation split leaves no training image', async () => {
    const doc = course(1);
    doc.hyperparameters.trainLimit = 1;
    const result = await trainGraph({ runId: 'tiny', graph: doc, dataset: syntheticDataset(20, 10), backend: 'cpu' });
    expect(result.ok ? 'ok' : result.error.code).toBe('PARAM_OUT_OF_RANGE');
  });

  it('returns the graph problem for an invalid graph without training', async () => {
    const doc = course(1);
    doc.edges = [];
    const result = await trainGraph({ runId: 'bad', graph: doc, dataset: syntheticDataset(20, 10), backend: 'cpu' });
    expect(result.ok).toBe(false);
  });
});

describe('predictImages', () => {
  it('names the first image that is not 784 bytes', async () => {
    const trained = await trainGraph({ runId: 'p', graph: course(1), dataset: syntheticDataset(40, 10), backend: 'cpu', evaluate: false });
    if (!trained.ok) throw new Error(trained.error.message);
    const { model } = trained.value;
    const good = new Array(784).fill(10);
    const short = await predictImages(model, [good, [1, 2, 3]]);
    expect(short.ok ? null : [short.error.code, short.error.params?.index]).toEqual(['IMAGE_INVALID', 1]);
    const outOfRange = await predictImages(model, [[...good.slice(1), 300]]);
    expect(outOfRange.ok ? null : outOfRange.error.code).toBe('IMAGE_INVALID');
    const fine = await predictImages(model, [good, good]);
    if (!fine.ok) throw new Error(fine.error.message);
    for (const row of fine.value) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    disposeModel(model);
  });
});
