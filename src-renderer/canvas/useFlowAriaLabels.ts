import { useMemo } from 'react';
import type { AriaLabelConfig } from '@xyflow/react';
import { useTranslation } from 'react-i18next';

/** React Flow's built-in accessible labels, in the user's language. */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('editor.canvas.nodeA11y'),
      'node.a11yDescription.keyboardDisabled': t('editor.canvas.nodeA11y'),
      'node.a11yDescription.ariaLiveMessage': ({
        direction,
        x,
        y,
      }: {
        direction: string;
        x: number;
        y: number;
      }) => t('editor.canvas.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('editor.canvas.edgeA11y'),
      'controls.ariaLabel': t('editor.canvas.controls'),
      'controls.zoomIn.ariaLabel': t('editor.canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('editor.canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('editor.canvas.fitView'),
      'controls.interactive.ariaLabel': t('editor.canvas.lock'),
      'minimap.ariaLabel': t('editor.canvas.minimap'),
      'handle.ariaLabel': t('editor.canvas.handle'),
    }),
    [t],
  );
}
