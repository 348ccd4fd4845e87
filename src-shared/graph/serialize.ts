import type { GraphDocument, LayerNode } from './document';
import { LAYER_REGISTRY } from './layer-registry';
import { HYPERPARAMETER_NAMES } from './hyperparameters';

/** Params in the registry's order, so saving twice gives the same bytes. */
function orderedParams(node: LayerNode): Record<string, unknown> {
  const values = node.params as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const spec of LAYER_REGISTRY[node.kind].params) {
    if (values[spec.name] !== undefined) out[spec.name] = values[spec.name];
  }
  return out;
}

function orderedNode(node: LayerNode): Record<string, unknown> {
  return {
    id: node.id,
    kind: node.kind,
    ...(node.name !== undefined ? { name: node.name } : {}),
    position: { x: node.position.x, y: node.position.y },
    params: orderedParams(node),
  };
}

/** The document as pretty JSON with a stable key order (and a final newline), for files and diffs. */
export function serializeGraphDocument(doc: GraphDocument): string {
  const hyperparameters: Record<string, unknown> = {};
  for (const name of HYPERPARAMETER_NAMES) hyperparameters[name] = doc.hyperparameters[name];
  const ordered = {
    format: doc.format,
    version: doc.version,
    datasetId: doc.datasetId,
    nodes: doc.nodes.map(orderedNode),
    edges: doc.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
    hyperparameters,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
