import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, loadThemeChoice, resolveTheme, saveThemeChoice } from '../../../../src-renderer/theme/theme-preference';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

describe('theme preference', () => {
  it('follows the system until the user picks a theme', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('remembers the choice and reads it back', () => {
    const storage = memoryStorage();
    expect(loadThemeChoice(storage)).toBe('system');
    saveThemeChoice(storage, 'dark');
    expect(storage.values.get(THEME_STORAGE_KEY)).toBe('dark');
    expect(loadThemeChoice(storage)).toBe('dark');
  });

  it('ignores a stored value that is not a theme, and storage that throws', () => {
    expect(loadThemeChoice(memoryStorage({ [THEME_STORAGE_KEY]: 'purple' }))).toBe('system');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadThemeChoice(broken)).toBe('system');
    expect(() => saveThemeChoice(broken, 'light')).not.toThrow();
    expect(loadThemeChoice(null)).toBe('system');
  });
});
