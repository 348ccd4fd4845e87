import { app, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { pickLocale, type Locale } from '../../src-shared/i18n/messages';
import type { DocumentState, MenuCommand } from '../../src-shared/protocol/host-api';
import { AppMenu } from './app-menu';
import { APP_URL, registerAppScheme, serveRenderer } from './app-protocol';
import { EngineHost } from './engine-host';
import { IPC } from './ipc-channels';
import { registerIpcHandlers } from './ipc-handlers';
import { chooseExportTarget } from './export-dialog';
import { createMainWindow, denyAllPermissions } from './main-window';
import { isAppUrl } from './navigation-policy';
import { projectFromArgv } from './project-args';
import { ProjectFiles } from './project-files';

/**
 * The Electron main process: one window, the menu, file dialogs and the engine's lifecycle.
 * Everything else (the editor, training, charts) lives in the renderer and the engine.
 */

const here = import.meta.dirname;
const isDev = !app.isPackaged;
// Development loads the Vite dev server; a build is served from app://camadas/ (app-protocol.ts).
const appUrl = process.env.ELECTRON_RENDERER_URL ?? APP_URL;
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let documentState: DocumentState = { title: 'Camadas', dirty: false };
let locale: Locale = 'en';
// A project the OS asked to open before the window could receive it.
let pendingProject: string | null = projectFromArgv(process.argv);

function engineEnv(): NodeJS.ProcessEnv {
  if (!app.isPackaged) return { ...process.env };
  // The wasm files are unpacked from the ASAR (electron-builder.yml asarUnpack).
  const wasmDir = path.join(process.resourcesPath, 'app.asar.unpacked', 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
  return { ...process.env, CAMADAS_WASM_DIR: wasmDir };
}

function sendCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC.menuCommand, command);
}

async function openProject(filePath: string): Promise<void> {
  if (!mainWindow) {
    pendingProject = filePath;
    return;
  }
  const result = await files.open(filePath);
  mainWindow.webContents.send(IPC.openFile, result);
}

const menu = new AppMenu({
  recentFile: path.join(app.getPath('userData'), 'recent-projects.json'),
  isDev,
  command: sendCommand,
  openRecent: (filePath) => void openProject(filePath),
});
const files = new ProjectFiles(
  () => locale,
  (filePath) => menu.addRecent(filePath),
);
const engine = new EngineHost(engineEnv());

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  serveRenderer(path.join(here, '../renderer'));
  locale = pickLocale(app.getLocale());
  await menu.init(locale);
  engine.start();
  registerIpcHandlers({
    appUrl,
    window: () => mainWindow,
    files,
    engine,
    setLocale: (next) => {
      locale = next;
      menu.setLocale(next);
    },
    chooseExportTarget: (window, request) => chooseExportTarget(window, locale, request),
    setDocumentState: (state) => {
      documentState = state;
      mainWindow?.setTitle(state.title);
      mainWindow?.setDocumentEdited(state.dirty);
    },
  });
  mainWindow = await createMainWindow({
    appUrl,
    preloadPath: path.join(here, '../preload/preload.cjs'),
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    ...(isDev ? { iconPath: path.join(here, '../../build/icon.png') } : {}),
    locale: () => locale,
    isDirty: () => documentState.dirty,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (pendingProject) {
    const filePath = pendingProject;
    pendingProject = null;
    await openProject(filePath);
  }
}

if (!app.requestSingleInstanceLock()) {
  // Another Camadas is running; it receives our argv through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    focusWindow();
    const filePath = projectFromArgv(argv);
    if (filePath) void openProject(filePath);
  });
  // macOS: double-clicked .camadas files (may come before 'ready').
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void openProject(filePath);
  });
  // Defence in depth for any web contents, not only the main window's.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appUrl)) event.preventDefault();
    });
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => void engine.stop());
  app.whenReady().then(start, (error: unknown) => {
    process.stderr.write(`Camadas could not start: ${String(error)}\n`);
    app.exit(1);
  });
}
