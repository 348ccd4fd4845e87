import { LOCALES, pickLocale, type Locale } from '../../src-shared/i18n/messages';

/** localStorage key of the language the user picked. */
export const LOCALE_STORAGE_KEY = 'camadas.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The remembered language, else the browser's (pt* → pt-BR, anything else → en). */
export function initialLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be disabled; fall back to the browser language.
  }
  return pickLocale(navigator.language);
}

/** Remembers the user's language for the next start. */
export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered, still applied for this session.
  }
}
