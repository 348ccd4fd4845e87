import type { GraphDocument, LayerNode, Position } from '../../src-shared/graph/document';
import { LAYER_REGISTRY } from '../../src-shared/graph/layer-registry';
import { walkChain } from '../../src-shared/graph/chain';

/** Vertical distance between layers in a tidy chain (as in the shipped templates). */
export const LAYER_SPACING_Y = 120;
/** Horizontal step for pasted copies, so they do not hide their originals. */
export const PASTE_OFFSET = 40;

const isOutput = (node: LayerNode) => LAYER_REGISTRY[node.kind].role === 'output';

/**
 * Where a layer added by keyboard or double-click goes: below the lowest layer that is not the
 * Output. Returns the Output moves needed to keep it below the new layer.
 */
export function placeBelowLast(doc: GraphDocument): {
  position: Position;
  moves: Map<string, Position>;
} {
  const moves = new Map<string, Position>();
  const hidden = doc.nodes.filter((node) => !isOutput(node));
  const outputs = doc.nodes.filter(isOutput);
  const lowest = hidden.reduce<LayerNode | undefined>(
    (low, node) => (low === undefined || node.position.y > low.position.y ? node : low),
    undefined,
  );
  if (lowest === undefined) {
    const out = outputs[0];
    return {
      position: out ? { x: out.position.x, y: out.position.y - LAYER_SPACING_Y } : { x: 0, y: 0 },
      moves,
    };
  }
  const position = { x: lowest.position.x, y: lowest.position.y + LAYER_SPACING_Y };
  for (const out of outputs) {
    if (out.position.y < position.y + LAYER_SPACING_Y)
      moves.set(out.id, { x: out.position.x, y: position.y + LAYER_SPACING_Y });
  }
  return { position, moves };
}

/**
 * Tidies the graph into one vertical column: the chain from the Input first, then the other
 * layers top to bottom, Output last, all lined up under the Input.
 */
export function tidyPositions(doc: GraphDocument): Map<string, Position> {
  const { order } = walkChain(doc);
  const onChain = new Set(order);
  const rest = doc.nodes
    .filter((node) => !onChain.has(node.id))
    .sort((a, b) => Number(isOutput(a)) - Number(isOutput(b)) || a.position.y - b.position.y);
  const byId = new Map(doc.nodes.map((node) => [node.id, node] as const));
  const ids = [...order, ...rest.map((node) => node.id)];
  const first = byId.get(ids[0] ?? '');
  const origin = first ? first.position : { x: 0, y: 0 };
  const positions = new Map<string, Position>();
  ids.forEach((id, i) => positions.set(id, { x: origin.x, y: origin.y + i * LAYER_SPACING_Y }));
  return positions;
}

/** The document with some nodes moved; untouched nodes keep their identity. */
export function withPositions(
  doc: GraphDocument,
  moves: ReadonlyMap<string, Position>,
): GraphDocument {
  if (moves.size === 0) return doc;
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    const to = moves.get(node.id);
    if (to === undefined || (to.x === node.position.x && to.y === node.position.y)) return node;
    changed = true;
    return { ...node, position: { x: to.x, y: to.y } };
  });
  return changed ? { ...doc, nodes } : doc;
}
