import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { graphFromTfjsTopology } from '../../../../src-shared/graph/from-tfjs-topology';
import { inferShapes, layerNames, validateGraph } from '../../../../src-shared/graph';

/** The model.json a tfjs `model.save` writes for these layers (topology part, as tfjs emits it). */
function modelJson(layers: tf.layers.Layer[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const model = tf.sequential({ layers });
  const json = { format: 'layers-model', generatedBy: 'test', modelTopology: model.toJSON(null, false), weightsManifest: [], ...extra };
  model.dispose();
  return json;
}

const flatten = () => tf.layers.flatten({ inputShape: [28, 28], name: 'flatten' });
const out = (name = 'dense_1') => tf.layers.dense({ units: 10, activation: 'softmax', name });

describe('graphFromTfjsTopology', () => {
  it('imports Flatten → Dense → Dropout → Dense(10, softmax) as a valid vertical chain', () => {
    const result = graphFromTfjsTopology(
      modelJson([
        flatten(),
        tf.layers.dense({ units: 64, activation: 'tanh', name: 'dense', kernelInitializer: 'heNormal', useBias: false }),
        tf.layers.dropout({ rate: 0.3, name: 'dropout' }),
        out(),
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.value;
    expect(doc.nodes.map((node) => node.kind)).toEqual(['input', 'flatten', 'dense', 'dropout', 'output']);
    expect(doc.nodes[2]?.params).toEqual({ units: 64, activation: 'tanh', useBias: false, kernelInitializer: 'heNormal' });
    expect(doc.nodes[3]?.params).toEqual({ rate: 0.3 });
    expect(doc.nodes.map((node) => node.position.y)).toEqual([0, 120, 240, 360, 480]);
    expect(new Set(doc.nodes.map((node) => node.position.x)).size).toBe(1);
    expect(validateGraph(doc)).toEqual([]);
    expect(inferShapes(doc).totalParams).toBe(784 * 64 + 64 * 10 + 10);
    // Names Keras would have picked anyway are not stored; the engine derives the same ones.
    expect(doc.nodes.every((node) => node.name === undefined)).toBe(true);
    expect(Object.values(layerNames(doc))).toEqual(expect.arrayContaining(['flatten', 'dense', 'dropout', 'dense_1']));
  });

  it('keeps layer names Keras would not have picked', () => {
    const result = graphFromTfjsTopology(modelJson([flatten(), tf.layers.dense({ units: 32, name: 'hidden' }), out('classes')]));
    expect(result.ok && result.value.nodes.map((node) => node.name)).toEqual([undefined, undefined, 'hidden', 'classes']);
  });

  it('reads the optimizer and learning rate from the training config', () => {
    const json = modelJson([flatten(), out('dense')], {
      trainingConfig: { loss: 'sparse_categorical_crossentropy', optimizer_config: { class_name: 'SGD', config: { learning_rate: 0.05 } } },
    });
    const result = graphFromTfjsTopology(json);
    expect(result.ok && result.value.hyperparameters).toMatchObject({ optimizer: 'sgd', learningRate: 0.05 });
  });

  it('names a Conv2D layer it cannot import', () => {
    const json = modelJson([
      tf.layers.reshape({ targetShape: [28, 28, 1], inputShape: [28, 28], name: 'reshape' }),
      tf.layers.conv2d({ filters: 4, kernelSize: 3, name: 'conv2d' }),
      tf.layers.flatten({ name: 'flatten' }),
      out('dense'),
    ]);
    const result = graphFromTfjsTopology(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('MODEL_UNSUPPORTED_LAYER');
    expect(result.error.params?.layer).toBe('reshape = Reshape; conv2d = Conv2D');
    expect(result.error.message).toContain('Conv2D');
  });

  it('names an LSTM layer it cannot import', () => {
    const json = modelJson([tf.layers.lstm({ units: 8, inputShape: [28, 28], name: 'lstm' }), out('dense')]);
    const result = graphFromTfjsTopology(json);
    expect(!result.ok && result.error.code).toBe('MODEL_UNSUPPORTED_LAYER');
    expect(!result.ok && result.error.params?.layer).toBe('lstm = LSTM');
  });

  it('rejects a last layer that is not Dense(10, softmax), saying what it is', () => {
    const result = graphFromTfjsTopology(modelJson([flatten(), tf.layers.dense({ units: 5, activation: 'relu', name: 'dense' })]));
    expect(!result.ok && result.error.code).toBe('MODEL_UNSUPPORTED_LAYER');
    expect(!result.ok && String(result.error.params?.layer)).toContain('dense = Dense(5, activation=relu) as the last layer');
  });

  it('rejects a model made for another input shape', () => {
    const json = modelJson([tf.layers.flatten({ inputShape: [32, 32, 3], name: 'flatten' }), out('dense')]);
    const result = graphFromTfjsTopology(json);
    expect(!result.ok && result.error).toMatchObject({ code: 'MODEL_UNSUPPORTED_FORMAT', params: { format: 'input 32 × 32 × 3' } });
  });

  it('rejects graph models, functional models and files that are not models', () => {
    const cases: [unknown, string][] = [
      [{ format: 'graph-model', modelTopology: { node: [] } }, 'graph-model'],
      [{ modelTopology: { node: [{ name: 'x' }] } }, 'graph-model'],
      [{ format: 'layers-model', modelTopology: { class_name: 'Functional', config: { layers: [] } } }, 'Functional model'],
      [{ modelTopology: { class_name: 'Sequential', config: { layers: [] } } }, 'no layers'],
      [{ modelTopology: { class_name: 'Sequential', config: { layers: [{ config: {} }] } } }, 'malformed layer'],
      [[1, 2, 3], 'not a model.json'],
      ['{ not json', 'not JSON'],
      [{ hello: 'world' }, 'no modelTopology'],
    ];
    for (const [input, format] of cases) {
      const result = graphFromTfjsTopology(input);
      expect(!result.ok && result.error).toMatchObject({ code: 'MODEL_UNSUPPORTED_FORMAT', params: { format } });
    }
  });

  it('accepts a Keras model config wrapped the way tensorflowjs_converter writes it', () => {
    const topology = modelJson([flatten(), out('dense')]).modelTopology as Record<string, unknown>;
    const converted = { format: 'layers-model', modelTopology: { keras_version: '2.15.0', backend: 'tensorflow', model_config: topology } };
    const result = graphFromTfjsTopology(converted);
    expect(result.ok && result.value.nodes.map((node) => node.kind)).toEqual(['input', 'flatten', 'output']);
  });

  it('reports out-of-range parameters as the graph problem they are', () => {
    const json = modelJson([flatten(), tf.layers.dense({ units: 9000, name: 'dense' }), out()]);
    const result = graphFromTfjsTopology(json);
    expect(!result.ok && result.error.code).toBe('PARAM_OUT_OF_RANGE');
  });
});
