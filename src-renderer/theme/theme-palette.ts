/** The colours that change with the theme, as CSS custom properties on the root element. */
export type ThemeName = 'light' | 'dark';

export type PaletteVar =
  | '--color-bg'
  | '--color-surface'
  | '--color-surface-raised'
  | '--color-text'
  | '--color-text-muted'
  | '--color-border'
  | '--color-border-strong'
  | '--color-accent'
  | '--color-accent-text'
  | '--color-ok'
  | '--color-warn'
  | '--color-warn-bg'
  | '--color-error'
  | '--color-error-bg'
  | '--color-on-error'
  | '--color-info'
  | '--color-info-bg'
  | '--color-focus'
  | '--color-shadow'
  | '--color-backdrop'
  | '--chart-axis'
  | '--chart-grid';

export type Palette = Record<PaletteVar, string>;

/**
 * Light and dark palettes. Text colours keep a contrast of at least 4.5:1 on every background
 * they are used on (tested); the light palette matches app.css, which paints the first frame.
 */
export const THEME_PALETTES: Record<ThemeName, Palette> = {
  light: {
    '--color-bg': '#f6f7f9',
    '--color-surface': '#ffffff',
    '--color-surface-raised': '#ffffff',
    '--color-text': '#1c2430',
    '--color-text-muted': '#4f5b6b',
    '--color-border': '#d5dae1',
    '--color-border-strong': '#6b7685',
    '--color-accent': '#1f5fbf',
    '--color-accent-text': '#ffffff',
    '--color-ok': '#1d7a3a',
    '--color-warn': '#8a5a00',
    '--color-warn-bg': '#fff4d6',
    '--color-error': '#b3261e',
    '--color-error-bg': '#fde7e5',
    '--color-on-error': '#ffffff',
    '--color-info': '#1f5fbf',
    '--color-info-bg': '#e6f0fd',
    '--color-focus': '#1f5fbf',
    '--color-shadow': 'rgb(0 0 0 / 15%)',
    '--color-backdrop': 'rgb(0 0 0 / 35%)',
    '--chart-axis': '#3b4450',
    '--chart-grid': 'rgb(0 0 0 / 10%)',
  },
  dark: {
    '--color-bg': '#14181f',
    '--color-surface': '#1c222b',
    '--color-surface-raised': '#262d38',
    '--color-text': '#e6e9ee',
    '--color-text-muted': '#a9b3c1',
    '--color-border': '#3a4452',
    '--color-border-strong': '#8793a3',
    '--color-accent': '#7cb0ff',
    '--color-accent-text': '#0b1220',
    '--color-ok': '#6fd399',
    '--color-warn': '#f2c14e',
    '--color-warn-bg': '#352a10',
    '--color-error': '#ff9a90',
    '--color-error-bg': '#3b1e1e',
    '--color-on-error': '#1a0b0a',
    '--color-info': '#8ab8ff',
    '--color-info-bg': '#1b2a40',
    '--color-focus': '#9cc3ff',
    '--color-shadow': 'rgb(0 0 0 / 45%)',
    '--color-backdrop': 'rgb(0 0 0 / 60%)',
    '--chart-axis': '#c9d1dc',
    '--chart-grid': 'rgb(255 255 255 / 12%)',
  },
};

/** Pairs of (text, background) variables that carry reading text; each needs 4.5:1. */
export const TEXT_PAIRS: readonly (readonly [PaletteVar, PaletteVar])[] = [
  ['--color-text', '--color-bg'],
  ['--color-text', '--color-surface'],
  ['--color-text', '--color-surface-raised'],
  ['--color-text', '--color-info-bg'],
  ['--color-text', '--color-warn-bg'],
  ['--color-text', '--color-error-bg'],
  ['--color-text-muted', '--color-bg'],
  ['--color-text-muted', '--color-surface'],
  ['--color-text-muted', '--color-info-bg'],
  ['--color-text-muted', '--color-error-bg'],
  ['--color-text-muted', '--color-warn-bg'],
  ['--color-accent-text', '--color-accent'],
  ['--color-accent', '--color-surface'],
  ['--color-accent', '--color-bg'],
  ['--color-ok', '--color-surface'],
  ['--color-warn', '--color-surface'],
  ['--color-warn', '--color-warn-bg'],
  ['--color-error', '--color-surface'],
  ['--color-error', '--color-error-bg'],
  ['--color-on-error', '--color-error'],
  ['--color-info', '--color-info-bg'],
  ['--color-info', '--color-surface'],
  ['--chart-axis', '--color-surface'],
];

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
