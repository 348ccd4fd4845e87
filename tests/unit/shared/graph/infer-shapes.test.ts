import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createTemplate, inferShapes, type GraphDocument } from '../../../../src-shared/graph';
import { courseModel, graph, node } from './graph-builders';

/** The same model built by hand with tfjs, the way the Keras course writes it. */
function tfjsModel(hidden: { units?: number; rate?: number }[]): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.flatten({ inputShape: [28, 28] }));
  for (const layer of hidden) {
    if (layer.units !== undefined) model.add(tf.layers.dense({ units: layer.units, activation: 'relu' }));
    if (layer.rate !== undefined) model.add(tf.layers.dropout({ rate: layer.rate }));
  }
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  return model;
}

function countWithTfjs(hidden: { units?: number; rate?: number }[]): number {
  const model = tfjsModel(hidden);
  const count = model.countParams();
  model.dispose();
  return count;
}

describe('inferShapes', () => {
  it('gives the course model 784 → 128 → 10 and 101,770 parameters', () => {
    const result = inferShapes(courseModel());
    expect(result.complete).toBe(true);
    expect(result.order).toEqual(['input', 'flatten', 'dense', 'output']);
    expect(result.nodes.input?.outputShape).toEqual([28, 28]);
    expect(result.nodes.flatten).toMatchObject({ inputShape: [28, 28], outputShape: [784], trainableParams: 0 });
    expect(result.nodes.dense).toMatchObject({ inputShape: [784], outputShape: [128], trainableParams: 100_480 });
    expect(result.nodes.output).toMatchObject({ inputShape: [128], outputShape: [10], trainableParams: 1290 });
    expect(result.totalParams).toBe(101_770);
    expect(result.trainableParams).toBe(101_770);
    expect(result.nonTrainableParams).toBe(0);
  });

  it('labels every edge with the shape it carries', () => {
    const result = inferShapes(courseModel());
    expect(result.edgeShapes).toEqual({ e_input_flatten: [28, 28], e_flatten_dense: [784], e_dense_output: [128] });
  });

  const templates: [string, { units?: number; rate?: number }[]][] = [
    ['course-mlp', [{ units: 128 }]],
    ['course-dropout', [{ units: 256 }, { rate: 0.2 }]],
    ['deeper-mlp', [{ units: 256 }, { rate: 0.2 }, { units: 128 }]],
  ];
  it.each(templates)('counts the same parameters as tfjs countParams() for %s', (name, hidden) => {
    const result = inferShapes(createTemplate(name as 'course-mlp'));
    expect(result.totalParams).toBe(countWithTfjs(hidden));
  });

  it('matches tfjs output shapes layer by layer for the deeper template', () => {
    const doc = createTemplate('deeper-mlp');
    const result = inferShapes(doc);
    const model = tfjsModel([{ units: 256 }, { rate: 0.2 }, { units: 128 }]);
    const ours = result.order.slice(1).map((id) => [null, ...(result.nodes[id]?.outputShape ?? [])]);
    expect(ours).toEqual(model.layers.map((layer) => layer.outputShape));
    model.dispose();
  });

  it('counts no bias when useBias is off, as tfjs does', () => {
    const doc = courseModel();
    Object.assign(doc.nodes[2]!.params, { useBias: false });
    Object.assign(doc.nodes[3]!.params, { useBias: false });
    const model = tf.sequential({
      layers: [
        tf.layers.flatten({ inputShape: [28, 28] }),
        tf.layers.dense({ units: 128, useBias: false }),
        tf.layers.dense({ units: 10, useBias: false }),
      ],
    });
    expect(inferShapes(doc).totalParams).toBe(model.countParams());
    model.dispose();
  });

  it('applies Dense to the last axis of a 2-D input, like tfjs', () => {
    const doc = graph([node('in', 'input'), node('d', 'dense', { units: 16 }), node('out', 'output')], ['in>d', 'd>out']);
    const result = inferShapes(doc);
    expect(result.nodes.d).toMatchObject({ outputShape: [28, 16], trainableParams: 28 * 16 + 16 });
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [28, 28], units: 16 }), tf.layers.dense({ units: 10 })] });
    expect(result.totalParams).toBe(model.countParams());
    model.dispose();
  });

  it('leaves shapes unknown after a missing connection but keeps those before it', () => {
    const doc: GraphDocument = courseModel();
    doc.edges = doc.edges.filter((edge) => edge.id !== 'e_flatten_dense');
    const result = inferShapes(doc);
    expect(result.complete).toBe(false);
    expect(result.order).toEqual(['input', 'flatten']);
    expect(result.nodes.flatten?.outputShape).toEqual([784]);
    expect(result.nodes.dense).toMatchObject({ inputShape: null, outputShape: null, trainableParams: 0 });
    expect(result.nodes.output?.outputShape).toBeNull();
    expect(result.totalParams).toBe(0);
  });

  it('gives no shape past a parameter that is out of range', () => {
    const doc = courseModel();
    Object.assign(doc.nodes[2]!.params, { units: 0 });
    const result = inferShapes(doc);
    expect(result.nodes.dense).toMatchObject({ inputShape: [784], outputShape: null });
    expect(result.edgeShapes.e_dense_output).toBeNull();
  });

  it('still gives shapes on both sides of a branch while it is being edited', () => {
    const doc = graph(
      [node('in', 'input'), node('f', 'flatten'), node('a', 'dense', { units: 32 }), node('b', 'dense', { units: 64 })],
      ['in>f', 'f>a', 'f>b'],
    );
    const result = inferShapes(doc);
    expect(result.nodes.a?.outputShape).toEqual([32]);
    expect(result.nodes.b?.outputShape).toEqual([64]);
    expect(result.order).toEqual(['in', 'f']);
  });

  it('terminates on loops and gives their layers no shape', () => {
    const doc = graph([node('in', 'input'), node('a', 'dense'), node('b', 'dense')], ['a>b', 'b>a']);
    const result = inferShapes(doc);
    expect(result.nodes.a?.outputShape).toBeNull();
    expect(result.nodes.b?.outputShape).toBeNull();
  });
});
