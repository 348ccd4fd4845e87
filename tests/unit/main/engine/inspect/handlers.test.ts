import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../../src-shared/graph/templates';
import { filledRgba } from '../../../../../src-shared/imaging/image';
import { DEFAULT_PIPELINE_OPTIONS } from '../../../../../src-shared/imaging/pipeline';
import { parseRequestParams } from '../../../../../src-shared/protocol/validate';
import { ok, type Result } from '../../../../../src-shared/protocol/result';
import { selectBackend } from '../../../../../src-main/engine/backend';
import { buildModel } from '../../../../../src-main/engine/compile';
import { evaluateModel } from '../../../../../src-main/engine/evaluate';
import { INSPECT_HANDLERS } from '../../../../../src-main/engine/inspect/handlers';
import { encodeRgba } from '../../../../../src-main/engine/inspect/preprocess';
import { RunStore } from '../../../../../src-main/engine/runs';
import type { RequestScope, ServerContext } from '../../../../../src-main/engine/server/context';
import { syntheticDataset } from '../synthetic';
import { DEFAULT_STEPS } from '../../../../support/imaging';

const dataset = syntheticDataset(20, 60);
const runs = new RunStore();
const ctx: ServerContext = {
  runs,
  emit: () => undefined,
  backend: () => 'cpu',
  info: () => ({
    backend: 'cpu',
    trainingThreads: null,
    tfjsVersion: tf.version.tfjs,
    engineVersion: 'test',
    pid: process.pid,
  }),
  loadDataset: async () => ok(dataset),
  datasetOptions: {},
  training: null,
};
const scope: RequestScope = { id: 'r1', signal: new AbortController().signal };
let matrix: number[][] = [];

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A navy T-shirt-ish block on white, off-centre, as a photo would be. */
function photo() {
  const image = filledRgba(120, 80, [255, 255, 255]);
  for (let y = 10; y < 70; y++)
    for (let x = 60; x < 110; x++) image.data.set([20, 30, 90, 255], (y * 120 + x) * 4);
  return image;
}

beforeAll(async () => {
  await selectBackend('cpu');
  const graph = createTemplate('course-mlp');
  const built = buildModel(graph);
  if (!built.ok) throw new Error(built.error.message);
  const detail = await evaluateModel(built.value.model, dataset.test);
  matrix = detail.evaluation.confusionMatrix;
  runs.put({
    runId: 'run-1',
    model: built.value.model,
    graph,
    history: [],
    result: null,
    evaluation: detail.evaluation,
    predictions: detail.predicted,
  });
});
afterAll(() => runs.releaseAll());

describe('inspect request handlers', () => {
  it('opens a confusion-matrix cell as a gallery of exactly that many images', async () => {
    for (const [truth, row] of matrix.entries()) {
      for (const [guess, count] of row.entries()) {
        const page = value(
          await INSPECT_HANDLERS['run.testPredictions'](
            { runId: 'run-1', offset: 0, limit: 200, trueLabel: truth, predictedLabel: guess },
            ctx,
            scope,
          ),
        );
        expect(page.total).toBe(count);
        for (const item of page.items) expect([item.label, item.predicted]).toEqual([truth, guess]);
      }
    }
  });

  it('sends pixels, probabilities and a confidence equal to the predicted class probability', async () => {
    const page = value(
      await INSPECT_HANDLERS['run.testPredictions'](
        { runId: 'run-1', offset: 5, limit: 3, sort: 'confidence-desc' },
        ctx,
        scope,
      ),
    );
    expect(page.total).toBe(60);
    expect(page.items).toHaveLength(3);
    for (const item of page.items) {
      expect(item.pixels).toHaveLength(784);
      expect(item.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(item.confidence).toBeCloseTo(item.probabilities[item.predicted] ?? NaN, 6);
    }
    const confidences = page.items.map((i) => i.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('answers RUN_NOT_FOUND for a run the engine no longer has', async () => {
    const result = await INSPECT_HANDLERS['run.testPredictions'](
      { runId: 'gone', offset: 0, limit: 10 },
      ctx,
      scope,
    );
    expect(result.ok ? null : result.error.code).toBe('RUN_NOT_FOUND');
  });

  it('gives the activations of one test image with its label', async () => {
    const result = value(
      await INSPECT_HANDLERS['run.activations'](
        { runId: 'run-1', split: 'test', index: 7 },
        ctx,
        scope,
      ),
    );
    expect(result.label).toBe(dataset.test.labels[7]);
    expect(result.layers.map((l) => l.shape)).toEqual([[28, 28], [784], [128], [10]]);
  });

  it('refuses an image index beyond the split', async () => {
    const result = await INSPECT_HANDLERS['run.activations'](
      { runId: 'run-1', split: 'test', index: 60 },
      ctx,
      scope,
    );
    expect(result.ok ? null : result.error.code).toBe('IMAGE_INDEX_OUT_OF_RANGE');
  });

  it('converts a photo step by step and classifies it when a run is named', async () => {
    const result = value(
      await INSPECT_HANDLERS['image.preprocess'](
        { ...encodeRgba(photo()), options: DEFAULT_PIPELINE_OPTIONS, runId: 'run-1' },
        ctx,
        scope,
      ),
    );
    expect(result.steps.map((s) => s.name)).toEqual(DEFAULT_STEPS);
    const last = result.steps[result.steps.length - 1];
    expect([last?.width, last?.height]).toEqual([28, 28]);
    expect(Buffer.from(last?.rgba ?? '', 'base64')).toHaveLength(28 * 28 * 4);
    expect(result.pixels).toHaveLength(784);
    expect(result.probabilities?.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('converts a photo without a prediction when no run is named', async () => {
    const result = value(
      await INSPECT_HANDLERS['image.preprocess'](
        {
          ...encodeRgba(photo()),
          options: { invert: false, contrastStretch: true, centre: false },
        },
        ctx,
        scope,
      ),
    );
    expect(result.probabilities).toBeNull();
    expect(result.steps.map((s) => s.name)).toEqual([
      'original',
      'trim',
      'resize',
      'sharpen',
      'pad',
      'gray',
      'contrast',
    ]);
  });

  it('scales big step pictures down to a preview', async () => {
    const big = filledRgba(600, 300, [255, 255, 255]);
    big.data.set([0, 0, 0, 255], (150 * 600 + 300) * 4);
    const result = value(
      await INSPECT_HANDLERS['image.preprocess'](
        { ...encodeRgba(big), options: DEFAULT_PIPELINE_OPTIONS },
        ctx,
        scope,
      ),
    );
    expect([result.steps[0]?.width, result.steps[0]?.height]).toEqual([256, 128]);
  });

  it('says a one-colour picture is blank and a short byte string is invalid data', async () => {
    const blank = await INSPECT_HANDLERS['image.preprocess'](
      { ...encodeRgba(filledRgba(30, 30, [200, 10, 10])), options: DEFAULT_PIPELINE_OPTIONS },
      ctx,
      scope,
    );
    expect(blank.ok ? null : blank.error.code).toBe('IMAGE_BLANK');
    const short = await INSPECT_HANDLERS['image.preprocess'](
      {
        width: 30,
        height: 30,
        rgba: Buffer.from([1, 2, 3]).toString('base64'),
        options: DEFAULT_PIPELINE_OPTIONS,
      },
      ctx,
      scope,
    );
    expect(short.ok ? null : short.error.code).toBe('IMAGE_DATA_INVALID');
  });

  it('checks the run before converting, so a stale run is reported', async () => {
    const result = await INSPECT_HANDLERS['image.preprocess'](
      { ...encodeRgba(photo()), options: DEFAULT_PIPELINE_OPTIONS, runId: 'gone' },
      ctx,
      scope,
    );
    expect(result.ok ? null : result.error.code).toBe('RUN_NOT_FOUND');
  });
});

describe('inspect request params on the wire', () => {
  it('accepts a gallery query and rejects an oversized page or a bad sort', () => {
    expect(
      parseRequestParams('run.testPredictions', {
        runId: 'a',
        offset: 0,
        limit: 50,
        correctness: 'wrong',
      }).ok,
    ).toBe(true);
    expect(
      parseRequestParams('run.testPredictions', { runId: 'a', offset: 0, limit: 5000 }).ok,
    ).toBe(false);
    expect(
      parseRequestParams('run.testPredictions', { runId: 'a', offset: 0, limit: 5, sort: 'random' })
        .ok,
    ).toBe(false);
  });

  it('rejects a photo with a missing option or an impossible size', () => {
    const base = { width: 2, height: 2, rgba: 'AAAA', options: DEFAULT_PIPELINE_OPTIONS };
    expect(parseRequestParams('image.preprocess', base).ok).toBe(true);
    expect(parseRequestParams('image.preprocess', { ...base, options: { invert: true } }).ok).toBe(
      false,
    );
    expect(parseRequestParams('image.preprocess', { ...base, width: 0 }).ok).toBe(false);
    expect(parseRequestParams('run.activations', { runId: 'a', split: 'test', index: -1 }).ok).toBe(
      false,
    );
  });
});
