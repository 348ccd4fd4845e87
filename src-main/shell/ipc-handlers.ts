import { ipcMain, shell, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { Locale } from '../../src-shared/i18n/messages';
import type { DocumentState, ExportTarget, ExportTargetRequest } from '../../src-shared/protocol/host-api';
import type { Result } from '../../src-shared/protocol/result';
import { appError, fail } from '../../src-shared/protocol/result';
import type { EngineHost } from './engine-host';
import { IPC } from './ipc-channels';
import {
  documentStateSchema,
  exportTargetSchema,
  externalUrlSchema,
  isTrustedSender,
  localeSchema,
  noPayloadSchema,
  saveProjectSchema,
} from './ipc-guards';
import { isSafeExternalUrl } from './navigation-policy';
import type { ProjectFiles } from './project-files';

export interface IpcDeps {
  appUrl: string;
  window(): BrowserWindow | null;
  files: ProjectFiles;
  engine: EngineHost;
  setLocale(locale: Locale): void;
  setDocumentState(state: DocumentState): void;
  /** The native dialog that asks where an export goes. */
  chooseExportTarget(window: BrowserWindow | null, request: ExportTargetRequest): Promise<Result<ExportTarget | null>>;
}

type AnyEvent = IpcMainEvent | IpcMainInvokeEvent;

/** Only the app's own page, in the top frame of the app's window, may use the bridge. */
function trusted(event: AnyEvent, deps: IpcDeps): boolean {
  const window = deps.window();
  const frame = event.senderFrame;
  if (!window || event.sender !== window.webContents || !frame) return false;
  return isTrustedSender({ url: frame.url, isMainFrame: frame === event.sender.mainFrame }, deps.appUrl);
}

/** Registers every IPC channel; each checks its sender and validates its payload first. */
export function registerIpcHandlers(deps: IpcDeps): void {
  const refused = () => fail(appError('UNAUTHORIZED', 'This page may not use the host bridge.'));
  const invalid = (error: z.ZodError) => fail(appError('MESSAGE_INVALID', `Invalid request: ${error.issues[0]?.message ?? 'invalid'}`));

  ipcMain.handle(IPC.openProject, async (event, payload: unknown) => {
    if (!trusted(event, deps)) return refused();
    const parsed = noPayloadSchema.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    return deps.files.openWithDialog(deps.window());
  });

  ipcMain.handle(IPC.saveProject, async (event, payload: unknown) => {
    if (!trusted(event, deps)) return refused();
    const parsed = saveProjectSchema.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    return deps.files.save(deps.window(), parsed.data);
  });

  ipcMain.handle(IPC.chooseExportTarget, async (event, payload: unknown) => {
    if (!trusted(event, deps)) return refused();
    const parsed = exportTargetSchema.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    return deps.chooseExportTarget(deps.window(), parsed.data);
  });

  /** One-way messages: a bad sender or payload is dropped. */
  const on = <T>(channel: string, schema: z.ZodType<T>, handle: (value: T, event: IpcMainEvent) => void) => {
    ipcMain.on(channel, (event, payload: unknown) => {
      if (!trusted(event, deps)) return;
      const parsed = schema.safeParse(payload);
      if (parsed.success) handle(parsed.data, event);
    });
  };

  on(IPC.documentState, documentStateSchema, (state) => deps.setDocumentState(state));
  on(IPC.locale, localeSchema, (locale) => deps.setLocale(locale));
  on(IPC.openExternal, externalUrlSchema, (url) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  on(IPC.requestEnginePort, noPayloadSchema, (_value, event) => deps.engine.connect(event.sender));
}
