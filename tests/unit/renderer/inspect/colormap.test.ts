import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  cssRgb,
  textColourOn,
  viridis,
} from '../../../../src-renderer/inspect/colormap';

describe('confusion-matrix colours', () => {
  it('runs from dark purple to yellow and clamps outside [0, 1]', () => {
    expect(viridis(0)).toEqual([68, 1, 84]);
    expect(viridis(1)).toEqual([253, 231, 37]);
    expect(viridis(-3)).toEqual(viridis(0));
    expect(viridis(7)).toEqual(viridis(1));
    expect(viridis(Number.NaN)).toEqual(viridis(0));
  });

  it('gets brighter all the way, so it also reads in grey', () => {
    const grey = (t: number) => {
      const [r, g, b] = viridis(t);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (let t = 0; t < 1; t += 0.05) expect(grey(t + 0.05)).toBeGreaterThan(grey(t));
  });

  it('prints cell numbers with at least 4.5:1 contrast anywhere on the scale', () => {
    for (let t = 0; t <= 1; t += 0.01) {
      const background = viridis(t);
      expect(contrastRatio(background, textColourOn(background))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('writes CSS colours', () => {
    expect(cssRgb([1, 2, 3])).toBe('rgb(1, 2, 3)');
  });
});
