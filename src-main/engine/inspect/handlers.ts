import { appError, fail, ok } from '../../../src-shared/protocol/result';
import type { Handler } from '../server/context';
import { predictImages } from '../predict';
import { layerActivations } from './activations';
import { preprocessPhoto } from './preprocess';
import { galleryPage, testPredictions } from './test-predictions';

type InspectMethod = 'run.testPredictions' | 'run.activations' | 'image.preprocess';

/** The engine side of the inspect views; joined into the server's HANDLERS. */
export const INSPECT_HANDLERS: { [M in InspectMethod]: Handler<M> } = {
  'run.testPredictions': async (params, ctx) => {
    const run = ctx.runs.get(params.runId);
    if (!run.ok) return run;
    const dataset = await ctx.loadDataset();
    if (!dataset.ok) return dataset;
    const table = await testPredictions(run.value, dataset.value.test);
    return ok(galleryPage(table, dataset.value.test, params));
  },

  'run.activations': async (params, ctx) => {
    const run = ctx.runs.get(params.runId);
    if (!run.ok) return run;
    const dataset = await ctx.loadDataset();
    if (!dataset.ok) return dataset;
    const set = dataset.value[params.split];
    if (params.index >= set.count) {
      return fail(
        appError(
          'IMAGE_INDEX_OUT_OF_RANGE',
          `The ${params.split} set has ${set.count} images; there is no image ${params.index}.`,
          {
            params: {
              index: params.index,
              count: set.count,
              last: set.count - 1,
              split: params.split,
            },
          },
        ),
      );
    }
    const size = set.rows * set.cols;
    const pixels = set.images.subarray(params.index * size, (params.index + 1) * size);
    return ok({
      split: params.split,
      index: params.index,
      label: set.labels[params.index] ?? 0,
      layers: layerActivations(run.value.model, run.value.graph, pixels, set.rows, set.cols),
    });
  },

  'image.preprocess': async (params, ctx) => {
    // Check the run first: a missing model is the more useful thing to hear.
    const run = params.runId === undefined ? null : ctx.runs.get(params.runId);
    if (run !== null && !run.ok) return run;
    const prepared = preprocessPhoto(params, params.options);
    if (!prepared.ok) return prepared;
    if (run === null) return ok({ ...prepared.value, probabilities: null });
    const predicted = await predictImages(run.value.model, [prepared.value.pixels]);
    if (!predicted.ok) return predicted;
    return ok({ ...prepared.value, probabilities: predicted.value[0] ?? null });
  },
};
