import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  HOST_WINDOW_CHANNEL,
  isMenuCommand,
  type ElectronHostApi,
  type HostWindowMessage,
  type MenuCommand,
  type OpenedFile,
} from '../../src-shared/protocol/host-api';
import type { Result } from '../../src-shared/protocol/result';
import { IPC } from './ipc-channels';

/**
 * The page's only bridge to the host: `window.camadas`, an object whose type is ElectronHostApi
 * (declared once in src-shared/protocol/host-api.ts). ipcRenderer itself is never exposed; each
 * method sends one fixed channel with a plain, copied payload that the main process validates.
 */

// The preload is typed for Node (tsconfig.node.json); of the DOM it needs only this.
declare const window: {
  postMessage(message: HostWindowMessage, targetOrigin: string, transfer?: readonly unknown[]): void;
};

/** Posts to the page's own window; '*' because file:// pages have an opaque origin. */
function toPage(message: HostWindowMessage, transfer?: readonly unknown[]): void {
  window.postMessage(message, '*', transfer);
}

ipcRenderer.on(IPC.enginePort, (event: IpcRendererEvent) => {
  toPage({ channel: HOST_WINDOW_CHANNEL, kind: 'engine-port' }, event.ports);
});
ipcRenderer.on(IPC.engineStatus, (_event: IpcRendererEvent, status: Extract<HostWindowMessage, { kind: 'engine-status' }>['status']) => {
  toPage({ channel: HOST_WINDOW_CHANNEL, kind: 'engine-status', status });
});

// Files the OS asks to open may arrive before the page listens: keep them until it does.
const pendingFiles: Array<Result<OpenedFile>> = [];
const fileListeners = new Set<(file: Result<OpenedFile>) => void>();
ipcRenderer.on(IPC.openFile, (_event: IpcRendererEvent, file: Result<OpenedFile>) => {
  if (fileListeners.size === 0) pendingFiles.push(file);
  for (const listener of fileListeners) listener(file);
});

const api = {
  kind: 'electron',
  openProject: () => ipcRenderer.invoke(IPC.openProject),
  saveProject: (request) =>
    ipcRenderer.invoke(IPC.saveProject, {
      contents: request.contents,
      path: request.path,
      suggestedName: request.suggestedName,
    }),
  chooseExportTarget: (request) =>
    ipcRenderer.invoke(IPC.chooseExportTarget, {
      kind: request.kind,
      suggestedName: request.suggestedName,
      ...(request.extension === undefined ? {} : { extension: request.extension }),
    }),
  setDocumentState: (state) => ipcRenderer.send(IPC.documentState, { title: state.title, dirty: state.dirty }),
  setLocale: (locale) => ipcRenderer.send(IPC.locale, locale),
  openExternal: (url) => ipcRenderer.send(IPC.openExternal, String(url)),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(IPC.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(IPC.menuCommand, handler);
    };
  },
  onOpenFile: (listener) => {
    fileListeners.add(listener);
    for (const file of pendingFiles.splice(0)) listener(file);
    return () => {
      fileListeners.delete(listener);
    };
  },
  requestEnginePort: () => ipcRenderer.send(IPC.requestEnginePort),
} satisfies ElectronHostApi;

contextBridge.exposeInMainWorld('camadas', api);
