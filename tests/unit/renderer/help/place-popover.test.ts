import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../../src-renderer/help/place-popover';

const viewport = { width: 1280, height: 800 };
const size = { width: 300, height: 160 };

describe('help tip placement', () => {
  it('opens below the button, aligned with it', () => {
    expect(placePopover({ top: 100, bottom: 120, left: 200 }, size, viewport)).toEqual({ top: 126, left: 192 });
  });

  it('opens above the button when there is no room below', () => {
    expect(placePopover({ top: 700, bottom: 720, left: 200 }, size, viewport).top).toBe(700 - 6 - 160);
  });

  it('stays inside the window near its right edge', () => {
    const place = placePopover({ top: 100, bottom: 120, left: 1260 }, size, viewport);
    expect(place.left + size.width).toBeLessThanOrEqual(viewport.width - 8);
  });
});
