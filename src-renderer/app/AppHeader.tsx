import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** Title bar of the page: app name, tagline and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-title">
        <span className="app-logo" aria-hidden="true" />
        <h1>{t('common.appName')}</h1>
        <span className="app-tagline">{t('app.tagline')}</span>
      </div>
      <LanguageSwitch />
    </header>
  );
}
