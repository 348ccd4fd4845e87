import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_REGISTRY, type LayerKind } from '../../src-shared/graph/layer-registry';
import { editorStore, useEditor } from '../store/editor-store';
import { startLayerDrag } from '../canvas/palette-drop';
import { HelpTip } from '../help/HelpTip';

/** Adds a layer below the last one, as Enter and double-click do. */
function addBelowLast(kind: LayerKind): void {
  editorStore.getState().addNode(kind);
}

/** One palette entry: icon, name and a one-line summary; draggable, Enter or double-click adds. */
export function PaletteItem({ kind }: { kind: LayerKind }) {
  const { t } = useTranslation();
  const spec = LAYER_REGISTRY[kind];
  const name = t(`layers.${kind}.name`);
  const locked = useEditor((s) => s.locked);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      addBelowLast(kind);
    }
  };
  return (
    <li className="palette-entry">
      <div
        className="palette-item"
        role="button"
        tabIndex={0}
        draggable={!locked}
        aria-disabled={locked}
        data-testid={`palette-item-${kind}`}
        onDragStart={(event: DragEvent) => startLayerDrag(event, kind)}
        onDoubleClick={() => addBelowLast(kind)}
        onKeyDown={onKeyDown}
      >
        <span className="palette-icon" aria-hidden="true">
          {spec.icon}
        </span>
        <span className="palette-text">
          <span className="palette-name">{name}</span>
          <span className="palette-summary">{t(`layers.${kind}.summary`)}</span>
        </span>
      </div>
      <span className="palette-entry-help">
        <HelpTip subject={name} topic={`layer.${kind}`} />
      </span>
    </li>
  );
}
