import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_PAIRS, THEME_PALETTES, contrastRatio } from '../../../../src-renderer/theme/theme-palette';

const APP_CSS = path.resolve(import.meta.dirname, '../../../../src-renderer/app/app.css');

describe('theme palettes', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every text colour of the ${theme} theme at 4.5:1 or more on its backgrounds`, () => {
      const palette = THEME_PALETTES[theme];
      const weak = TEXT_PAIRS.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrastRatio(palette[fg], palette[bg]) })).filter(
        (p) => p.ratio < 4.5,
      );
      expect(weak).toEqual([]);
    });
  }

  it('defines the same variables in both themes', () => {
    expect(Object.keys(THEME_PALETTES.dark).sort()).toEqual(Object.keys(THEME_PALETTES.light).sort());
  });

  it('paints the first frame (app.css :root) with exactly the light palette', () => {
    const root = /:root\s*\{([^}]*)\}/.exec(readFileSync(APP_CSS, 'utf8'))?.[1] ?? '';
    const declared = Object.fromEntries([...root.matchAll(/(--color-[\w-]+|--chart-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], (m[2] as string).trim()]));
    expect(declared).toEqual(THEME_PALETTES.light);
  });
});
