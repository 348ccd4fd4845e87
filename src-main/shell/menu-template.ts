import type { MenuItemConstructorOptions } from 'electron';
import { translate } from '../../src-shared/i18n/format';
import type { Locale } from '../../src-shared/i18n/messages';
import type { MenuCommand } from '../../src-shared/protocol/host-api';

export interface MenuContext {
  locale: Locale;
  platform: NodeJS.Platform;
  /** Dev tools are offered in development only. */
  isDev: boolean;
  /** Recently opened projects, newest first. */
  recent: readonly string[];
  command(command: MenuCommand): void;
  openRecent(filePath: string): void;
  clearRecent(): void;
}

/**
 * The application menu, in the user's language. Commands the editor owns (save, undo, delete…)
 * go to the renderer; their shortcuts are shown but not registered, because the renderer
 * handles the keys itself in both desktop and browser mode (one code path, no double firing).
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const t = (key: string): string => translate(ctx.locale, `app.menu.${key}`);
  const send = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(label),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => ctx.command(command),
  });
  const isMac = ctx.platform === 'darwin';

  const recent: MenuItemConstructorOptions[] =
    ctx.recent.length === 0
      ? [{ label: t('noRecent'), enabled: false }]
      : [
          ...ctx.recent.map((filePath) => ({ label: filePath, click: () => ctx.openRecent(filePath) })),
          { type: 'separator' as const },
          { label: t('clearRecent'), click: () => ctx.clearRecent() },
        ];

  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      send('new', 'file.new', 'CmdOrCtrl+N'),
      send('open', 'file.open', 'CmdOrCtrl+O'),
      { label: t('openRecent'), submenu: recent },
      { type: 'separator' },
      send('save', 'file.save', 'CmdOrCtrl+S'),
      send('saveAs', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      send('exportModel', 'file.exportModel', 'CmdOrCtrl+E'),
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: t('quit') }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      send('undo', 'edit.undo', 'CmdOrCtrl+Z'),
      send('redo', 'edit.redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      send('delete', 'edit.delete', 'Delete'),
      { type: 'separator' },
      send('selectAll', 'edit.selectAll', 'CmdOrCtrl+A'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      { role: 'resetZoom', label: t('resetZoom') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('toggleFullScreen') },
      ...(ctx.isDev ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const, label: t('toggleDevTools') }] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('help'),
    submenu: [send('shortcuts', 'help.shortcuts'), { type: 'separator' }, send('about', 'help.about')],
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            send('about', 'help.about'),
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: t('quit') },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, help];
}
