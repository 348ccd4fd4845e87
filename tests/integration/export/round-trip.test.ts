import * as tf from '@tensorflow/tfjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src-main/engine/compile';
import { predictProbabilities } from '../../../src-main/engine/evaluate';
import { exportRun } from '../../../src-main/engine/export';
import { importModel } from '../../../src-main/engine/model-io';
import { createTemplate, type GraphDocument } from '../../../src-shared/graph';
import { FASHION_MNIST } from '../../../src-shared/datasets/fashion-mnist';
import { graphFromTfjsTopology } from '../../../src-shared/graph/from-tfjs-topology';
import { testImages } from './test-images';

const COUNT = 100;
const TRAIN = 512;

let dir: string;
let model: tf.LayersModel;
let images: Uint8Array;
let expected: Float32Array;
const graph: GraphDocument = createTemplate('course-dropout');
graph.hyperparameters.seed = 11;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'camadas-roundtrip-'));
  const data = await testImages(TRAIN);
  images = data.pixels.slice(0, COUNT * 784);
  const built = compileGraph(graph);
  if (!built.ok) throw new Error(built.error.message);
  model = built.value.model;
  // A short fit moves the weights away from their initial values, as a real run would.
  const xs = tf.tidy(() => tf.tensor3d(data.pixels, [TRAIN, 28, 28], 'float32').div(255));
  const ys = tf.tensor1d(data.labels, 'float32');
  await model.fit(xs, ys, { epochs: 1, batchSize: 64, verbose: 0 });
  tf.dispose([xs, ys]);
  expected = await predictProbabilities(model, images, COUNT);
});

afterAll(() => {
  model.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('export → import round trip on real Fashion-MNIST test images', () => {
  it('gives identical predictions on 100 test images after a TensorFlow.js export and import', async () => {
    const target = join(dir, 'tfjs');
    const exported = await exportRun({ model, graph, history: [], format: 'tfjs', path: target });
    expect(exported.ok).toBe(true);
    const imported = await importModel(target);
    if (!imported.ok) throw new Error(imported.error.message);
    const actual = await predictProbabilities(imported.value.model, images, COUNT);
    imported.value.model.dispose();
    expect(actual).toHaveLength(COUNT * 10);
    expect(Array.from(actual)).toEqual(Array.from(expected));
  });

  it('imports model.json as the same graph, which rebuilt with the weights predicts identically', async () => {
    const target = join(dir, 'tfjs-graph');
    expect((await exportRun({ model, graph, history: [], format: 'tfjs', path: target })).ok).toBe(true);
    const result = graphFromTfjsTopology(JSON.parse(readFileSync(join(target, 'model.json'), 'utf8')));
    if (!result.ok) throw new Error(result.error.message);
    const doc = result.value;
    expect(doc.nodes.map((node) => [node.kind, node.params])).toEqual(graph.nodes.map((node) => [node.kind, node.params]));

    const rebuilt = compileGraph(doc);
    if (!rebuilt.ok) throw new Error(rebuilt.error.message);
    const imported = await importModel(target);
    if (!imported.ok) throw new Error(imported.error.message);
    rebuilt.value.model.setWeights(imported.value.model.getWeights());
    const actual = await predictProbabilities(rebuilt.value.model, images, COUNT);
    rebuilt.value.model.dispose();
    imported.value.model.dispose();
    expect(Array.from(actual)).toEqual(Array.from(expected));
  });

  it('runs the exported predict.mjs with plain Node and gets the model prediction for a real image', async () => {
    const target = join(dir, 'js');
    expect((await exportRun({ model, graph, history: [], format: 'js', path: target })).ok).toBe(true);
    // The snippet imports @tensorflow/tfjs; give its folder the project's packages.
    symlinkSync(resolve('node_modules'), join(target, 'node_modules'), 'dir');
    const image = join(dir, 'image.raw');
    const index = 7;
    writeFileSync(image, images.subarray(index * 784, (index + 1) * 784));
    const output = execFileSync(process.execPath, [join(target, 'predict.mjs'), image], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = output.split('\n');
    const probabilities = FASHION_MNIST.classNames.en.map((name) => {
      const line = lines.find((text) => text.startsWith(`${name}: `));
      return Number(line?.slice(name.length + 2));
    });
    const row = Array.from(expected.subarray(index * 10, index * 10 + 10));
    expect(probabilities).toHaveLength(10);
    probabilities.forEach((p, i) => expect(p).toBeCloseTo(row[i] ?? NaN, 6));
    const best = row.indexOf(Math.max(...row));
    expect(lines[0]).toBe(`Predicted: ${FASHION_MNIST.classNames.en[best]}`);
  });

  it('writes an .h5 whose weights equal the trained model weights', async () => {
    const file = join(dir, 'trained.h5');
    expect((await exportRun({ model, graph, history: [], format: 'h5', path: file })).ok).toBe(true);
    const { loadH5wasm } = await import('../../../src-main/engine/export/h5/h5wasm-module');
    const h5 = await loadH5wasm();
    const f = new h5.File(file, 'r');
    try {
      for (const layer of model.layers) {
        for (const weight of layer.weights) {
          const dataset = f.get(`model_weights/${layer.name}/${layer.name}/${weight.originalName.split('/').pop()}:0`);
          if (!(dataset instanceof h5.Dataset)) throw new Error(`missing ${weight.originalName}`);
          expect(dataset.shape).toEqual(weight.shape);
          expect(Array.from(dataset.value as Float32Array)).toEqual(Array.from(weight.read().dataSync()));
        }
      }
    } finally {
      f.close();
    }
  });
});
