import * as tf from '@tensorflow/tfjs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FashionMnist } from '../../../src-main/engine/datasets/types';
import { selectBackend } from '../../../src-main/engine/backend';
import { disposeModel } from '../../../src-main/engine/dispose';
import { exportModel, importModel } from '../../../src-main/engine/model-io';
import { predictProbabilities } from '../../../src-main/engine/evaluate';
import { trainGraph, type TrainedRun } from '../../../src-main/engine/train';
import type { GraphDocument } from '../../../src-shared/graph/document';
import { courseModel, realDataset } from './real-dataset';

let dataset: FashionMnist;
let trained: TrainedRun;
let graph: GraphDocument;
let root: string;

const first100 = () => dataset.test.images.subarray(0, 100 * 784);

beforeAll(async () => {
  const backend = await selectBackend();
  dataset = await realDataset();
  root = await mkdtemp(path.join(tmpdir(), 'camadas-model-io-'));
  graph = courseModel(3_000);
  const result = await trainGraph({ runId: 'io', graph, dataset, backend, evaluate: false });
  if (!result.ok) throw new Error(result.error.message);
  trained = result.value;
});

afterAll(async () => {
  if (trained) disposeModel(trained.model);
  if (root) await rm(root, { recursive: true, force: true });
});

/** A loader written against the plain tfjs API only, as any user of the export would. */
function plainFileHandler(dir: string): tf.io.IOHandler {
  return {
    load: async () => {
      const json = JSON.parse(
        await readFile(path.join(dir, 'model.json'), 'utf8'),
      ) as tf.io.ModelJSON;
      const group = json.weightsManifest[0];
      if (!group) throw new Error('no weights manifest');
      const bytes = await readFile(path.join(dir, group.paths[0] ?? ''));
      return {
        modelTopology: json.modelTopology,
        weightSpecs: group.weights,
        weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      };
    },
  };
}

describe('exporting and importing a trained model', () => {
  it('writes model.json, weights.bin, graph.json and history.json, and imports them with identical predictions', async () => {
    const dir = path.join(root, 'export-1');
    const exported = await exportModel(
      { model: trained.model, graph, history: trained.result.history },
      dir,
    );
    if (!exported.ok) throw new Error(exported.error.message);
    expect((await readdir(dir)).sort()).toEqual([
      'graph.json',
      'history.json',
      'model.json',
      'weights.bin',
    ]);
    // 101,770 float32 weights.
    expect((await readFile(path.join(dir, 'weights.bin'))).byteLength).toBe(101_770 * 4);

    const imported = await importModel(dir);
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value.graph).toEqual(graph);
    expect(imported.value.history).toEqual(trained.result.history);
    const original = await predictProbabilities(trained.model, first100(), 100);
    const reloaded = await predictProbabilities(imported.value.model, first100(), 100);
    expect(Array.from(reloaded)).toEqual(Array.from(original));
    disposeModel(imported.value.model);
  });

  it('produces files that plain @tensorflow/tfjs loads with tf.loadLayersModel', async () => {
    const dir = path.join(root, 'export-plain');
    const exported = await exportModel({ model: trained.model, graph: null, history: [] }, dir);
    if (!exported.ok) throw new Error(exported.error.message);
    const model = await tf.loadLayersModel(plainFileHandler(dir));
    expect(model.layers.map((l) => l.name)).toEqual(['flatten', 'dense', 'dense_1']);
    const x = tf.tensor3d(
      Float32Array.from(first100(), (v) => v / 255),
      [100, 28, 28],
    );
    const plain = model.predict(x) as tf.Tensor;
    const original = await predictProbabilities(trained.model, first100(), 100);
    expect(Array.from(await plain.data())).toEqual(Array.from(original));
    tf.dispose([x, plain]);
    model.dispose();
  });

  it('refuses to overwrite a folder holding other files and leaves it as it was', async () => {
    const dir = path.join(root, 'holiday');
    await mkdir(dir);
    await writeFile(path.join(dir, 'photo.jpg'), 'precious');
    const exported = await exportModel({ model: trained.model, graph, history: [] }, dir);
    expect(exported.ok ? 'ok' : exported.error.code).toBe('EXPORT_FAILED');
    expect(await readdir(dir)).toEqual(['photo.jpg']);
    expect((await readdir(root)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('overwrites a previous export in place', async () => {
    const dir = path.join(root, 'again');
    for (let i = 0; i < 2; i++) {
      const exported = await exportModel({ model: trained.model, graph, history: [] }, dir);
      expect(exported.ok).toBe(true);
    }
    expect((await readdir(root)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('names what is wrong with a folder that holds no usable model', async () => {
    const missing = await importModel(path.join(root, 'does-not-exist'));
    expect(missing.ok ? 'ok' : missing.error.code).toBe('FILE_NOT_FOUND');

    const broken = path.join(root, 'broken');
    await mkdir(broken);
    await writeFile(path.join(broken, 'model.json'), '{ not json');
    const notJson = await importModel(broken);
    expect(notJson.ok ? 'ok' : [notJson.error.code, notJson.error.message]).toEqual([
      'MODEL_LOAD_FAILED',
      expect.stringContaining('not valid JSON'),
    ]);

    const source = path.join(root, 'export-1');
    const noWeights = path.join(root, 'no-weights');
    await mkdir(noWeights);
    await writeFile(
      path.join(noWeights, 'model.json'),
      await readFile(path.join(source, 'model.json')),
    );
    const result = await importModel(noWeights);
    expect(result.ok ? 'ok' : result.error.message).toContain('weights file');

    const unsupported = path.join(root, 'unsupported');
    await mkdir(unsupported);
    const json = JSON.parse(await readFile(path.join(source, 'model.json'), 'utf8')) as {
      modelTopology: { config: { layers: { class_name: string }[] } };
    };
    const layer = json.modelTopology.config.layers[0];
    if (layer) layer.class_name = 'Conv7D';
    await writeFile(path.join(unsupported, 'model.json'), JSON.stringify(json));
    await writeFile(
      path.join(unsupported, 'weights.bin'),
      await readFile(path.join(source, 'weights.bin')),
    );
    const named = await importModel(unsupported);
    expect(named.ok ? 'ok' : [named.error.code, named.error.params?.layer]).toEqual([
      'MODEL_UNSUPPORTED_LAYER',
      'Conv7D',
    ]);
  });
});
