import type { GraphIndex } from './chain';
import type { ShapeInference } from './infer-shapes';
import { LAYER_REGISTRY } from './layer-registry';
import { nodeLabel } from './labels';
import { formatShape } from './shape';
import { graphProblem, type GraphProblem } from './problem';

/** Training keeps 4 float32 copies per parameter: weights, gradients and Adam's two moments. */
export const TRAINING_BYTES_PER_PARAM = 4 * 4;

/** Models whose estimated training memory exceeds this are refused (1 GiB). */
export const MODEL_MEMORY_LIMIT_BYTES = 1024 ** 3;

/** Estimated bytes needed to train a model with this many parameters. */
export function estimateTrainingBytes(params: number): number {
  return params * TRAINING_BYTES_PER_PARAM;
}

/** Groups digits with a narrow space (`101 770`), which reads the same in English and Portuguese. */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

const MIB = 1024 ** 2;

/**
 * A Dense layer applied to a 28 × 28 image works row by row, so the output is not one answer per
 * class. When that reaches the Output, mark the first Dense-like layer fed more than one axis.
 */
export function shapeProblems(index: GraphIndex, inference: ShapeInference): GraphProblem[] {
  const problems: GraphProblem[] = [];
  for (const [id, result] of Object.entries(inference.nodes)) {
    const node = index.nodes.get(id);
    if (node && result.error) problems.push(graphProblem(result.error.code, { node: nodeLabel(node), ...result.error.params }, { nodeId: id }));
  }
  const output = index.outputs.length === 1 ? index.outputs[0] : undefined;
  const reaching = output ? inference.nodes[output.id]?.inputShape : null;
  if (!output || !reaching || reaching.length === 1) return problems;
  // Walk back from Output to Input through single feeds and keep the earliest offender.
  let culprit: { id: string; shape: string; previous: string } | null = null;
  let current = output.id;
  const seen = new Set<string>();
  while (!seen.has(current)) {
    seen.add(current);
    const node = index.nodes.get(current);
    const feeds = index.incoming.get(current) ?? [];
    const received = inference.nodes[current]?.inputShape;
    const feed = feeds.length === 1 ? feeds[0] : undefined;
    if (!node || !received || !feed) break;
    const previous = index.nodes.get(feed.source);
    if (LAYER_REGISTRY[node.kind].kerasClass === 'Dense' && received.length > 1) {
      culprit = { id: current, shape: formatShape(received), previous: previous ? nodeLabel(previous) : feed.source };
    }
    current = feed.source;
  }
  if (culprit) {
    const node = index.nodes.get(culprit.id);
    problems.push(
      graphProblem(
        'SHAPE_NEEDS_FLATTEN',
        { node: node ? nodeLabel(node) : culprit.id, shape: culprit.shape, previous: culprit.previous },
        { nodeId: culprit.id },
      ),
    );
  }
  return problems;
}

/** Refuses models too big to train in memory, pointing at the biggest layer. */
export function sizeProblems(index: GraphIndex, inference: ShapeInference): GraphProblem[] {
  const bytes = estimateTrainingBytes(inference.totalParams);
  if (bytes <= MODEL_MEMORY_LIMIT_BYTES) return [];
  let biggest: { id: string; params: number } | null = null;
  for (const [id, result] of Object.entries(inference.nodes)) {
    const params = result.trainableParams + result.nonTrainableParams;
    if (!biggest || params > biggest.params) biggest = { id, params };
  }
  const node = biggest ? index.nodes.get(biggest.id) : undefined;
  return [
    graphProblem(
      'MODEL_TOO_LARGE',
      {
        params: formatCount(inference.totalParams),
        memory: formatCount(bytes / MIB),
        limit: formatCount(MODEL_MEMORY_LIMIT_BYTES / MIB),
        node: node ? nodeLabel(node) : '',
      },
      node ? { nodeId: node.id } : {},
    ),
  ];
}
