import { ViewportPortal } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { LAYER_REGISTRY } from '../../src-shared/graph/layer-registry';
import { editorStore, useEditor } from '../store/editor-store';

/** Width of the hint box; nodes are 220 px wide, the hint is centred on them. */
const HINT_WIDTH = 260;
const NODE_WIDTH = 220;

/**
 * While only Input and Output are placed: what to do first, shown in the gap between them, and
 * a shortcut to the course model for the impatient.
 */
export function CanvasHint() {
  const { t } = useTranslation();
  const anchor = useEditor((s) => {
    const nodes = s.doc.nodes;
    if (nodes.some((node) => LAYER_REGISTRY[node.kind].role === 'hidden')) return null;
    const top = nodes.find((node) => LAYER_REGISTRY[node.kind].role === 'input')?.position ?? {
      x: 0,
      y: 0,
    };
    const bottom = nodes.find((node) => LAYER_REGISTRY[node.kind].role === 'output')?.position ?? {
      x: top.x,
      y: top.y + 360,
    };
    return `${top.x + (NODE_WIDTH - HINT_WIDTH) / 2},${(top.y + bottom.y) / 2 - 40}`;
  });
  if (anchor === null) return null;
  const [x, y] = anchor.split(',').map(Number);
  return (
    <ViewportPortal>
      <div
        className="canvas-hint canvas-hint-anchor nodrag nopan"
        data-testid="canvas-hint"
        style={{ transform: `translate(${x}px, ${y}px)` }}
      >
        <p>{t('editor.hint.addLayers')}</p>
        <button
          type="button"
          className="canvas-button"
          data-testid="load-course-model"
          onClick={() => editorStore.getState().applyTemplate('course-mlp')}
        >
          {t('editor.hint.loadCourseModel')}
        </button>
      </div>
    </ViewportPortal>
  );
}
