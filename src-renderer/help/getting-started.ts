import type { GraphDocument } from '../../src-shared/graph/document';
import type { GraphProblem } from '../../src-shared/graph/problem';
import { LAYER_REGISTRY } from '../../src-shared/graph/layer-registry';

/** Problems that, before any hidden layer is placed, are simply the next steps of building. */
const NEXT_STEP_CODES: ReadonlySet<string> = new Set(['GRAPH_NODE_DISCONNECTED']);

/** True while the model has no layer between Input and Output yet (a new project). */
export function isGettingStarted(doc: GraphDocument): boolean {
  return !doc.nodes.some((node) => LAYER_REGISTRY[node.kind].role === 'hidden');
}

/**
 * True when a problem should read as a gentle next step rather than an error: the graph is just
 * starting and the problem is only that Input and Output are not connected yet.
 */
export function isNextStep(problem: Pick<GraphProblem, 'code'>, gettingStarted: boolean): boolean {
  return gettingStarted && NEXT_STEP_CODES.has(problem.code);
}
