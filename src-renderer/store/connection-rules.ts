import type { GraphDocument } from '../../src-shared/graph/document';
import { LAYER_REGISTRY } from '../../src-shared/graph/layer-registry';

/** Why a connection is refused; each reason has a short text under `editor.connect.<reason>`. */
export type ConnectionRefusal =
  | 'unknownNode'
  | 'selfLink'
  | 'intoInput'
  | 'outOfOutput'
  | 'targetTaken'
  | 'sourceTaken'
  | 'cycle'
  | 'locked';

export type ConnectionCheck = { ok: true } | { ok: false; reason: ConnectionRefusal };

/** True when following edges forward from `from` reaches `to`. */
function reaches(doc: GraphDocument, from: string, to: string): boolean {
  const seen = new Set<string>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === to) return true;
    for (const edge of doc.edges) {
      if (edge.source === id && !seen.has(edge.target)) {
        seen.add(edge.target);
        stack.push(edge.target);
      }
    }
  }
  return false;
}

/**
 * Whether `source → target` may be added. A Sequential model is one chain, so every node has
 * at most one edge in and one out; the editor refuses what would break that instead of letting
 * validation complain afterwards.
 */
export function checkConnection(
  doc: GraphDocument,
  source: string,
  target: string,
): ConnectionCheck {
  const from = doc.nodes.find((node) => node.id === source);
  const to = doc.nodes.find((node) => node.id === target);
  if (from === undefined || to === undefined) return { ok: false, reason: 'unknownNode' };
  if (source === target) return { ok: false, reason: 'selfLink' };
  if (LAYER_REGISTRY[to.kind].role === 'input') return { ok: false, reason: 'intoInput' };
  if (LAYER_REGISTRY[from.kind].role === 'output') return { ok: false, reason: 'outOfOutput' };
  if (doc.edges.some((edge) => edge.target === target)) return { ok: false, reason: 'targetTaken' };
  if (doc.edges.some((edge) => edge.source === source)) return { ok: false, reason: 'sourceTaken' };
  if (reaches(doc, target, source)) return { ok: false, reason: 'cycle' };
  return { ok: true };
}
