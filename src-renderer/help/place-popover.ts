/** Where a popover goes, in viewport pixels (for `position: fixed`). */
export interface PopoverPlace {
  top: number;
  left: number;
}

interface Rect {
  top: number;
  bottom: number;
  left: number;
}

interface Size {
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Below the anchor, left-aligned with it; above it when there is no room below; always kept
 * inside the viewport so a tip in a narrow side panel stays readable.
 */
export function placePopover(anchor: Rect, popover: Size, viewport: Size): PopoverPlace {
  const maxLeft = Math.max(MARGIN, viewport.width - popover.width - MARGIN);
  const left = Math.min(Math.max(MARGIN, anchor.left - MARGIN), maxLeft);
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - popover.height;
  let top = below;
  if (below + popover.height > viewport.height - MARGIN && above >= MARGIN) top = above;
  top = Math.min(Math.max(MARGIN, top), Math.max(MARGIN, viewport.height - popover.height - MARGIN));
  return { top: Math.round(top), left: Math.round(left) };
}
