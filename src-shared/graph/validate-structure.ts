import type { GraphDocument, GraphEdge } from './document';
import { LAYER_REGISTRY } from './layer-registry';
import { reachable, type GraphIndex } from './chain';
import { nodeLabel } from './labels';
import { graphProblem, type GraphProblem } from './problem';

const roleOf = (index: GraphIndex, id: string) => {
  const node = index.nodes.get(id);
  return node ? LAYER_REGISTRY[node.kind].role : undefined;
};

const labelOf = (index: GraphIndex, id: string) => {
  const node = index.nodes.get(id);
  return node ? nodeLabel(node) : id;
};

/** Exactly one Input and one Output; each extra one is marked on its node. */
export function roleProblems(index: GraphIndex): GraphProblem[] {
  const problems: GraphProblem[] = [];
  if (index.inputs.length === 0) problems.push(graphProblem('GRAPH_NO_INPUT'));
  if (index.outputs.length === 0) problems.push(graphProblem('GRAPH_NO_OUTPUT'));
  for (const extra of index.inputs.slice(1)) {
    problems.push(graphProblem('GRAPH_MULTIPLE_INPUTS', { count: index.inputs.length }, { nodeId: extra.id }));
  }
  for (const extra of index.outputs.slice(1)) {
    problems.push(graphProblem('GRAPH_MULTIPLE_OUTPUTS', { count: index.outputs.length }, { nodeId: extra.id }));
  }
  return problems;
}

/** Edges naming missing nodes, edges into an Input and edges out of an Output. */
export function edgeProblems(doc: GraphDocument, index: GraphIndex): GraphProblem[] {
  const problems: GraphProblem[] = [];
  for (const edge of doc.edges) {
    const missing = [edge.source, edge.target].filter((id) => !index.nodes.has(id));
    for (const node of missing) {
      problems.push(graphProblem('GRAPH_EDGE_UNKNOWN_NODE', { edge: edge.id, node }, { edgeId: edge.id }));
    }
    if (missing.length > 0) continue;
    if (roleOf(index, edge.target) === 'input') {
      problems.push(
        graphProblem(
          'GRAPH_INPUT_HAS_INCOMING',
          { node: labelOf(index, edge.target), source: labelOf(index, edge.source) },
          { nodeId: edge.target, edgeId: edge.id },
        ),
      );
    }
    if (roleOf(index, edge.source) === 'output') {
      problems.push(
        graphProblem(
          'GRAPH_OUTPUT_HAS_OUTGOING',
          { node: labelOf(index, edge.source), target: labelOf(index, edge.target) },
          { nodeId: edge.source, edgeId: edge.id },
        ),
      );
    }
  }
  return problems;
}

/** One problem per loop, found as the back edges of a depth-first search. */
export function cycleProblems(index: GraphIndex): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];

  const visit = (id: string): void => {
    state.set(id, 'open');
    path.push(id);
    for (const edge of index.outgoing.get(id) ?? []) {
      const next = state.get(edge.target);
      if (next === 'open') problems.push(loopProblem(index, path.slice(path.indexOf(edge.target)), edge));
      else if (next === undefined) visit(edge.target);
    }
    path.pop();
    state.set(id, 'done');
  };
  for (const id of index.nodes.keys()) if (!state.has(id)) visit(id);
  return problems;
}

function loopProblem(index: GraphIndex, loop: string[], closing: GraphEdge): GraphProblem {
  const path = [...loop, closing.target].map((id) => labelOf(index, id)).join(' → ');
  return graphProblem('GRAPH_CYCLE', { path, node: labelOf(index, closing.target) }, { nodeId: closing.target, edgeId: closing.id });
}

/**
 * Sequential is one chain: a node with two or more edges on the same side is a branch. Edges
 * into an Input or out of an Output are left to their own, clearer problems.
 */
export function branchProblems(index: GraphIndex): GraphProblem[] {
  const problems: GraphProblem[] = [];
  for (const [id, node] of index.nodes) {
    const role = LAYER_REGISTRY[node.kind].role;
    const inCount = role === 'input' ? 0 : (index.incoming.get(id) ?? []).length;
    const outCount = role === 'output' ? 0 : (index.outgoing.get(id) ?? []).length;
    const count = Math.max(inCount, outCount);
    if (count >= 2) {
      problems.push(
        graphProblem(
          'GRAPH_BRANCH',
          { node: nodeLabel(node), count, direction: outCount >= inCount ? 'out' : 'in' },
          { nodeId: id },
        ),
      );
    }
  }
  return problems;
}

/**
 * A node is on the chain when data can reach it from an Input and flow on to an Output. Only
 * judged once both ends exist, so an unfinished graph is not buried in messages.
 */
export function disconnectedProblems(index: GraphIndex): GraphProblem[] {
  if (index.inputs.length === 0 || index.outputs.length === 0) return [];
  const fromInput = reachable(index, index.inputs.map((n) => n.id), 'forward');
  const toOutput = reachable(index, index.outputs.map((n) => n.id), 'backward');
  const problems: GraphProblem[] = [];
  for (const [id, node] of index.nodes) {
    if (!fromInput.has(id) || !toOutput.has(id)) {
      problems.push(graphProblem('GRAPH_NODE_DISCONNECTED', { node: nodeLabel(node) }, { nodeId: id }));
    }
  }
  return problems;
}
