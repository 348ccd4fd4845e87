import type { GraphDocument, GraphEdge, LayerNode } from './document';
import { LAYER_REGISTRY } from './layer-registry';

/** Lookup tables over a document; only edges whose two ends exist are indexed. */
export interface GraphIndex {
  nodes: Map<string, LayerNode>;
  edges: GraphEdge[];
  incoming: Map<string, GraphEdge[]>;
  outgoing: Map<string, GraphEdge[]>;
  inputs: LayerNode[];
  outputs: LayerNode[];
}

/** The chain followed from the Input: `complete` when it is the whole graph, Input to Output. */
export interface ChainWalk {
  order: string[];
  complete: boolean;
}

/** Builds lookup tables for a document (first node wins when ids repeat). */
export function indexGraph(doc: GraphDocument): GraphIndex {
  const nodes = new Map<string, LayerNode>();
  for (const node of doc.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const incoming = new Map<string, GraphEdge[]>();
  const outgoing = new Map<string, GraphEdge[]>();
  for (const id of nodes.keys()) {
    incoming.set(id, []);
    outgoing.set(id, []);
  }
  const edges = doc.edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
  for (const edge of edges) {
    outgoing.get(edge.source)?.push(edge);
    incoming.get(edge.target)?.push(edge);
  }
  const withRole = (role: string) => [...nodes.values()].filter((n) => LAYER_REGISTRY[n.kind].role === role);
  return { nodes, edges, incoming, outgoing, inputs: withRole('input'), outputs: withRole('output') };
}

/** Follows edges from the (first) Input while every step is unambiguous. */
export function walkChain(doc: GraphDocument, index: GraphIndex = indexGraph(doc)): ChainWalk {
  const start = index.inputs[0];
  if (start === undefined) return { order: [], complete: false };
  const order = [start.id];
  const seen = new Set(order);
  let current = start.id;
  for (;;) {
    const out = index.outgoing.get(current) ?? [];
    const next = out.length === 1 ? out[0]?.target : undefined;
    if (next === undefined || seen.has(next)) break;
    order.push(next);
    seen.add(next);
    current = next;
  }
  const last = index.nodes.get(current);
  const complete =
    index.inputs.length === 1 &&
    index.outputs.length === 1 &&
    last !== undefined &&
    LAYER_REGISTRY[last.kind].role === 'output' &&
    order.length === doc.nodes.length &&
    doc.edges.length === order.length - 1 &&
    index.edges.length === doc.edges.length;
  return { order, complete };
}

/** The Sequential order Input → … → Output, or null when the graph is not one clean chain. */
export function sequentialOrder(doc: GraphDocument): string[] | null {
  const walk = walkChain(doc);
  return walk.complete ? walk.order : null;
}

/** Ids reachable from `starts` following edges forward (or backward). */
export function reachable(index: GraphIndex, starts: string[], direction: 'forward' | 'backward'): Set<string> {
  const seen = new Set<string>(starts);
  const stack = [...starts];
  const links = direction === 'forward' ? index.outgoing : index.incoming;
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const edge of links.get(id) ?? []) {
      const next = direction === 'forward' ? edge.target : edge.source;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}
