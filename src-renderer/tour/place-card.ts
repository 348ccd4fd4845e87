/** A rectangle in viewport pixels. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type CardSide = 'right' | 'left' | 'below' | 'above' | 'center';

type Placement = { side: CardSide; top: number; left: number };

const GAP = 14;
const MARGIN = 12;

function fits(box: Box, viewport: { width: number; height: number }): boolean {
  return box.left >= MARGIN && box.top >= MARGIN && box.left + box.width <= viewport.width - MARGIN && box.top + box.height <= viewport.height - MARGIN;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** The spots beside the target, best first: each side centred on it, then flush with either end. */
function candidates(target: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement[] {
  const y = (top: number) => clamp(top, MARGIN, viewport.height - card.height - MARGIN);
  const x = (left: number) => clamp(left, MARGIN, viewport.width - card.width - MARGIN);
  const alongY = [target.top + target.height / 2 - card.height / 2, target.top, target.top + target.height - card.height].map(y);
  const alongX = [target.left + target.width / 2 - card.width / 2, target.left, target.left + target.width - card.width].map(x);
  const right = target.left + target.width + GAP;
  const left = target.left - GAP - card.width;
  const below = target.top + target.height + GAP;
  const above = target.top - GAP - card.height;
  return [
    ...alongY.map((top) => ({ side: 'right' as const, top, left: right })),
    ...alongY.map((top) => ({ side: 'left' as const, top, left })),
    ...alongX.map((l) => ({ side: 'below' as const, top: below, left: l })),
    ...alongX.map((l) => ({ side: 'above' as const, top: above, left: l })),
  ];
}

/**
 * Where the tour card goes: beside the highlighted element (right, left, below, above — the
 * first that fits without covering it), else centred at the bottom. Without a target: centred.
 * `keepClear` are other things the card should not hide (the empty canvas' call to action):
 * a spot that covers none of them wins over a better-aligned one that does.
 */
export function placeCard(
  target: Box | null,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  keepClear: readonly Box[] = [],
): { top: number; left: number; side: CardSide } {
  const centred = {
    top: Math.round(clamp(viewport.height - card.height - 48, MARGIN, viewport.height - card.height - MARGIN)),
    left: Math.round((viewport.width - card.width) / 2),
    side: 'center' as const,
  };
  if (target === null) return centred;
  const fitting = candidates(target, card, viewport).filter((o) => fits({ top: o.top, left: o.left, ...card }, viewport));
  const clear = fitting.find((o) => !keepClear.some((box) => overlaps({ top: o.top, left: o.left, ...card }, box)));
  const first = clear ?? fitting[0];
  return first ? { side: first.side, top: Math.round(first.top), left: Math.round(first.left) } : centred;
}
