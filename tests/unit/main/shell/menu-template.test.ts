import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuContext } from '../../../../src-main/shell/menu-template';
import type { MenuCommand } from '../../../../src-shared/protocol/host-api';

function context(overrides: Partial<MenuContext> = {}): MenuContext & { sent: MenuCommand[]; opened: string[] } {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  return {
    locale: 'en',
    platform: 'linux',
    isDev: false,
    recent: [],
    command: (command) => sent.push(command),
    openRecent: (filePath) => opened.push(filePath),
    clearRecent: () => undefined,
    sent,
    opened,
    ...overrides,
  };
}

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  (item?.submenu as MenuItemConstructorOptions[] | undefined) ?? [];
const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('has File, Edit, View and Help with the entries the app needs', () => {
    const [file, edit, view, help] = buildMenuTemplate(context());
    expect([file, edit, view, help].map((m) => m?.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(file))).toEqual(['New', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export model…', 'Quit']);
    expect(labels(submenu(edit))).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Delete', 'Select All']);
    expect(labels(submenu(help))).toEqual(['Keyboard Shortcuts', 'About Camadas']);
    expect(labels(submenu(view))).toEqual(['Actual Size', 'Zoom In', 'Zoom Out', 'Toggle Full Screen']);
  });

  it('speaks Brazilian Portuguese when the app does', () => {
    const [file, edit] = buildMenuTemplate(context({ locale: 'pt-BR' }));
    expect(file?.label).toBe('Arquivo');
    expect(labels(submenu(file))).toContain('Salvar como…');
    expect(labels(submenu(edit))).toContain('Desfazer');
  });

  it('offers developer tools only in development', () => {
    const devView = buildMenuTemplate(context({ isDev: true }))[2];
    expect(submenu(devView).some((item) => item.role === 'toggleDevTools')).toBe(true);
    const prodView = buildMenuTemplate(context())[2];
    expect(submenu(prodView).some((item) => item.role === 'toggleDevTools')).toBe(false);
  });

  it('sends editor commands to the renderer and shows (but does not grab) their shortcuts', () => {
    const ctx = context();
    const [file, edit] = buildMenuTemplate(ctx);
    const save = submenu(file).find((item) => item.label === 'Save');
    const undo = submenu(edit).find((item) => item.label === 'Undo');
    click(save);
    click(undo);
    expect(ctx.sent).toEqual(['file.save', 'edit.undo']);
    expect(save?.accelerator).toBe('CmdOrCtrl+S');
    expect(save?.registerAccelerator).toBe(false);
  });

  it('lists recent projects, newest first, and opens the one clicked', () => {
    const ctx = context({ recent: ['/p/b.camadas', '/p/a.camadas'] });
    const recent = submenu(submenu(buildMenuTemplate(ctx)[0]).find((item) => item.label === 'Open Recent'));
    expect(labels(recent)).toEqual(['/p/b.camadas', '/p/a.camadas', 'Clear Recent']);
    click(recent[1]);
    expect(ctx.opened).toEqual(['/p/a.camadas']);
  });

  it('puts the app menu first on macOS and Quit there instead of under File', () => {
    const template = buildMenuTemplate(context({ platform: 'darwin' }));
    expect(template[0]?.role).toBe('appMenu');
    expect(labels(submenu(template[1]))).not.toContain('Quit');
  });
});
