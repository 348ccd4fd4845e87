import type { GraphDocument, GraphEdge, LayerNode, Position } from '../../src-shared/graph/document';
import { LAYER_REGISTRY, type LayerKind, type LayerParamsByKind } from '../../src-shared/graph/layer-registry';

/** Pure document edits the store's actions are built from; each returns a new document. */

/** A fresh node of `kind` with the registry's defaults. */
export function makeNode<K extends LayerKind>(kind: K, id: string, position: Position): LayerNode {
  const params: LayerParamsByKind[K] = structuredClone(LAYER_REGISTRY[kind].defaults);
  return { id, kind, params, position: { x: position.x, y: position.y } } as LayerNode;
}

/** The document with `node` appended. */
export function withNode(doc: GraphDocument, node: LayerNode): GraphDocument {
  return { ...doc, nodes: [...doc.nodes, node] };
}

/** The document with `edge` appended. */
export function withEdge(doc: GraphDocument, edge: GraphEdge): GraphDocument {
  return { ...doc, edges: [...doc.edges, edge] };
}

/** The document without the given nodes and edges; edges touching a removed node go too. */
export function without(doc: GraphDocument, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): GraphDocument {
  const nodes = doc.nodes.filter((node) => !nodeIds.has(node.id));
  const edges = doc.edges.filter(
    (edge) => !edgeIds.has(edge.id) && !nodeIds.has(edge.source) && !nodeIds.has(edge.target),
  );
  if (nodes.length === doc.nodes.length && edges.length === doc.edges.length) return doc;
  return { ...doc, nodes, edges };
}

/**
 * The document with some parameters of one node replaced. Values are not checked here: the
 * inspector only sends values that pass their spec, and validation reports anything else.
 */
export function withParams(doc: GraphDocument, nodeId: string, patch: Readonly<Record<string, unknown>>): GraphDocument {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (node.id !== nodeId) return node;
    const current = node.params as Readonly<Record<string, unknown>>;
    if (Object.entries(patch).every(([key, value]) => Object.is(current[key], value))) return node;
    changed = true;
    return { ...node, params: { ...current, ...patch } } as LayerNode;
  });
  return changed ? { ...doc, nodes } : doc;
}

/** The document with a node renamed; an empty name falls back to the kind's default name. */
export function withName(doc: GraphDocument, nodeId: string, name: string): GraphDocument {
  const trimmed = name.trim();
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (node.id !== nodeId || (node.name ?? '') === trimmed) return node;
    changed = true;
    const { name: _old, ...rest } = node;
    return (trimmed === '' ? rest : { ...rest, name: trimmed }) as LayerNode;
  });
  return changed ? { ...doc, nodes } : doc;
}
