import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';
import { EngineBanner } from './EngineBanner';
import { StatusBar } from './StatusBar';
import './app.css';

/**
 * The app frame: header, engine banner, workspace, status bar. The workspace shows `children`
 * (H5: the editor screen is passed in from main.tsx) or a placeholder until it exists.
 */
export function App({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#workspace">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <EngineBanner />
      <main id="workspace" className="workspace" data-testid="workspace" tabIndex={-1}>
        {children ?? <p className="workspace-placeholder">{t('app.workspace.placeholder')}</p>}
      </main>
      <StatusBar />
    </div>
  );
}
