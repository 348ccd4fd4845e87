import type { GraphDocument, LayerNode } from './document';
import type { Shape } from './shape';
import type { ErrorCode } from '../protocol/codes';
import type { MessageParams } from '../protocol/result';
import type { InferContext, LayerSpec } from './layer-spec';
import { getDataset } from '../datasets/fashion-mnist';
import { LAYER_REGISTRY } from './layer-registry';
import { indexGraph, walkChain, type GraphIndex } from './chain';
import { layerParamIssues } from './layer-params';

/** What one node receives and produces; shapes are null where they cannot be known yet. */
export interface NodeShape {
  inputShape: Shape | null;
  outputShape: Shape | null;
  trainableParams: number;
  nonTrainableParams: number;
  /** Set when the layer itself rejects what it receives (not for missing connections). */
  error: { code: ErrorCode; params?: MessageParams } | null;
}

/** Shapes and parameter counts of a whole document. */
export interface ShapeInference {
  /** Per node id. */
  nodes: Record<string, NodeShape>;
  /** Per edge id: the shape the edge carries (its source's output), for edge labels. */
  edgeShapes: Record<string, Shape | null>;
  /** The chain followed from Input as far as it is unambiguous; the full model when `complete`. */
  order: string[];
  complete: boolean;
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
}

const UNKNOWN: NodeShape = { inputShape: null, outputShape: null, trainableParams: 0, nonTrainableParams: 0, error: null };

function runLayer(node: LayerNode, input: Shape | null, ctx: InferContext): NodeShape {
  // A half-typed parameter (units 0, rate 1.5) gives no shape rather than a wrong one.
  if (layerParamIssues(node).length > 0) return { ...UNKNOWN, inputShape: input };
  const spec = LAYER_REGISTRY[node.kind] as LayerSpec<string, unknown>;
  if (input === null && spec.role !== 'input') return UNKNOWN;
  const outcome = spec.infer(input, node.params, ctx);
  if (!outcome.ok) {
    const error = outcome.code === 'GRAPH_NODE_DISCONNECTED' ? null : { code: outcome.code, ...(outcome.params ? { params: outcome.params } : {}) };
    return { ...UNKNOWN, inputShape: input, error };
  }
  return {
    inputShape: input,
    outputShape: outcome.shape,
    trainableParams: outcome.trainableParams,
    nonTrainableParams: outcome.nonTrainableParams,
    error: null,
  };
}

/**
 * Propagates shapes from the Input along edges. A node gets a shape only when exactly one edge
 * feeds it from a node with a known shape, so branches still show shapes while they are edited.
 */
export function inferShapes(doc: GraphDocument, index: GraphIndex = indexGraph(doc)): ShapeInference {
  const ctx: InferContext = { dataset: getDataset(doc.datasetId) };
  const results = new Map<string, NodeShape>();
  const visiting = new Set<string>();

  const resolve = (id: string): NodeShape => {
    const known = results.get(id);
    if (known) return known;
    const node = index.nodes.get(id);
    if (node === undefined || visiting.has(id)) return UNKNOWN;
    visiting.add(id);
    let input: Shape | null = null;
    if (LAYER_REGISTRY[node.kind].role !== 'input') {
      const feeds = index.incoming.get(id) ?? [];
      const only = feeds.length === 1 ? feeds[0] : undefined;
      input = only ? resolve(only.source).outputShape : null;
    }
    const result = runLayer(node, input, ctx);
    visiting.delete(id);
    results.set(id, result);
    return result;
  };

  const nodes: Record<string, NodeShape> = {};
  let trainableParams = 0;
  let nonTrainableParams = 0;
  for (const id of index.nodes.keys()) {
    const result = resolve(id);
    nodes[id] = result;
    trainableParams += result.trainableParams;
    nonTrainableParams += result.nonTrainableParams;
  }
  const edgeShapes: Record<string, Shape | null> = {};
  for (const edge of doc.edges) edgeShapes[edge.id] = nodes[edge.source]?.outputShape ?? null;
  const { order, complete } = walkChain(doc, index);
  return {
    nodes,
    edgeShapes,
    order,
    complete,
    totalParams: trainableParams + nonTrainableParams,
    trainableParams,
    nonTrainableParams,
  };
}
