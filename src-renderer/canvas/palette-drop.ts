import type { DragEvent } from 'react';
import { isLayerKind, type LayerKind } from '../../src-shared/graph/layer-registry';

/** The drag payload type of palette items: it carries only the layer kind. */
export const LAYER_DRAG_TYPE = 'application/x-camadas-layer';

/** Puts a layer kind on a drag from the palette. */
export function startLayerDrag(event: DragEvent, kind: LayerKind): void {
  event.dataTransfer.setData(LAYER_DRAG_TYPE, kind);
  event.dataTransfer.effectAllowed = 'copy';
}

/** True when a drag carries a layer from the palette (the kind itself is readable only on drop). */
export function isLayerDrag(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes(LAYER_DRAG_TYPE);
}

/** The layer kind dropped, or null when the drop carries anything else. */
export function droppedLayerKind(event: DragEvent): LayerKind | null {
  const kind = event.dataTransfer.getData(LAYER_DRAG_TYPE);
  return isLayerKind(kind) ? kind : null;
}
