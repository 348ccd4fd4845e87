import type {
  GraphDocument,
  GraphEdge,
  LayerNode,
  Position,
} from '../../src-shared/graph/document';
import {
  LAYER_REGISTRY,
  type LayerKind,
  type LayerParamsByKind,
} from '../../src-shared/graph/layer-registry';

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
export function without(
  doc: GraphDocument,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): GraphDocument {
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
export function withParams(
  doc: GraphDocument,
  nodeId: string,
  patch: Readonly<Record<string, unknown>>,
): GraphDocument {
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

/** The document with a node renamed; a blank name falls back to the kind's default name. */
export function withName(doc: GraphDocument, nodeId: string, name: string): GraphDocument {
  // Kept as typed (spaces included, so typing "my layer" works); layer names sanitise it.
  const value = name.trim() === '' ? '' : name;
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (node.id !== nodeId || (node.name ?? '') === value) return node;
    changed = true;
    const { name: _old, ...rest } = node;
    return (value === '' ? rest : { ...rest, name: value }) as LayerNode;
  });
  return changed ? { ...doc, nodes } : doc;
}

/**
 * The links to add after removing `removed` so the chain stays whole, as removing a layer from a
 * Keras `Sequential([...])` list would: for every run of removed layers, its kept neighbour above
 * connects to its kept neighbour below. Edges in `droppedEdges` count as already cut.
 */
export function bridgesAcross(
  doc: GraphDocument,
  removed: ReadonlySet<string>,
  droppedEdges: ReadonlySet<string>,
): { source: string; target: string }[] {
  const edges = doc.edges.filter((edge) => !droppedEdges.has(edge.id));
  const only = (list: GraphEdge[]) => (list.length === 1 ? list[0] : undefined);
  const walk = (start: string, direction: 'up' | 'down'): string | null => {
    const seen = new Set<string>();
    let current = start;
    while (removed.has(current) && !seen.has(current)) {
      seen.add(current);
      const next =
        direction === 'up'
          ? only(edges.filter((edge) => edge.target === current))?.source
          : only(edges.filter((edge) => edge.source === current))?.target;
      if (next === undefined) return null;
      current = next;
    }
    return removed.has(current) ? null : current;
  };
  const pairs = new Map<string, { source: string; target: string }>();
  for (const id of removed) {
    const source = walk(id, 'up');
    const target = walk(id, 'down');
    if (source !== null && target !== null && source !== target)
      pairs.set(`${source}→${target}`, { source, target });
  }
  return [...pairs.values()];
}
