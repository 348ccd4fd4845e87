import type { ThemeName } from './theme-palette';

/** What the user picked: follow the system, or always light or dark. */
export type ThemeChoice = 'system' | ThemeName;

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** localStorage key of the picked theme. */
export const THEME_STORAGE_KEY = 'camadas.theme';

/** True for the three valid choices. */
export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

/** The theme to paint: the choice, or the system's when the choice is 'system'. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): ThemeName {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

/** The remembered choice; 'system' when nothing (valid) is stored or storage is off. */
export function loadThemeChoice(storage: Pick<Storage, 'getItem'> | null): ThemeChoice {
  try {
    const saved = storage?.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the choice; a disabled storage only loses the memory, not the choice. */
export function saveThemeChoice(storage: Pick<Storage, 'setItem'> | null, choice: ThemeChoice): void {
  try {
    storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Applied for this session only.
  }
}
