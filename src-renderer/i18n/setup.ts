import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES } from '../../src-shared/i18n/resources';
import type { Locale } from '../../src-shared/i18n/messages';

/**
 * Starts i18next on the shared RESOURCES (one namespace, keys like `app.status.connected`).
 * Init is synchronous (resources are bundled), so the first render is already translated.
 */
export function setupI18n(locale: Locale): i18n {
  const resources = Object.fromEntries(
    Object.entries(RESOURCES).map(([language, messages]) => [language, { translation: messages }]),
  );
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: Object.keys(RESOURCES),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}
