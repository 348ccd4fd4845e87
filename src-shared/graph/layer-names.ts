import type { GraphDocument } from './document';
import { LAYER_REGISTRY } from './layer-registry';
import { walkChain } from './chain';

/** `InputLayer` → `input_layer`, `Dense` → `dense`: Keras' default layer name stems. */
function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** A user-given name made safe as a tfjs/Keras layer name, or null when nothing usable is left. */
function sanitize(name: string | undefined): string | null {
  if (name === undefined) return null;
  const cleaned = name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  if (cleaned === '') return null;
  return /^[a-z]/.test(cleaned) ? cleaned : `layer_${cleaned}`;
}

/**
 * Keras-style layer names per node id: `flatten`, `dense`, `dense_1`, … counted in chain order
 * (then the nodes off the chain, in document order). A name the user gave a node wins; the
 * engine names the tfjs layers with these so summaries, exports and the canvas agree.
 */
export function layerNames(doc: GraphDocument): Record<string, string> {
  const { order } = walkChain(doc);
  const onChain = new Set(order);
  const ids = [...order, ...doc.nodes.map((node) => node.id).filter((id) => !onChain.has(id))];
  const byId = new Map(doc.nodes.map((node) => [node.id, node] as const));
  const names: Record<string, string> = {};
  const taken = new Set<string>();

  // Names the user chose are reserved first so a default never takes them.
  for (const id of ids) {
    const custom = sanitize(byId.get(id)?.name);
    if (custom === null || taken.has(custom)) continue;
    names[id] = custom;
    taken.add(custom);
  }
  const counters = new Map<string, number>();
  for (const id of ids) {
    const node = byId.get(id);
    if (node === undefined || names[id] !== undefined) continue;
    const stem = sanitize(node.name) ?? snakeCase(LAYER_REGISTRY[node.kind].kerasClass);
    let count = counters.get(stem) ?? 0;
    let name = count === 0 ? stem : `${stem}_${count}`;
    while (taken.has(name)) {
      count += 1;
      name = `${stem}_${count}`;
    }
    counters.set(stem, count + 1);
    names[id] = name;
    taken.add(name);
  }
  return names;
}
