import type { GraphDocument } from '../../src-shared/graph/document';
import type { GraphProblem } from '../../src-shared/graph/problem';
import { validateGraph } from '../../src-shared/graph/validate';
import { inferShapes, type ShapeInference } from '../../src-shared/graph/infer-shapes';
import { layerNames } from '../../src-shared/graph/layer-names';
import { modelSummary, type ModelSummary } from '../../src-shared/graph/summary';

/** What the editor shows about a document besides the document itself. */
export interface GraphInsight {
  problems: GraphProblem[];
  /** Problems that point at a node, per node id, for the red outline and the message on it. */
  problemsByNode: ReadonlyMap<string, GraphProblem[]>;
  shapes: ShapeInference;
  /** Keras layer names per node id (`dense`, `dense_1`), as the summary and the engine use. */
  names: Record<string, string>;
  summary: ModelSummary;
}

const cache = new WeakMap<GraphDocument, GraphInsight>();

/** Validation and shape inference of `doc`, computed once per document (documents are immutable). */
export function graphInsight(doc: GraphDocument): GraphInsight {
  const known = cache.get(doc);
  if (known) return known;
  const problems = validateGraph(doc);
  const problemsByNode = new Map<string, GraphProblem[]>();
  for (const problem of problems) {
    if (problem.nodeId === undefined) continue;
    const list = problemsByNode.get(problem.nodeId) ?? [];
    list.push(problem);
    problemsByNode.set(problem.nodeId, list);
  }
  const insight: GraphInsight = {
    problems,
    problemsByNode,
    shapes: inferShapes(doc),
    names: layerNames(doc),
    summary: modelSummary(doc),
  };
  cache.set(doc, insight);
  return insight;
}
