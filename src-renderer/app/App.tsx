import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../theme/theme-store';
import { AboutDialog } from '../help/AboutDialog';
import { useHelpCommands } from '../help/useHelpCommands';
import { ShortcutsDialog } from '../shortcuts/ShortcutsDialog';
import { Tour, useFirstRunTour } from '../tour/Tour';
import { AppHeader } from './AppHeader';
import { EngineBanner } from './EngineBanner';
import { StatusBar } from './StatusBar';
import { useLayout } from './layout-store';
import './app.css';
import './layout.css';
import '../theme/theme.css';

/**
 * The app frame: header, engine banner, workspace, status bar, and the help layer above them
 * (guided tour, shortcut list, About). The workspace shows `children` (passed in from main.tsx).
 */
export function App({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const collapsed = useLayout((s) => s.collapsed);
  useHelpCommands();
  useFirstRunTour();
  return (
    <div
      className="app"
      data-collapsed-training={collapsed.training}
      data-collapsed-editor-side={collapsed.editorSide}
    >
      <a className="skip-link" href="#workspace">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <EngineBanner />
      <main id="workspace" className="workspace" data-testid="workspace" tabIndex={-1}>
        {children ?? <p className="workspace-placeholder">{t('app.workspace.placeholder')}</p>}
      </main>
      <StatusBar />
      <Tour />
      <ShortcutsDialog />
      <AboutDialog />
    </div>
  );
}
