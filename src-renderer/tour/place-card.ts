/** A rectangle in viewport pixels. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type CardSide = 'right' | 'left' | 'below' | 'above' | 'center';

const GAP = 14;
const MARGIN = 12;

function fits(box: Box, viewport: { width: number; height: number }): boolean {
  return box.left >= MARGIN && box.top >= MARGIN && box.left + box.width <= viewport.width - MARGIN && box.top + box.height <= viewport.height - MARGIN;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Where the tour card goes: beside the highlighted element (right, left, below, above — the
 * first that fits without covering it), else centred at the bottom. Without a target: centred.
 */
export function placeCard(
  target: Box | null,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; side: CardSide } {
  const centred = {
    top: Math.round(clamp(viewport.height - card.height - 48, MARGIN, viewport.height - card.height - MARGIN)),
    left: Math.round((viewport.width - card.width) / 2),
    side: 'center' as const,
  };
  if (target === null) return centred;
  const midY = clamp(target.top + target.height / 2 - card.height / 2, MARGIN, viewport.height - card.height - MARGIN);
  const midX = clamp(target.left + target.width / 2 - card.width / 2, MARGIN, viewport.width - card.width - MARGIN);
  const options: { side: CardSide; top: number; left: number }[] = [
    { side: 'right', top: midY, left: target.left + target.width + GAP },
    { side: 'left', top: midY, left: target.left - GAP - card.width },
    { side: 'below', top: target.top + target.height + GAP, left: midX },
    { side: 'above', top: target.top - GAP - card.height, left: midX },
  ];
  const first = options.find((o) => fits({ top: o.top, left: o.left, ...card }, viewport));
  return first ? { side: first.side, top: Math.round(first.top), left: Math.round(first.left) } : centred;
}
