import type { DatasetImage } from '../../../src-shared/protocol/engine-types';
import { parseGraphDocument } from '../../../src-shared/graph/parse';
import { appError, fail, ok } from '../../../src-shared/protocol/result';
import { datasetStatus } from '../datasets';
import { evaluateModel } from '../evaluate';
import { predictImages } from '../predict';
import { trainGraph } from '../train';
import { exportRun } from './export-formats';
import type { HandlerMap } from './context';
import { INSPECT_HANDLERS } from '../inspect/handlers';
import { EXPORT_HANDLERS } from './handlers-export';

/** Every request the engine answers; each returns a Result, exceptions are caught by the server. */
export const HANDLERS: HandlerMap = {
  'engine.info': async (_params, ctx) => ok(ctx.info()),

  'dataset.status': async (_params, ctx) => {
    const { problem: _problem, ...status } = await datasetStatus(ctx.datasetOptions);
    return ok(status);
  },

  'dataset.images': async (params, ctx) => {
    const loaded = await ctx.loadDataset();
    if (!loaded.ok) return loaded;
    const set = loaded.value[params.split];
    const pixels = set.rows * set.cols;
    const matching: number[] = [];
    for (let index = 0; index < set.count; index++) {
      if (params.label === undefined || set.labels[index] === params.label) matching.push(index);
    }
    const images: DatasetImage[] = matching.slice(params.offset, params.offset + params.limit).map((index) => ({
      split: params.split,
      index,
      label: set.labels[index] ?? 0,
      pixels: Array.from(set.images.subarray(index * pixels, (index + 1) * pixels)),
    }));
    return ok({ total: matching.length, images });
  },

  'train.start': async (params, ctx, scope) => {
    if (ctx.training !== null) {
      return fail(
        appError('TRAINING_ALREADY_RUNNING', `Run "${ctx.training}" is still training.`, {
          params: { runId: ctx.training },
          hint: 'Press Stop on the current run, or wait until it ends.',
        }),
      );
    }
    const graph = parseGraphDocument(params.graph);
    if (!graph.ok) return graph;
    ctx.training = params.runId;
    try {
      ctx.emit('train.phase', { runId: params.runId, phase: 'loading-data' });
      const dataset = await ctx.loadDataset();
      if (!dataset.ok) return dataset;
      const trained = await trainGraph({
        runId: params.runId,
        graph: graph.value,
        dataset: dataset.value,
        backend: ctx.backend(),
        signal: scope.signal,
        onEvent: ctx.emit,
      });
      if (!trained.ok) return trained;
      const { result, model, predictions } = trained.value;
      ctx.runs.put({
        runId: params.runId,
        model,
        graph: graph.value,
        history: result.history,
        result,
        evaluation: result.evaluation,
        predictions,
      });
      return ok(result);
    } finally {
      ctx.training = null;
    }
  },

  'run.evaluate': async (params, ctx) => {
    const run = ctx.runs.get(params.runId);
    if (!run.ok) return run;
    if (run.value.evaluation) return ok(run.value.evaluation);
    const dataset = await ctx.loadDataset();
    if (!dataset.ok) return dataset;
    const detail = await evaluateModel(run.value.model, dataset.value.test);
    run.value.evaluation = detail.evaluation;
    run.value.predictions = detail.predicted;
    return ok(detail.evaluation);
  },

  'run.predict': async (params, ctx) => {
    const run = ctx.runs.get(params.runId);
    if (!run.ok) return run;
    const probabilities = await predictImages(run.value.model, params.images);
    if (!probabilities.ok) return probabilities;
    return ok({ probabilities: probabilities.value });
  },

  'run.export': async (params, ctx) => {
    const run = ctx.runs.get(params.runId);
    if (!run.ok) return run;
    return exportRun(run.value, params.format, params.path, params.locale ? { locale: params.locale } : {});
  },

  'run.release': async (params, ctx) => ok({ released: ctx.runs.release(params.runId) }),
  ...INSPECT_HANDLERS,
  ...EXPORT_HANDLERS,
};
