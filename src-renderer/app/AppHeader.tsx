import { useTranslation } from 'react-i18next';
import { HelpMenu } from '../help/HelpMenu';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { LanguageSwitch } from './LanguageSwitch';

/** Title bar of the page: app name, tagline, Help menu, theme and language switches. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-title">
        <span className="app-logo" aria-hidden="true" />
        <h1>{t('common.appName')}</h1>
        <span className="app-tagline">{t('app.tagline')}</span>
      </div>
      <div className="app-header-tools">
        <HelpMenu />
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
    </header>
  );
}
