import { useEffect, useState } from 'react';
import type { Box } from './place-card';

function visibleBox(selector: string): Box | null {
  const element = document.querySelector(selector);
  if (!(element instanceof HTMLElement) || element.offsetParent === null) return null;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}

function same(a: Box | null, b: Box | null): boolean {
  if (a === null || b === null) return a === b;
  return a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
}

/**
 * Where the element matching `selector` is on screen, followed each frame while `active`
 * (panels fold, the window resizes, content scrolls); null when it is not visible.
 */
export function useTargetBox(selector: string, active: boolean): Box | null {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    if (!active) return;
    let frame = 0;
    let last: Box | null = null;
    const tick = () => {
      const next = visibleBox(selector);
      if (!same(next, last)) {
        last = next;
        setBox(next);
      }
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [selector, active]);
  return active ? box : null;
}
