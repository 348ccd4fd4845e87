import { dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import { translate } from '../../src-shared/i18n/format';
import type { Locale } from '../../src-shared/i18n/messages';
import type { OpenedFile, SaveProjectRequest, SavedFile } from '../../src-shared/protocol/host-api';
import { ok, type Result } from '../../src-shared/protocol/result';
import { readProjectFile, writeProjectFile } from './file-io';
import { PROJECT_EXTENSION } from './project-args';

/**
 * Open and save with native dialogs. The renderer may only write to a path the user picked in
 * a dialog or opened in this session: a compromised page cannot name an arbitrary file.
 */
export class ProjectFiles {
  private readonly userChosen = new Set<string>();

  constructor(
    private readonly locale: () => Locale,
    private readonly onRecent: (filePath: string) => void,
  ) {}

  private filters(): Electron.FileFilter[] {
    const t = (key: string) => translate(this.locale(), `app.dialog.${key}`);
    return [
      { name: t('projectFilter'), extensions: [PROJECT_EXTENSION.slice(1)] },
      { name: t('allFiles'), extensions: ['*'] },
    ];
  }

  /** Shows the open dialog and reads the chosen project; null when cancelled. */
  async openWithDialog(window: BrowserWindow | null): Promise<Result<OpenedFile | null>> {
    const options: Electron.OpenDialogOptions = {
      title: translate(this.locale(), 'app.dialog.openTitle'),
      properties: ['openFile'],
      filters: this.filters(),
    };
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return ok(null);
    return this.open(filePath);
  }

  /** Reads a project the user named (dialog, command line, OS, Open Recent). */
  async open(filePath: string): Promise<Result<OpenedFile>> {
    const absolute = path.resolve(filePath);
    const result = await readProjectFile(absolute);
    if (result.ok) {
      this.userChosen.add(absolute);
      this.onRecent(absolute);
    }
    return result;
  }

  /** Saves to the known path, or asks where (Save As, or a path this session never saw). */
  async save(window: BrowserWindow | null, request: SaveProjectRequest): Promise<Result<SavedFile | null>> {
    let target = request.path === null ? null : path.resolve(request.path);
    if (target === null || !this.userChosen.has(target)) {
      const options: Electron.SaveDialogOptions = {
        title: translate(this.locale(), 'app.dialog.saveTitle'),
        defaultPath: target ?? request.suggestedName,
        filters: this.filters(),
      };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return ok(null);
      target = path.extname(choice.filePath) === '' ? choice.filePath + PROJECT_EXTENSION : choice.filePath;
    }
    const written = await writeProjectFile(target, request.contents);
    if (written.ok) {
      this.userChosen.add(target);
      this.onRecent(target);
    }
    return written;
  }
}
