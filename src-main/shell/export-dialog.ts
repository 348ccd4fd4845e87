import { dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import { translate } from '../../src-shared/i18n/format';
import type { Locale } from '../../src-shared/i18n/messages';
import type { ExportTarget, ExportTargetRequest } from '../../src-shared/protocol/host-api';
import { ok, type Result } from '../../src-shared/protocol/result';

/**
 * Asks where an export goes with the native save dialog: a file name for .h5 and Python, the
 * name of a new folder for TensorFlow.js, JavaScript and reports (the engine creates it, and
 * refuses to replace a folder holding anything but an earlier export).
 */
export async function chooseExportTarget(
  window: BrowserWindow | null,
  locale: Locale,
  request: ExportTargetRequest,
): Promise<Result<ExportTarget | null>> {
  const t = (key: string) => translate(locale, `export.dialog.${key}`);
  const extension = request.kind === 'file' ? request.extension : undefined;
  const options: Electron.SaveDialogOptions = {
    title: t(request.kind === 'file' ? 'saveFileTitle' : 'saveFolderTitle'),
    message: t(request.kind === 'file' ? 'saveFileMessage' : 'saveFolderMessage'),
    defaultPath: request.suggestedName,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(extension ? { filters: [{ name: `*.${extension}`, extensions: [extension] }] } : {}),
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok(null);
  const chosen = path.resolve(choice.filePath);
  const target = extension && path.extname(chosen) === '' ? `${chosen}.${extension}` : chosen;
  return ok({ type: 'path', path: target });
}
