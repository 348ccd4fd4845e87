import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { ExportLayer } from './export/ExportLayer';
import { EditorScreen } from './canvas/EditorScreen';
import { TrainingPanel } from './training/TrainingPanel';
import { WorkspaceTabs } from './inspect/WorkspaceTabs';
import { initialLocale } from './i18n/locale-preference';
import { setupI18n } from './i18n/setup';
import { connectEngine } from './lib/connect-engine';
import { EngineProvider } from './lib/EngineProvider';
import { detectHost } from './lib/host/window-host';
import { HostProvider } from './lib/HostProvider';
import { releaseDeletedRuns } from './runs/release-deleted-runs';
import { runsStore } from './store/runs-store';

// Created once, outside React, so StrictMode's double effects cannot open a second connection.
const locale = initialLocale();
const i18n = setupI18n(locale);
const host = detectHost();
const engine = connectEngine();
releaseDeletedRuns(runsStore, engine);
host.setLocale(locale);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <HostProvider host={host}>
        <EngineProvider client={engine}>
          <App>
            <WorkspaceTabs>
              <div className="workspace-split">
                <EditorScreen />
                <TrainingPanel />
              </div>
            </WorkspaceTabs>
          </App>
          <ExportLayer />
        </EngineProvider>
      </HostProvider>
    </I18nextProvider>
  </StrictMode>,
);
