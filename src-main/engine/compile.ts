import * as tf from '@tensorflow/tfjs';
import type { GraphDocument } from '../../src-shared/graph/document';
import { getDataset } from '../../src-shared/datasets/fashion-mnist';
import { inferShapes, type ShapeInference } from '../../src-shared/graph/infer-shapes';
import { layerNames } from '../../src-shared/graph/layer-names';
import { problemToAppError, type GraphProblem } from '../../src-shared/graph/problem';
import { validateGraph } from '../../src-shared/graph/validate';
import { appError, isAppError, type AppError } from '../../src-shared/protocol/result';
import { buildLayer } from './layers';
import { createOptimizer } from './optimizers';
import { disposeModel } from './dispose';

/** A graph turned into a compiled tfjs model, with what was learned about it on the way. */
export interface CompiledModel {
  model: tf.Sequential;
  /** tfjs layer name per node id. */
  names: Record<string, string>;
  /** Node ids from Input to Output. */
  order: string[];
  /** Equals `model.countParams()` and the shape inference total. */
  params: number;
  inference: ShapeInference;
}

/** A Result whose failure also carries every graph problem found, not only the first. */
export type CompileOutcome =
  | { ok: true; value: CompiledModel }
  | { ok: false; error: AppError; problems: GraphProblem[] };

export const LOSS = 'sparseCategoricalCrossentropy';

/**
 * Per-layer seed derived from the document's seed, so two layers never share one stream and
 * the same seed always builds the same weights.
 */
export function layerSeed(seed: number | null, layerIndex: number): number | undefined {
  if (seed === null) return undefined;
  return (seed * 7919 + (layerIndex + 1) * 104_729) % 2_147_483_647;
}

function failWith(error: AppError, problems: GraphProblem[] = []): CompileOutcome {
  return { ok: false, error, problems };
}

/** Builds the tf.Sequential for a graph, unfitted and compiled. Validates first; no side effects. */
export function buildModel(doc: GraphDocument): CompileOutcome {
  const problems = validateGraph(doc);
  const first = problems[0];
  if (first !== undefined) return failWith(problemToAppError(first), problems);

  const inference = inferShapes(doc);
  const names = layerNames(doc);
  const dataset = getDataset(doc.datasetId);
  const byId = new Map(doc.nodes.map((node) => [node.id, node] as const));
  const model = tf.sequential();
  let pendingInputShape: number[] | undefined = [...dataset.inputShape];
  try {
    inference.order.forEach((id, index) => {
      const node = byId.get(id);
      if (node === undefined) throw appError('INTERNAL', `Node ${id} is on the chain but not in the graph.`);
      const layer = buildLayer(node, {
        name: names[id] ?? `${node.kind}_${index}`,
        seed: layerSeed(doc.hyperparameters.seed, index),
        dataset,
        ...(pendingInputShape ? { inputShape: pendingInputShape } : {}),
      });
      if (layer === null) return;
      model.add(layer);
      pendingInputShape = undefined;
    });
    const params = model.countParams();
    if (params !== inference.totalParams) {
      throw appError('INTERNAL', `The model has ${params} parameters but shape inference expected ${inference.totalParams}.`, {
        params: { reason: 'parameter count mismatch' },
      });
    }
    return { ok: true, value: { model, names, order: inference.order, params, inference } };
  } catch (error) {
    disposeModel(model);
    return failWith(toAppError(error));
  }
}

/** Builds and compiles the model: optimizer and learning rate from the graph, sparse CE loss, accuracy. */
export function compileGraph(doc: GraphDocument): CompileOutcome {
  const built = buildModel(doc);
  if (!built.ok) return built;
  const { model } = built.value;
  const { optimizer, learningRate } = doc.hyperparameters;
  model.compile({ optimizer: createOptimizer(optimizer, learningRate), loss: LOSS, metrics: ['accuracy'] });
  return built;
}

function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return appError('INTERNAL', `The model could not be built: ${reason}`, { params: { reason } });
}
