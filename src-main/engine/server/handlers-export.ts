import { randomUUID } from 'node:crypto';
import { parseGraphDocument } from '../../../src-shared/graph/parse';
import { ok } from '../../../src-shared/protocol/result';
import type { HandlerMap } from './context';
import { exportRunAsFiles } from './handlers-export-files';
import { importModelFromFiles } from './handlers-export-import';

type ExportMethod = 'run.exportFiles' | 'model.import';

/** Export as bytes (browser mode) and model import; joined into the engine's HANDLERS. */
export const EXPORT_HANDLERS: Pick<HandlerMap, ExportMethod> = {
  'run.exportFiles': async (params, ctx) => {
    const run = ctx.runs.get(params.runId);
    if (!run.ok) return run;
    return exportRunAsFiles(run.value, params);
  },

  'model.import': async (params, ctx) => {
    // A restore sends the run's own graph, so layer ids and hyperparameters stay the run's.
    const trainedGraph = params.graph === undefined ? null : parseGraphDocument(params.graph);
    if (trainedGraph !== null && !trainedGraph.ok) return trainedGraph;
    const imported = await importModelFromFiles(params.files, trainedGraph?.value);
    if (!imported.ok) return imported;
    const { model, graph, history, modelFile } = imported.value;
    const runId = params.runId ?? `imported-${randomUUID()}`;
    ctx.runs.put({ runId, model, graph, history, result: null, evaluation: null, predictions: null });
    return ok({ runId, graph, history, params: model.countParams(), modelFile });
  },
};
