import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTemplate, TEMPLATE_NAMES, type TemplateName } from '../../../../src-shared/graph/templates';
import { inferShapes } from '../../../../src-shared/graph/infer-shapes';
import type { GraphDocument } from '../../../../src-shared/graph/document';
import { selectBackend } from '../../../../src-main/engine/backend';
import { compileGraph, layerSeed } from '../../../../src-main/engine/compile';
import { disposeModel } from '../../../../src-main/engine/dispose';

beforeAll(async () => {
  await selectBackend('cpu');
});

const trainable = TEMPLATE_NAMES.filter((name): name is Exclude<TemplateName, 'empty'> => name !== 'empty');

function withoutFlatten(doc: GraphDocument): GraphDocument {
  const flatten = doc.nodes.find((n) => n.kind === 'flatten');
  if (!flatten) throw new Error('template has no flatten');
  const into = doc.edges.find((e) => e.target === flatten.id);
  const out = doc.edges.find((e) => e.source === flatten.id);
  if (!into || !out) throw new Error('flatten is not on the chain');
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => n.id !== flatten.id),
    edges: [...doc.edges.filter((e) => e !== into && e !== out), { id: 'bridge', source: into.source, target: out.target }],
  };
}

describe('compileGraph', () => {
  it.each(trainable)('builds %s with countParams equal to the inferred total', (name) => {
    const doc = createTemplate(name);
    const compiled = compileGraph(doc);
    if (!compiled.ok) throw new Error(compiled.error.message);
    expect(compiled.value.model.countParams()).toBe(inferShapes(doc).totalParams);
    expect(compiled.value.params).toBe(inferShapes(doc).totalParams);
    disposeModel(compiled.value.model);
  });

  it('builds the course model as Flatten → Dense(128) → Dense(10) with Keras-like names and 101,770 params', () => {
    const compiled = compileGraph(createTemplate('course-mlp'));
    if (!compiled.ok) throw new Error(compiled.error.message);
    const { model } = compiled.value;
    expect(model.layers.map((l) => l.getClassName())).toEqual(['Flatten', 'Dense', 'Dense']);
    expect(model.layers.map((l) => l.name)).toEqual(['flatten', 'dense', 'dense_1']);
    expect(model.inputs[0]?.shape).toEqual([null, 28, 28]);
    expect(model.outputs[0]?.shape).toEqual([null, 10]);
    expect(model.countParams()).toBe(101_770);
    expect(model.loss).toBe('sparseCategoricalCrossentropy');
    disposeModel(model);
  });

  it('rejects a Dense fed a 2-D image without Flatten, keeping every problem', () => {
    const result = compileGraph(withoutFlatten(createTemplate('course-mlp')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toContain('SHAPE_NEEDS_FLATTEN');
    expect(result.error.code).toBe(result.problems[0]?.code);
    expect(result.error.message.length).toBeGreaterThan(0);
  });

  it('rejects a graph without an output and with units out of range', () => {
    const doc = createTemplate('course-mlp');
    const dense = doc.nodes.find((n) => n.kind === 'dense');
    if (dense?.kind !== 'dense') throw new Error('no dense');
    dense.params.units = 0;
    const result = compileGraph(doc);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toContain('PARAM_OUT_OF_RANGE');
    const noOutput = { ...doc, nodes: doc.nodes.filter((n) => n.kind !== 'output') };
    const missing = compileGraph(noOutput);
    expect(missing.ok ? [] : missing.problems.map((p) => p.code)).toContain('GRAPH_NO_OUTPUT');
  });

  it('builds identical weights from the same seed and different ones from another', () => {
    const weightsFor = (seed: number) => {
      const doc = createTemplate('course-mlp');
      doc.hyperparameters.seed = seed;
      const compiled = compileGraph(doc);
      if (!compiled.ok) throw new Error(compiled.error.message);
      const values = compiled.value.model.getWeights().map((w) => Array.from(w.dataSync().slice(0, 50)));
      disposeModel(compiled.value.model);
      return values;
    };
    expect(weightsFor(42)).toEqual(weightsFor(42));
    expect(weightsFor(42)).not.toEqual(weightsFor(43));
    expect(layerSeed(null, 0)).toBeUndefined();
    expect(layerSeed(5, 0)).not.toBe(layerSeed(5, 1));
  });

  it('uses the graph optimizer and learning rate', () => {
    const doc = createTemplate('course-mlp');
    doc.hyperparameters.optimizer = 'sgd';
    doc.hyperparameters.learningRate = 0.05;
    const compiled = compileGraph(doc);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const optimizer = compiled.value.model.optimizer as tf.SGDOptimizer;
    expect(optimizer.getClassName()).toBe('SGD');
    expect(optimizer.getConfig().learningRate).toBe(0.05);
    disposeModel(compiled.value.model);
  });

  it('leaves no tensor behind once the model is disposed', () => {
    const before = tf.memory().numTensors;
    const compiled = compileGraph(createTemplate('course-dropout'));
    if (!compiled.ok) throw new Error(compiled.error.message);
    disposeModel(compiled.value.model);
    expect(tf.memory().numTensors).toBe(before);
  });
});
