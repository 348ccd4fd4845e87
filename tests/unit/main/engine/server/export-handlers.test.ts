import * as tf from '@tensorflow/tfjs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../../../../src-main/engine/backend';
import { compileGraph } from '../../../../../src-main/engine/compile';
import { predictProbabilities } from '../../../../../src-main/engine/evaluate';
import { EXPORT_HANDLERS } from '../../../../../src-main/engine/server/handlers-export';
import { createTemplate } from '../../../../../src-shared/graph';
import { inferShapes } from '../../../../../src-shared/graph/infer-shapes';
import type { EpochMetrics } from '../../../../../src-shared/protocol/engine-types';
import type { ExportedFile } from '../../../../../src-shared/protocol/export-types';
import { syntheticDataset } from '../synthetic';
import { convModel, exportContext, modelAsImportFiles, scope } from './export-support';

const data = syntheticDataset(300, 100);
const ctx = exportContext();
const graph = createTemplate('course-mlp');
graph.hyperparameters.seed = 5;
const history: EpochMetrics[] = [
  { epoch: 1, epochs: 1, loss: 1.2, accuracy: 0.6, valLoss: 1.1, valAccuracy: 0.62, samplesPerSecond: 900, elapsedMs: 300, etaMs: 0 },
];

const exportFiles = (format: 'tfjs' | 'h5' | 'python' | 'js' | 'reports', extra: { name?: string; locale?: 'en' | 'pt-BR' } = {}) =>
  EXPORT_HANDLERS['run.exportFiles']({ runId: 'trained', format, ...extra }, ctx, scope);

const importFiles = (files: { name: string; base64: string }[]) => EXPORT_HANDLERS['model.import']({ files }, ctx, scope);

const bytesOf = (file: ExportedFile | undefined): Buffer => Buffer.from(file?.base64 ?? '', 'base64');
const textOf = (file: ExportedFile | undefined): string => bytesOf(file).toString('utf8');
const byName = (files: readonly ExportedFile[], name: string) => files.find((file) => file.name === name);
const exportTemps = () => readdirSync(tmpdir()).filter((name) => name.startsWith('camadas-export-files-'));

beforeAll(async () => {
  await selectBackend('cpu');
  const built = compileGraph(graph);
  if (!built.ok) throw new Error(built.error.message);
  const { model } = built.value;
  // A short fit moves the weights away from their initial values, as a real run would.
  const xs = tf.tidy(() => tf.tensor3d(data.train.images, [data.train.count, 28, 28], 'float32').div(255));
  const ys = tf.tensor1d(data.train.labels, 'float32');
  await model.fit(xs, ys, { epochs: 1, batchSize: 32, verbose: 0 });
  tf.dispose([xs, ys]);
  ctx.runs.put({ runId: 'trained', model, graph, history, result: null, evaluation: null, predictions: null });
});

afterAll(() => ctx.runs.releaseAll());

describe('run.exportFiles: an export returned as file bytes', () => {
  it('returns model.json first and weights.bin sized as the manifest says for TensorFlow.js', async () => {
    const before = exportTemps();
    const result = await exportFiles('tfjs');
    if (!result.ok) throw new Error(result.error.message);
    const { files } = result.value;
    expect(files.map((f) => f.name)).toEqual(['model.json', 'graph.json', 'history.json', 'weights.bin']);
    const modelJson = JSON.parse(textOf(files[0])) as { weightsManifest: { paths: string[]; weights: { shape: number[] }[] }[] };
    expect(modelJson.weightsManifest[0]?.paths).toEqual(['./weights.bin']);
    const values = modelJson.weightsManifest[0]?.weights.reduce((sum, w) => sum + w.shape.reduce((a, b) => a * b, 1), 0);
    expect(values).toBe(101_770);
    expect(bytesOf(byName(files, 'weights.bin')).byteLength).toBe(101_770 * 4);
    for (const file of files) expect(file.bytes).toBe(bytesOf(file).byteLength);
    expect(byName(files, 'model.json')?.mime).toBe('application/json');
    expect(byName(files, 'weights.bin')?.mime).toBe('application/octet-stream');
    // The temp folder the engine wrote into is gone.
    expect(exportTemps()).toEqual(before);
  });

  it('returns one HDF5 file named after the requested stem for Keras .h5', async () => {
    const result = await exportFiles('h5', { name: 'my-model' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.files.map((f) => [f.name, f.mime])).toEqual([['my-model.h5', 'application/x-hdf5']]);
    // Every HDF5 file starts with this signature.
    expect(bytesOf(result.value.files[0]).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('returns the Python script first, commented in the requested language, with the .h5 it loads', async () => {
    const result = await exportFiles('python', { name: 'course', locale: 'pt-BR' });
    if (!result.ok) throw new Error(result.error.message);
    const { files } = result.value;
    expect(files.map((f) => f.name)).toEqual(['course.py', 'course.h5']);
    const script = textOf(files[0]);
    expect(script).toContain("keras.layers.Dense(128, activation='relu'),");
    expect(script).toContain("camadas_model.load_weights('course.h5')");
    expect(script).toContain("print('Acurácia no teste:', test_accuracy)");
  });

  it('returns the TensorFlow.js files and predict.mjs for the JavaScript snippet', async () => {
    const result = await exportFiles('js');
    if (!result.ok) throw new Error(result.error.message);
    const { files } = result.value;
    expect(files.map((f) => f.name).sort()).toEqual(['graph.json', 'model.json', 'predict.mjs', 'weights.bin']);
    expect(textOf(byName(files, 'predict.mjs'))).toContain('tf.loadLayersModel(');
  });

  it('returns the history as JSON and CSV for the reports of a run without an evaluation', async () => {
    const result = await exportFiles('reports');
    if (!result.ok) throw new Error(result.error.message);
    const { files } = result.value;
    expect(files.map((f) => f.name)).toEqual(['history.csv', 'history.json']);
    expect(textOf(files[0]).split(/\r?\n/)[1]).toBe('1,1.2,0.6,1.1,0.62,900,300');
    expect(byName(files, 'history.csv')?.mime).toBe('text/csv');
  });

  it('answers RUN_NOT_FOUND for a run the engine does not hold', async () => {
    const result = await EXPORT_HANDLERS['run.exportFiles']({ runId: 'gone', format: 'tfjs' }, ctx, scope);
    expect(!result.ok && result.error).toMatchObject({ code: 'RUN_NOT_FOUND', params: { runId: 'gone' } });
  });
});

describe('model.import: a TensorFlow.js model from file contents', () => {
  it('imports a model exported by the engine as a run that predicts identically, with its graph and history', async () => {
    const exported = await exportFiles('tfjs');
    if (!exported.ok) throw new Error(exported.error.message);
    const result = await importFiles(exported.value.files.map(({ name, base64 }) => ({ name, base64 })));
    if (!result.ok) throw new Error(result.error.message);
    const { runId, graph: imported, params, modelFile } = result.value;
    expect(runId).toMatch(/^imported-[0-9a-f-]{36}$/);
    expect([params, modelFile]).toEqual([101_770, 'model.json']);
    expect(inferShapes(imported).totalParams).toBe(101_770);
    expect(imported.nodes.map((node) => [node.kind, node.params])).toEqual(graph.nodes.map((node) => [node.kind, node.params]));
    expect(result.value.history).toEqual(history);

    const original = ctx.runs.get('trained');
    const registered = ctx.runs.get(runId);
    if (!original.ok || !registered.ok) throw new Error('runs missing');
    const expected = await predictProbabilities(original.value.model, data.test.images, data.test.count);
    const actual = await predictProbabilities(registered.value.model, data.test.images, data.test.count);
    expect(actual).toHaveLength(data.test.count * 10);
    expect(Array.from(actual)).toEqual(Array.from(expected));
    // The imported run exports like a trained one.
    const again = await EXPORT_HANDLERS['run.exportFiles']({ runId, format: 'h5' }, ctx, scope);
    expect(again.ok).toBe(true);
    ctx.runs.release(runId);
  });

  it('leaves no tensor behind once the imported run is released', async () => {
    const files = await modelAsImportFiles((ctx.runs.get('trained') as { ok: true; value: { model: tf.LayersModel } }).value.model);
    const before = tf.memory().numTensors;
    const result = await importFiles(files);
    if (!result.ok) throw new Error(result.error.message);
    expect(ctx.runs.release(result.value.runId)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a model.json with a Conv2D layer with MODEL_UNSUPPORTED_LAYER naming it', async () => {
    const model = convModel();
    const files = await modelAsImportFiles(model);
    model.dispose();
    const result = await importFiles(files);
    expect(!result.ok && result.error.code).toBe('MODEL_UNSUPPORTED_LAYER');
    expect(!result.ok && String(result.error.params?.layer)).toMatch(/Conv2D/);
  });

  it('names the missing weights file with MODEL_WEIGHTS_MISSING', async () => {
    const files = await modelAsImportFiles((ctx.runs.get('trained') as { ok: true; value: { model: tf.LayersModel } }).value.model);
    const result = await importFiles(files.filter((file) => file.name === 'model.json'));
    expect(!result.ok && result.error).toMatchObject({
      code: 'MODEL_WEIGHTS_MISSING',
      params: { model: 'model.json', files: 'weights.bin' },
    });
  });

  it('refuses a weights file of the wrong size with MODEL_LOAD_FAILED', async () => {
    const files = await modelAsImportFiles((ctx.runs.get('trained') as { ok: true; value: { model: tf.LayersModel } }).value.model);
    const cut = files.map((file) =>
      file.name === 'weights.bin' ? { name: file.name, base64: Buffer.from(file.base64, 'base64').subarray(0, 1000).toString('base64') } : file,
    );
    const result = await importFiles(cut);
    expect(!result.ok && result.error.code).toBe('MODEL_LOAD_FAILED');
    expect(!result.ok && result.error.message).toContain('1000 bytes');
  });

  it('refuses files that are not a layers model.json with MODEL_UNSUPPORTED_FORMAT', async () => {
    const text = (value: string) => Buffer.from(value).toString('base64');
    const cases = [
      [{ name: 'weights.bin', base64: text('\u0000\u0001') }],
      [{ name: 'model.json', base64: text('{ not json') }],
      [{ name: 'model.json', base64: text(JSON.stringify({ format: 'graph-model', modelTopology: { node: [] } })) }],
    ];
    for (const files of cases) {
      const result = await importFiles(files);
      expect(!result.ok && result.error.code, files[0]?.name).toBe('MODEL_UNSUPPORTED_FORMAT');
    }
  });
});
