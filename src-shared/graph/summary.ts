import type { GraphDocument } from './document';
import type { Shape } from './shape';
import { LAYER_REGISTRY } from './layer-registry';
import { inferShapes } from './infer-shapes';
import { layerNames } from './layer-names';

/** One line of Keras' `model.summary()`. */
export interface SummaryRow {
  nodeId: string;
  /** Keras-style layer name: `dense_1`. */
  name: string;
  kerasClass: string;
  outputShape: Shape | null;
  params: number;
  trainableParams: number;
  nonTrainableParams: number;
}

/** The summary table and its totals. `complete` is false while the chain is unfinished. */
export interface ModelSummary {
  rows: SummaryRow[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
  complete: boolean;
}

/**
 * Keras-like summary of the chain from Input (the Input itself is not a row, as in Keras'
 * Sequential summary). Rows follow the chain as far as it is connected.
 */
export function modelSummary(doc: GraphDocument): ModelSummary {
  const inference = inferShapes(doc);
  const names = layerNames(doc);
  const byId = new Map(doc.nodes.map((node) => [node.id, node] as const));
  const rows: SummaryRow[] = [];
  for (const id of inference.order) {
    const node = byId.get(id);
    const result = inference.nodes[id];
    if (!node || !result) continue;
    const spec = LAYER_REGISTRY[node.kind];
    if (spec.role === 'input') continue;
    rows.push({
      nodeId: id,
      name: names[id] ?? id,
      kerasClass: spec.kerasClass,
      outputShape: result.outputShape,
      params: result.trainableParams + result.nonTrainableParams,
      trainableParams: result.trainableParams,
      nonTrainableParams: result.nonTrainableParams,
    });
  }
  const trainableParams = rows.reduce((sum, row) => sum + row.trainableParams, 0);
  const nonTrainableParams = rows.reduce((sum, row) => sum + row.nonTrainableParams, 0);
  return {
    rows,
    totalParams: trainableParams + nonTrainableParams,
    trainableParams,
    nonTrainableParams,
    complete: inference.complete,
  };
}
