import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TabList } from '../app/TabList';
import { guardHiddenEditorKeys } from './editor-key-guard';
import './workspace-tabs.css';

// Loaded on first use: the editor opens without waiting for the inspect views.
const InspectView = lazy(() =>
  import('./InspectView').then((module) => ({ default: module.InspectView })),
);

type WorkspaceTab = 'build' | 'inspect';
const TABS: WorkspaceTab[] = ['build', 'inspect'];

/**
 * Two workspace tabs: "Build and train" (the editor and dashboard passed as children) and
 * "Inspect". Both stay mounted once opened, so switching keeps the canvas, the live charts
 * and the inspect choices as they were.
 */
export function WorkspaceTabs({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<WorkspaceTab>('build');
  const [inspectOpened, setInspectOpened] = useState(false);
  useEffect(() => (tab === 'inspect' ? guardHiddenEditorKeys() : undefined), [tab]);
  const show = (next: WorkspaceTab) => {
    setTab(next);
    if (next === 'inspect') setInspectOpened(true);
  };
  return (
    <div className="workspace-tabs">
      <TabList
        tabs={TABS}
        current={tab}
        onSelect={show}
        label={t('inspect.workspace.label')}
        idPrefix="workspace-tab"
        panelOf={(name) => `workspace-panel-${name}`}
        textOf={(name) => t(`inspect.workspace.${name}`)}
        className="workspace-tab-list"
      />
      <div
        id="workspace-panel-build"
        role="tabpanel"
        aria-labelledby="workspace-tab-build"
        className="workspace-tab-panel"
        hidden={tab !== 'build'}
      >
        {children}
      </div>
      <div
        id="workspace-panel-inspect"
        role="tabpanel"
        aria-labelledby="workspace-tab-inspect"
        className="workspace-tab-panel"
        hidden={tab !== 'inspect'}
      >
        {inspectOpened && (
          <Suspense fallback={<p className="workspace-tab-loading">{t('common.loading')}</p>}>
            <InspectView />
          </Suspense>
        )}
      </div>
    </div>
  );
}
