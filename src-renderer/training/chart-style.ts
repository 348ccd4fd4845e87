import type { SeriesRole } from '../../src-shared/training/chart-data';

/**
 * Okabe–Ito colours: told apart with the common kinds of colour blindness. Lines also differ by
 * width, dash and markers, so no information rests on colour alone.
 */
export const CHART_COLORS = {
  train: '#0072B2',
  trainFaint: 'rgba(0, 114, 178, 0.22)',
  validation: '#D55E00',
  overlays: ['#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'],
} as const;

export interface SeriesStyle {
  stroke: string;
  width: number;
  dash?: number[];
  /** Marker size in CSS pixels; 0 = no markers. */
  points: number;
  pointFill?: string;
  /** False for marker-only series (per-epoch training points). */
  line: boolean;
}

/** How a series of a given role looks; overlays take their run's colour. */
export function seriesStyle(role: SeriesRole, overlayIndex = 0): SeriesStyle {
  const overlay = CHART_COLORS.overlays[overlayIndex % CHART_COLORS.overlays.length] as string;
  switch (role) {
    case 'batch-raw':
      return { stroke: CHART_COLORS.trainFaint, width: 1, points: 0, line: true };
    case 'batch-smooth':
      return { stroke: CHART_COLORS.train, width: 2.5, points: 0, line: true };
    case 'epoch-train':
      return { stroke: CHART_COLORS.train, width: 1.5, points: 8, pointFill: CHART_COLORS.train, line: false };
    case 'epoch-val':
      return { stroke: CHART_COLORS.validation, width: 2, dash: [6, 4], points: 8, pointFill: '#ffffff', line: true };
    case 'overlay-smooth':
      return { stroke: overlay, width: 1.5, points: 0, line: true };
    case 'overlay-val':
      return { stroke: overlay, width: 1.5, dash: [2, 3], points: 6, pointFill: '#ffffff', line: true };
  }
}

/** Styles for a chart's series in order; each overlaid run keeps one colour for both its curves. */
export function stylesFor(series: readonly { role: SeriesRole; runId: string }[]): SeriesStyle[] {
  const overlayRuns: string[] = [];
  return series.map((s) => {
    const isOverlay = s.role === 'overlay-smooth' || s.role === 'overlay-val';
    if (isOverlay && !overlayRuns.includes(s.runId)) overlayRuns.push(s.runId);
    return seriesStyle(s.role, isOverlay ? overlayRuns.indexOf(s.runId) : 0);
  });
}
