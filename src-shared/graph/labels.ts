import type { LayerKind } from './layer-registry';
import type { LayerNode } from './document';

/** A layer kind as people read it in messages: `Dense`, `Flatten`, `Output`. */
export function kindLabel(kind: LayerKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** A node as messages name it: the name the user gave it, else its kind. */
export function nodeLabel(node: LayerNode): string {
  const name = node.name?.trim();
  return name ? name : kindLabel(node.kind);
}

/** i18n key of a parameter's label or help: `layers.dense.params.units.label`. */
export function paramI18nKey(kind: LayerKind, param: string, part: 'label' | 'help'): string {
  return `layers.${kind}.params.${param}.${part}`;
}

/** i18n key of an activation's one-line explanation: `layers.activations.relu`. */
export function activationI18nKey(activation: string): string {
  return `layers.activations.${activation}`;
}
