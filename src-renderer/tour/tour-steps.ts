import type { CollapsiblePanel } from '../app/layout-store';

export type TourStepId = 'palette' | 'connect' | 'shapes' | 'train' | 'charts' | 'mistakes';

/** One step of the guided tour: the real element it points at and the panel it needs open. */
export interface TourStep {
  id: TourStepId;
  /** CSS selector of the element to highlight (stable test ids where they exist). */
  target: string;
  /** A folded side panel to unfold so the target can be seen. */
  reveal?: CollapsiblePanel;
}

/** palette → connect → inspect shapes → train → read the charts → inspect mistakes. */
export const TOUR_STEPS: readonly TourStep[] = [
  { id: 'palette', target: '[data-testid="palette"]' },
  { id: 'connect', target: '[data-testid="canvas"]' },
  { id: 'shapes', target: '.editor-side', reveal: 'editorSide' },
  { id: 'train', target: '[data-testid="train-start"]', reveal: 'training' },
  { id: 'charts', target: '[data-testid="chart-loss"]', reveal: 'training' },
  { id: 'mistakes', target: '[data-testid="workspace-tab-inspect"]' },
];
