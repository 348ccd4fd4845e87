import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../lib/useHost';
import { editorStore } from '../store/editor-store';
import { projectStore } from './project-store';
import { appStorage } from './app-storage';
import type { ProjectContext } from './project-actions';

/** The window's project context for the project commands. */
export function useProjectContext(): ProjectContext {
  const host = useHost();
  const { t } = useTranslation();
  const untitledName = t('editor.project.untitled');
  return useMemo(
    () => ({
      host,
      editor: editorStore,
      project: projectStore,
      storage: appStorage(),
      untitledName,
    }),
    [host, untitledName],
  );
}
