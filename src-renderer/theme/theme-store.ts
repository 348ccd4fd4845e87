import { create } from 'zustand';
import { THEME_PALETTES, type ThemeName } from './theme-palette';
import { loadThemeChoice, resolveTheme, saveThemeChoice, type ThemeChoice } from './theme-preference';

interface ThemeState {
  choice: ThemeChoice;
  systemDark: boolean;
  /** The theme on screen. */
  theme: ThemeName;
  choose(choice: ThemeChoice): void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const darkQuery = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

/** Paints `theme`: its palette as CSS variables, `data-theme` for CSS rules, and the UA's scheme. */
function paint(theme: ThemeName): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(THEME_PALETTES[theme])) root.style.setProperty(name, value);
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
}

const initialChoice = loadThemeChoice(storage());
const initialSystemDark = darkQuery?.matches ?? false;

/** The theme: the user's choice (remembered) over the system's light/dark preference. */
export const themeStore = create<ThemeState>()((set, get) => ({
  choice: initialChoice,
  systemDark: initialSystemDark,
  theme: resolveTheme(initialChoice, initialSystemDark),
  choose(choice) {
    saveThemeChoice(storage(), choice);
    set({ choice, theme: resolveTheme(choice, get().systemDark) });
  },
}));

// Painted at import, before React's first render, so the app never flashes the wrong theme.
paint(themeStore.getState().theme);
themeStore.subscribe((state, previous) => {
  if (state.theme !== previous.theme) paint(state.theme);
});
darkQuery?.addEventListener('change', (event) => {
  const { choice } = themeStore.getState();
  themeStore.setState({ systemDark: event.matches, theme: resolveTheme(choice, event.matches) });
});

/** The theme on screen ('light' or 'dark'); components that draw on canvases redraw with it. */
export function useTheme(): ThemeName {
  return themeStore((state) => state.theme);
}

/** The current value of a palette colour, for canvas drawing (uPlot) that cannot use CSS. */
export function themeColor(name: keyof (typeof THEME_PALETTES)['light']): string {
  return THEME_PALETTES[themeStore.getState().theme][name];
}
