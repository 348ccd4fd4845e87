import * as tf from '@tensorflow/tfjs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../../../../src-main/engine/compile';
import { writeKerasH5 } from '../../../../../src-main/engine/export';
import { createTemplate, type GraphDocument } from '../../../../../src-shared/graph';
import { readKerasH5 } from './h5-read';

const H5DUMP = '/usr/bin/h5dump';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'camadas-h5-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compiled(doc: GraphDocument): tf.LayersModel {
  const result = compileGraph(doc);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.model;
}

describe('writeKerasH5', () => {
  const doc = createTemplate('deeper-mlp');
  doc.hyperparameters = { ...doc.hyperparameters, optimizer: 'rmsprop', learningRate: 0.002 };
  let model: tf.LayersModel;
  let file: string;

  beforeAll(async () => {
    model = compiled(doc);
    file = join(dir, 'deeper.h5');
    const result = await writeKerasH5(model, doc, file);
    expect(result).toEqual({ ok: true, value: { files: [file] } });
  });
  afterAll(() => model.dispose());

  it('holds every layer with weight_names, and each kernel and bias with its shape and values', async () => {
    const read = await readKerasH5(file);
    const layers = model.layers;
    expect(read.layerNames).toEqual(layers.map((layer) => layer.name));
    for (const layer of layers) {
      const expected = layer.weights.map((weight) => `${layer.name}/${weight.originalName.split('/').pop()}:0`);
      expect(read.weightNames[layer.name]).toEqual(expected);
      for (const weight of layer.weights) {
        const dataset = read.datasets[`${layer.name}/${layer.name}/${weight.originalName.split('/').pop()}:0`];
        expect(dataset?.shape).toEqual(weight.shape);
        expect(dataset?.dtype).toBe('<f');
        expect(Array.from(dataset?.values ?? [])).toEqual(Array.from(weight.read().dataSync()));
      }
    }
    // Dense layers carry a kernel and a bias; Flatten and Dropout none, yet still list weight_names.
    expect(read.weightNames.flatten).toEqual([]);
    expect(read.weightNames.dropout).toEqual([]);
    expect(read.weightNames.dense).toEqual(['dense/kernel:0', 'dense/bias:0']);
    expect(read.weightNames.top_level_model_weights).toEqual([]);
  });

  it('writes model_config and training_config as Keras 2 does', async () => {
    const read = await readKerasH5(file);
    expect(read.attrs.backend).toBe('tensorflow');
    expect(read.attrs.keras_version).toMatch(/^2\.\d+\.\d+$/);
    expect(read.modelWeightsAttrs).toMatchObject({ backend: 'tensorflow', keras_version: read.attrs.keras_version });
    const config = JSON.parse(String(read.attrs.model_config)) as {
      class_name: string;
      config: { layers: { class_name: string; config: Record<string, unknown> }[] };
    };
    expect(config.class_name).toBe('Sequential');
    const layers = config.config.layers;
    expect(layers.map((layer) => layer.class_name)).toEqual(['InputLayer', 'Flatten', 'Dense', 'Dropout', 'Dense', 'Dense']);
    expect(layers[0]?.config.batch_input_shape).toEqual([null, 28, 28]);
    expect(layers[1]?.config).toMatchObject({ name: 'flatten', batch_input_shape: [null, 28, 28] });
    expect(layers[2]?.config).toMatchObject({
      name: 'dense',
      units: 256,
      activation: 'relu',
      use_bias: true,
      kernel_initializer: { class_name: 'GlorotUniform' },
    });
    expect(layers[3]?.config).toMatchObject({ name: 'dropout', rate: 0.2 });
    expect(layers[5]?.config).toMatchObject({ units: 10, activation: 'softmax' });
    const training = JSON.parse(String(read.attrs.training_config)) as Record<string, unknown>;
    expect(training).toMatchObject({
      loss: 'sparse_categorical_crossentropy',
      metrics: ['accuracy'],
      loss_weights: null,
      optimizer_config: { class_name: 'RMSprop', config: { learning_rate: 0.002 } },
    });
  });

  it.skipIf(!existsSync(H5DUMP))('lists every kernel and bias with its shape in h5dump -H', () => {
    const header = execFileSync(H5DUMP, ['-H', file], { encoding: 'utf8' });
    for (const layer of model.layers) {
      for (const weight of layer.weights) {
        const name = `${weight.originalName.split('/').pop()}:0`;
        const pattern = new RegExp(
          `GROUP "${layer.name}" \\{[\\s\\S]*?GROUP "${layer.name}" \\{[\\s\\S]*?DATASET "${name}" \\{\\s*DATATYPE\\s+H5T_IEEE_F32LE\\s*DATASPACE\\s+SIMPLE \\{ \\( ${weight.shape.join(', ')} \\)`,
        );
        expect(header).toMatch(pattern);
      }
    }
    expect(header).toMatch(/ATTRIBUTE "model_config"/);
    expect(header).toMatch(/ATTRIBUTE "training_config"/);
  });

  it('keeps the initializer and bias choices in the config', async () => {
    const custom = createTemplate('course-mlp');
    const dense = custom.nodes.find((node) => node.kind === 'dense');
    if (dense?.kind === 'dense') dense.params = { ...dense.params, kernelInitializer: 'heNormal', useBias: false };
    const customModel = compiled(custom);
    const target = join(dir, 'custom.h5');
    expect((await writeKerasH5(customModel, custom, target)).ok).toBe(true);
    const read = await readKerasH5(target);
    const layers = (JSON.parse(String(read.attrs.model_config)) as { config: { layers: { config: Record<string, unknown> }[] } }).config.layers;
    expect(layers[2]?.config).toMatchObject({ use_bias: false, kernel_initializer: { class_name: 'HeNormal' } });
    expect(read.weightNames.dense).toEqual(['dense/kernel:0']);
    customModel.dispose();
  });
});

describe('writeKerasH5 failures', () => {
  const doc = createTemplate('course-mlp');

  it('refuses to write over a folder and leaves nothing behind', async () => {
    const parent = mkdtempSync(join(dir, 'folder-'));
    const target = join(parent, 'model.h5');
    execFileSync('mkdir', [target]);
    const model = compiled(doc);
    const result = await writeKerasH5(model, doc, target);
    model.dispose();
    expect(!result.ok && result.error.code).toBe('EXPORT_FAILED');
    expect(readdirSync(parent)).toEqual(['model.h5']);
  });

  it('fails without a file when the target folder cannot be created', async () => {
    const parent = mkdtempSync(join(dir, 'blocked-'));
    writeFileSync(join(parent, 'not-a-folder'), 'x');
    const model = compiled(doc);
    const result = await writeKerasH5(model, doc, join(parent, 'not-a-folder', 'model.h5'));
    model.dispose();
    expect(!result.ok && result.error).toMatchObject({ code: 'EXPORT_FAILED', params: { path: join(parent, 'not-a-folder', 'model.h5') } });
    expect(readdirSync(parent)).toEqual(['not-a-folder']);
  });

  it('names a layer Keras export does not cover and writes no file', async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.reshape({ targetShape: [28, 28, 1], inputShape: [28, 28], name: 'reshape' }),
        tf.layers.conv2d({ filters: 2, kernelSize: 3, name: 'conv2d' }),
        tf.layers.flatten({ name: 'flatten' }),
        tf.layers.dense({ units: 10, activation: 'softmax', name: 'dense' }),
      ],
    });
    const parent = mkdtempSync(join(dir, 'conv-'));
    const result = await writeKerasH5(model, doc, join(parent, 'conv.h5'));
    model.dispose();
    expect(!result.ok && result.error).toMatchObject({ code: 'MODEL_UNSUPPORTED_LAYER', params: { layer: 'reshape = Reshape; conv2d = Conv2D' } });
    expect(readdirSync(parent)).toEqual([]);
  });
});
