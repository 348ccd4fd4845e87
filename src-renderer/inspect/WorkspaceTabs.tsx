import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
      <div role="tablist" aria-label={t('inspect.workspace.label')} className="workspace-tab-list">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`workspace-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`workspace-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            data-testid={`workspace-tab-${name}`}
            onClick={() => show(name)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const next = name === 'build' ? 'inspect' : 'build';
              show(next);
              document.getElementById(`workspace-tab-${next}`)?.focus();
            }}
          >
            {t(`inspect.workspace.${name}`)}
          </button>
        ))}
      </div>
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
