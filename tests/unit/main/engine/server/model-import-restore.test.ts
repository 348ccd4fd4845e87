import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../../../../src-main/engine/backend';
import { compileGraph } from '../../../../../src-main/engine/compile';
import { predictProbabilities } from '../../../../../src-main/engine/evaluate';
import { EXPORT_HANDLERS } from '../../../../../src-main/engine/server/handlers-export';
import { createTemplate } from '../../../../../src-shared/graph';
import type { GraphDocument } from '../../../../../src-shared/graph/document';
import type { ImportFile } from '../../../../../src-shared/protocol/export-types';
import { parseRequestParams } from '../../../../../src-shared/protocol/validate';
import { syntheticDataset } from '../synthetic';
import { exportContext, scope } from './export-support';

// A model restored from a project's kept weights: the same run id and the run's own graph.
const data = syntheticDataset(200, 50);
const ctx = exportContext();
const graph: GraphDocument = createTemplate('course-mlp');
graph.hyperparameters.epochs = 7;
let files: ImportFile[];

const probabilities = (model: tf.LayersModel) =>
  predictProbabilities(model, data.test.images, data.test.count, 28, 28);

beforeAll(async () => {
  await selectBackend('cpu');
  const built = compileGraph(graph);
  if (!built.ok) throw new Error(built.error.message);
  ctx.runs.put({
    runId: 'trained',
    model: built.value.model,
    graph,
    history: [],
    result: null,
    evaluation: null,
    predictions: null,
  });
  const exported = await EXPORT_HANDLERS['run.exportFiles'](
    { runId: 'trained', format: 'tfjs' },
    ctx,
    scope,
  );
  if (!exported.ok) throw new Error(exported.error.message);
  files = exported.value.files.map(({ name, base64 }) => ({ name, base64 }));
});

afterAll(() => ctx.runs.releaseAll());

describe('model.import under a given run id', () => {
  it('registers the model under the requested id with the run’s own graph, predicting identically', async () => {
    const original = ctx.runs.get('trained');
    if (!original.ok) throw new Error(original.error.message);
    const expected = await probabilities(original.value.model);
    ctx.runs.release('trained');
    const result = await EXPORT_HANDLERS['model.import'](
      { files, runId: 'trained', graph },
      ctx,
      scope,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.runId).toBe('trained');
    expect(result.value.graph.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(result.value.graph.hyperparameters.epochs).toBe(7);
    const restored = ctx.runs.get('trained');
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.graph).toEqual(graph);
    expect(Array.from(await probabilities(restored.value.model))).toEqual(Array.from(expected));
  });

  it('replaces a model already held under that id, freeing its tensors', async () => {
    const before = tf.memory().numTensors;
    const again = await EXPORT_HANDLERS['model.import'](
      { files, runId: 'trained', graph },
      ctx,
      scope,
    );
    expect(again.ok).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    expect(ctx.runs.ids().filter((id) => id === 'trained')).toHaveLength(1);
  });

  it('refuses weights that do not fit the given graph with MODEL_LOAD_FAILED', async () => {
    const other = createTemplate('course-dropout');
    const result = await EXPORT_HANDLERS['model.import'](
      { files, runId: 'other', graph: other },
      ctx,
      scope,
    );
    expect(!result.ok && result.error.code).toBe('MODEL_LOAD_FAILED');
    expect(ctx.runs.has('other')).toBe(false);
  });

  it('refuses a broken graph with its graph error, and a run id outside the safe alphabet', async () => {
    const broken = await EXPORT_HANDLERS['model.import'](
      { files, runId: 'x', graph: { nodes: 'x' } as unknown as GraphDocument },
      ctx,
      scope,
    );
    expect(broken.ok).toBe(false);
    expect(ctx.runs.has('x')).toBe(false);
    const badId = parseRequestParams('model.import', { files, runId: '../x' });
    expect(badId.ok).toBe(false);
    expect(parseRequestParams('model.import', { files, runId: 'run-1.a_b' }).ok).toBe(true);
    expect(parseRequestParams('model.import', { files, graph: 'not an object' }).ok).toBe(false);
  });
});
