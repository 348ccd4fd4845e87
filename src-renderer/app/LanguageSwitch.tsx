import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../src-shared/i18n/messages';
import { rememberLocale } from '../i18n/locale-preference';
import { useHost } from '../lib/useHost';

/** pt-BR / en picker; the choice is applied at once and remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const host = useHost();
  const id = useId();
  const change = (locale: Locale): void => {
    void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
    rememberLocale(locale);
    host.setLocale(locale);
  };
  return (
    <div className="header-field language-switch">
      <label htmlFor={id}>{t('common.language')}</label>
      <select
        id={id}
        data-testid="language-switch"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => change(event.target.value as Locale)}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`common.languages.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
