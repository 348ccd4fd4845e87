import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createTemplate, layerNames, modelSummary } from '../../../../src-shared/graph';
import { courseModel, graph, node } from './graph-builders';

describe('modelSummary', () => {
  it('lists the course model like Keras model.summary()', () => {
    const summary = modelSummary(courseModel());
    expect(summary.rows).toEqual([
      expect.objectContaining({ nodeId: 'flatten', name: 'flatten', kerasClass: 'Flatten', outputShape: [784], params: 0 }),
      expect.objectContaining({ nodeId: 'dense', name: 'dense', kerasClass: 'Dense', outputShape: [128], params: 100_480 }),
      expect.objectContaining({ nodeId: 'output', name: 'dense_1', kerasClass: 'Dense', outputShape: [10], params: 1290 }),
    ]);
    expect(summary).toMatchObject({ totalParams: 101_770, trainableParams: 101_770, nonTrainableParams: 0, complete: true });
  });

  it('agrees with a tfjs model built with the same names, row by row', () => {
    const doc = createTemplate('deeper-mlp');
    const summary = modelSummary(doc);
    const model = tf.sequential();
    model.add(tf.layers.flatten({ inputShape: [28, 28], name: summary.rows[0]!.name }));
    model.add(tf.layers.dense({ units: 256, activation: 'relu', name: summary.rows[1]!.name }));
    model.add(tf.layers.dropout({ rate: 0.2, name: summary.rows[2]!.name }));
    model.add(tf.layers.dense({ units: 128, activation: 'relu', name: summary.rows[3]!.name }));
    model.add(tf.layers.dense({ units: 10, activation: 'softmax', name: summary.rows[4]!.name }));
    expect(summary.rows.map((row) => [row.name, row.kerasClass, [null, ...(row.outputShape ?? [])], row.params])).toEqual(
      model.layers.map((layer) => [layer.name, layer.getClassName(), layer.outputShape, layer.countParams()]),
    );
    expect(summary.totalParams).toBe(model.countParams());
    model.dispose();
  });

  it('stops at the end of the connected chain while the graph is being built', () => {
    const doc = courseModel();
    doc.edges = doc.edges.filter((edge) => edge.id !== 'e_dense_output');
    const summary = modelSummary(doc);
    expect(summary.rows.map((row) => row.nodeId)).toEqual(['flatten', 'dense']);
    expect(summary).toMatchObject({ totalParams: 100_480, complete: false });
  });

  it('is empty when there is no Input', () => {
    const doc = graph([node('d', 'dense'), node('out', 'output')], ['d>out']);
    expect(modelSummary(doc)).toMatchObject({ rows: [], totalParams: 0, complete: false });
  });
});

describe('layerNames', () => {
  it('numbers layers of the same class in chain order, as Keras does', () => {
    const names = layerNames(createTemplate('deeper-mlp'));
    expect(names).toEqual({
      input: 'input_layer',
      flatten: 'flatten',
      dense: 'dense',
      dropout: 'dropout',
      dense_1: 'dense_1',
      output: 'dense_2',
    });
  });

  it('follows the chain, not the order nodes were added in', () => {
    const doc = graph(
      [node('out', 'output'), node('b', 'dense'), node('a', 'dense'), node('in', 'input'), node('f', 'flatten')],
      ['in>f', 'f>a', 'a>b', 'b>out'],
    );
    expect(layerNames(doc)).toMatchObject({ a: 'dense', b: 'dense_1', out: 'dense_2' });
  });

  it('names nodes off the chain after those on it', () => {
    const doc = courseModel();
    doc.nodes.unshift(node('stray', 'dense'));
    expect(layerNames(doc)).toMatchObject({ dense: 'dense', output: 'dense_1', stray: 'dense_2' });
  });

  it('uses a name the user gave, made safe, and never gives it to another layer', () => {
    const doc = courseModel();
    doc.nodes[3]!.name = 'Dense';
    doc.nodes[2]!.name = 'Hidden layer #1';
    const names = layerNames(doc);
    expect(names).toMatchObject({ dense: 'hidden_layer_1', output: 'dense' });
    expect(new Set(Object.values(names)).size).toBe(doc.nodes.length);
  });

  it('keeps names unique when two nodes get the same custom name', () => {
    const doc = courseModel();
    doc.nodes[2]!.name = 'same';
    doc.nodes[3]!.name = 'same';
    const names = layerNames(doc);
    expect(names.dense).toBe('same');
    expect(names.output).toBe('same_1');
  });
});
