import { BrowserWindow, dialog, screen, shell, type Session } from 'electron';
import { translate } from '../../src-shared/i18n/format';
import type { Locale } from '../../src-shared/i18n/messages';
import { isAppUrl, isSafeExternalUrl } from './navigation-policy';
import { createWindowOptions } from './window-options';
import { boundsOnScreen, loadWindowState, saveWindowState, type WindowState } from './window-state';

export interface MainWindowOptions {
  appUrl: string;
  preloadPath: string;
  stateFile: string;
  iconPath?: string;
  locale: () => Locale;
  /** Whether the open project has unsaved changes (asked before closing). */
  isDirty: () => boolean;
}

/** No web permission (camera, notifications, geolocation…) is ever needed: deny them all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Creates the app's window with its guards: it shows once painted, stays on the app's page
 * (external https links go to the system browser, nothing else opens), asks before closing
 * with unsaved changes and remembers its bounds.
 */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.stateFile);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: options.preloadPath,
      bounds: saved ? boundsOnScreen(saved, workAreas) : null,
      title: translate(options.locale(), 'common.appName'),
      ...(options.iconPath ? { iconPath: options.iconPath } : {}),
    }),
  );
  const contents = window.webContents;

  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });

  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, options.appUrl)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  window.on('close', (event) => {
    if (options.isDirty()) {
      const t = (key: string) => translate(options.locale(), `app.dialog.${key}`);
      const answer = dialog.showMessageBoxSync(window, {
        type: 'warning',
        title: t('unsavedTitle'),
        message: t('unsavedMessage'),
        detail: t('unsavedDetail'),
        buttons: [t('keepOpen'), t('discard')],
        defaultId: 0,
        cancelId: 0,
      });
      if (answer === 0) {
        event.preventDefault();
        return;
      }
    }
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    void saveWindowState(options.stateFile, state).catch(() => undefined);
  });

  await window.loadURL(options.appUrl);
  return window;
}
