import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../src-shared/protocol/host-api';
import { editorStore } from '../store/editor-store';
import { projectStore, useProject } from './project-store';
import { AUTOSAVE_INTERVAL_MS } from './recovery';
import { readRecent } from './recent';
import { autosaveTick, offerRecovery, type AutosaveMark } from './autosave';
import { useProjectDirty } from './dirty';
import {
  newProject,
  openIncomingFile,
  openProject,
  saveProject,
  type ProjectContext,
} from './project-actions';
import { wasHandledByKeyboard } from './command-dedupe';

/** Runs a project command from the menu or the keyboard. */
export function runProjectCommand(ctx: ProjectContext, command: MenuCommand): void {
  const editor = editorStore.getState();
  switch (command) {
    case 'file.new':
      void newProject(ctx);
      return;
    case 'file.open':
      void openProject(ctx);
      return;
    case 'file.save':
      void saveProject(ctx);
      return;
    case 'file.saveAs':
      void saveProject(ctx, { as: true });
      return;
    case 'edit.undo':
      editor.undo();
      return;
    case 'edit.redo':
      editor.redo();
      return;
    case 'edit.delete':
      editor.removeSelection();
      return;
    case 'edit.selectAll':
      editor.selectAll();
      return;
    default:
      return;
  }
}

/**
 * Wires the project to its surroundings: recovery offer and recent list at start, autosave,
 * window title and unsaved marker, menu commands and files the OS asks to open.
 */
export function useProjectLifecycle(ctx: ProjectContext): void {
  const { t } = useTranslation();
  const dirty = useProjectDirty();
  const name = useProject((s) => s.name);

  useEffect(() => {
    offerRecovery(ctx);
    projectStore.setState({ recent: readRecent(ctx.storage) });
    // Only once per window: the context changes with the language, the offer must not repeat.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const lastCopied = useRef<AutosaveMark | null>(null);
  useEffect(() => {
    const timer = setInterval(() => {
      lastCopied.current = autosaveTick(ctx, lastCopied.current);
    }, AUTOSAVE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [ctx]);

  useEffect(() => {
    // An untouched new project is just "Camadas"; a name or unsaved work shows in the title.
    const title =
      name === null && !dirty
        ? t('common.appName')
        : t('editor.project.windowTitle', {
            name: name ?? t('editor.project.untitled'),
            marker: dirty ? '• ' : '',
          });
    ctx.host.setDocumentState({ title, dirty });
  }, [ctx.host, name, dirty, t]);

  useEffect(() => {
    const offMenu = ctx.host.onMenuCommand((command) => {
      if (!wasHandledByKeyboard(command)) runProjectCommand(ctx, command);
    });
    const offFile = ctx.host.onOpenFile((file) => {
      if (file.ok) void openIncomingFile(ctx, file.value);
      else projectStore.setState({ error: file.error });
    });
    return () => {
      offMenu();
      offFile();
    };
  }, [ctx]);
}
