import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../../src-shared/graph/templates';
import { layerNames } from '../../../../../src-shared/graph/layer-names';
import { selectBackend } from '../../../../../src-main/engine/backend';
import { buildModel } from '../../../../../src-main/engine/compile';
import { disposeModel } from '../../../../../src-main/engine/dispose';
import { layerActivations } from '../../../../../src-main/engine/inspect/activations';
import { syntheticSet } from '../synthetic';

const graph = createTemplate('course-mlp');
let model: tf.LayersModel;
const image = Array.from(syntheticSet(3).images.subarray(784 * 2, 784 * 3));

beforeAll(async () => {
  await selectBackend('cpu');
  const built = buildModel(graph);
  if (!built.ok) throw new Error(built.error.message);
  model = built.value.model;
});
afterAll(() => disposeModel(model));

describe('layer activations of the course model for one image', () => {
  it('goes 28 × 28 → 784 → 128 → 10, Input first and Output last', () => {
    const layers = layerActivations(model, graph, image);
    expect(layers.map((l) => l.kind)).toEqual(['input', 'flatten', 'dense', 'output']);
    expect(layers.map((l) => l.shape)).toEqual([[28, 28], [784], [128], [10]]);
    for (const layer of layers)
      expect(layer.values).toHaveLength(layer.shape.reduce((a, b) => a * b, 1));
  });

  it('names each layer after its canvas node', () => {
    const names = layerNames(graph);
    const layers = layerActivations(model, graph, image);
    for (const layer of layers.slice(1)) {
      expect(layer.nodeId).not.toBeNull();
      expect(names[layer.nodeId ?? '']).toBe(layer.name);
    }
    expect(layers[0]?.nodeId).toBe(graph.nodes.find((n) => n.kind === 'input')?.id);
  });

  it('shows the input divided by 255 and Flatten as the same values in a row', () => {
    const [input, flatten] = layerActivations(model, graph, image);
    expect(input?.values[100]).toBeCloseTo((image[100] ?? 0) / 255, 6);
    expect(flatten?.values).toEqual(input?.values.map((v) => Math.fround(v)));
  });

  it('ends in probabilities that sum to 1 and equal model.predict', () => {
    const layers = layerActivations(model, graph, image);
    const output = layers[layers.length - 1]?.values ?? [];
    expect(output.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    const expected = tf.tidy(() =>
      Array.from(
        (
          model.predict(
            tf.tensor3d(
              Float32Array.from(image, (v) => v / 255),
              [1, 28, 28],
            ),
          ) as tf.Tensor
        ).dataSync(),
      ),
    );
    output.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 6));
  });

  it('gives ReLU activations that are never negative', () => {
    const dense = layerActivations(model, graph, image)[2];
    expect(Math.min(...(dense?.values ?? [-1]))).toBeGreaterThanOrEqual(0);
  });

  it('leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    layerActivations(model, graph, image);
    expect(tf.memory().numTensors).toBe(before);
  });
});
