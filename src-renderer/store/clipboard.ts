import type { GraphDocument, GraphEdge, LayerNode } from '../../src-shared/graph/document';

/** Layers copied with Ctrl+C, with the edges between them; kept inside the app. */
export interface ClipboardContent {
  nodes: LayerNode[];
  edges: GraphEdge[];
}

/** Fresh ids for pasted copies. */
export interface IdFactory {
  node(doc: GraphDocument, node: LayerNode): string;
  edge(doc: GraphDocument): string;
}

/** Copies the given nodes and the edges that run between two of them. */
export function copyNodes(doc: GraphDocument, ids: ReadonlySet<string>): ClipboardContent | null {
  const nodes = doc.nodes.filter((node) => ids.has(node.id));
  if (nodes.length === 0) return null;
  const edges = doc.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  return structuredClone({ nodes, edges });
}

/**
 * Adds copies of `content` to `doc`, shifted by `offset`, with new ids; edges between copied
 * nodes are kept, so a copied chain pastes as a chain. Returns the new document and node ids.
 */
export function pasteContent(
  doc: GraphDocument,
  content: ClipboardContent,
  offset: { x: number; y: number },
  ids: IdFactory,
): { doc: GraphDocument; nodeIds: string[] } {
  let next = doc;
  const renamed = new Map<string, string>();
  for (const node of content.nodes) {
    const id = ids.node(next, node);
    renamed.set(node.id, id);
    const copy = {
      ...structuredClone(node),
      id,
      position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
    };
    next = { ...next, nodes: [...next.nodes, copy] };
  }
  for (const edge of content.edges) {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    if (source === undefined || target === undefined) continue;
    next = { ...next, edges: [...next.edges, { id: ids.edge(next), source, target }] };
  }
  return { doc: next, nodeIds: [...renamed.values()] };
}
