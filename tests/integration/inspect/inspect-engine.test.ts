import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation, TrainResult } from '../../../src-shared/protocol/engine-types';
import type {
  ActivationsResult,
  GalleryPage,
  PreprocessResult,
} from '../../../src-shared/protocol/inspect-types';
import type { Result } from '../../../src-shared/protocol/result';
import { DEFAULT_PIPELINE_OPTIONS } from '../../../src-shared/imaging/pipeline';
import { encodeRgba } from '../../../src-main/engine/inspect/preprocess';
import { EngineProcess } from '../engine/engine-process';
import { courseModel, realDataset } from '../engine/real-dataset';
import { readPng } from './png';
import { DEFAULT_STEPS } from '../../support/imaging';

const EXAMPLE = new URL('../../../assets/examples/t-shirt.png', import.meta.url);

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

let engine: EngineProcess;
let evaluation: Evaluation;
let testLabels: Uint8Array;

beforeAll(async () => {
  testLabels = (await realDataset()).test.labels;
  engine = new EngineProcess();
  // Messages sent before the engine is ready are dropped.
  await engine.waitFor((m) => m.type === 'status' && m.state === 'ready');
  // The course model, 1 epoch on 5,000 training images, evaluated on all 10,000 test images.
  const trained = value<TrainResult>(
    await engine.request('train.start', { runId: 'inspect-1', graph: courseModel(5_000) }).reply,
  );
  if (trained.evaluation === null) throw new Error('the run was not evaluated');
  evaluation = trained.evaluation;
});

afterAll(async () => {
  await engine?.stop();
});

describe('inspect requests to a real engine process after training on Fashion-MNIST', () => {
  it('gives every confusion-matrix cell a gallery of exactly that many test images', async () => {
    let seen = 0;
    for (const [truth, row] of evaluation.confusionMatrix.entries()) {
      for (const [guess, count] of row.entries()) {
        const page = value<GalleryPage>(
          await engine.request('run.testPredictions', {
            runId: 'inspect-1',
            offset: 0,
            limit: 5,
            trueLabel: truth,
            predictedLabel: guess,
          }).reply,
        );
        expect(page.total, `cell ${truth}-${guess}`).toBe(count);
        for (const item of page.items) {
          expect([item.label, item.predicted]).toEqual([truth, guess]);
          // The label comes from the real test set.
          expect(testLabels[item.index]).toBe(truth);
        }
        seen += page.total;
      }
    }
    expect(seen).toBe(10_000);
  });

  it('counts the wrong answers as 10,000 minus the right ones, most confident first', async () => {
    const page = value<GalleryPage>(
      await engine.request('run.testPredictions', {
        runId: 'inspect-1',
        offset: 0,
        limit: 50,
        correctness: 'wrong',
        sort: 'confidence-desc',
      }).reply,
    );
    expect(page.total).toBe(10_000 - Math.round(evaluation.testAccuracy * 10_000));
    const confidences = page.items.map((item) => item.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    for (const item of page.items) expect(item.predicted).not.toBe(item.label);
  });

  it('shows one real test image going 28 × 28 → 784 → 128 → 10, ending in probabilities that sum to 1', async () => {
    const result = value<ActivationsResult>(
      await engine.request('run.activations', { runId: 'inspect-1', split: 'test', index: 0 })
        .reply,
    );
    expect(result.label).toBe(testLabels[0]);
    expect(result.layers.map((layer) => [layer.kind, layer.shape])).toEqual([
      ['input', [28, 28]],
      ['flatten', [784]],
      ['dense', [128]],
      ['output', [10]],
    ]);
    const output = result.layers[3]?.values ?? [];
    expect(output.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    // The same image through the gallery gives the same probabilities.
    const page = value<GalleryPage>(
      await engine.request('run.testPredictions', { runId: 'inspect-1', offset: 0, limit: 1 })
        .reply,
    );
    page.items[0]?.probabilities.forEach((p, i) => expect(p).toBeCloseTo(output[i] ?? NaN, 5));
  });

  it('converts the example photo step by step and predicts a class for it', async () => {
    const photo = readPng(new Uint8Array(readFileSync(EXAMPLE)));
    const result = value<PreprocessResult>(
      await engine.request('image.preprocess', {
        ...encodeRgba(photo),
        options: DEFAULT_PIPELINE_OPTIONS,
        runId: 'inspect-1',
      }).reply,
    );
    expect(result.steps.map((step) => step.name)).toEqual(DEFAULT_STEPS);
    expect(result.pixels).toHaveLength(784);
    // Negated: the white background became black, the navy shirt bright.
    expect(result.pixels[0]).toBeLessThan(20);
    expect(Math.max(...result.pixels)).toBeGreaterThan(150);
    expect(result.probabilities).toHaveLength(10);
    expect(result.probabilities?.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('answers bad requests with errors and keeps serving', async () => {
    const missing = await engine.request('run.activations', {
      runId: 'no-such-run',
      split: 'test',
      index: 0,
    }).reply;
    expect(missing.ok ? null : missing.error.code).toBe('RUN_NOT_FOUND');
    const outOfRange = await engine.request('run.activations', {
      runId: 'inspect-1',
      split: 'test',
      index: 10_000,
    }).reply;
    expect(outOfRange.ok ? null : outOfRange.error.code).toBe('IMAGE_INDEX_OUT_OF_RANGE');
    const badPage = await engine.request('run.testPredictions', {
      runId: 'inspect-1',
      offset: 0,
      limit: 100_000,
    }).reply;
    expect(badPage.ok ? null : badPage.error.code).toBe('MESSAGE_INVALID');
    const still = await engine.request('run.testPredictions', {
      runId: 'inspect-1',
      offset: 0,
      limit: 1,
    }).reply;
    expect(still.ok).toBe(true);
  });
});
