import type { Locale } from '../i18n/messages';
import type { EngineMessage } from './messages';
import type { Result } from './result';

/**
 * What the host around the renderer offers besides the engine: file dialogs, the menu, the
 * window title. Declared once here; the Electron preload `satisfies` it, the renderer's
 * `window.camadas` is typed from it and browser mode implements it with file pickers.
 */

/** Menu entries the renderer acts on (clipboard, zoom and dev tools stay native). */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.exportModel',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'edit.selectAll',
  'help.about',
  'help.shortcuts',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** True when `value` is one of the menu commands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** A project file read by the host. `path` is null in browser mode (pickers hide it). */
export interface OpenedFile {
  path: string | null;
  name: string;
  contents: string;
}

/** Where a project was written. `path` is null in browser mode (downloads). */
export interface SavedFile {
  path: string | null;
  name: string;
}

export interface SaveProjectRequest {
  /** Serialised project (JSON text). */
  contents: string;
  /** Write here without asking; null shows a save dialog (Save As). */
  path: string | null;
  /** File name offered in the dialog, e.g. `my-model.camadas`. */
  suggestedName: string;
}

/** What the window shows about the open project. */
export interface DocumentState {
  title: string;
  dirty: boolean;
}

/** Where an export should go: a folder (tfjs, js, reports) or one file (h5, python). */
export interface ExportTargetRequest {
  kind: 'file' | 'folder';
  /** Offered name, e.g. `run-1.h5`, or `run-1-tfjs` for a folder to create. */
  suggestedName: string;
  /** For files: the extension without its dot (`h5`, `py`), added when the user leaves it out. */
  extension?: string;
}

/** A path on the engine's machine the user chose (desktop app), or "download the files" (browser mode). */
export type ExportTarget = { type: 'path'; path: string } | { type: 'download' };

/** Which host the renderer runs in; only for wording, never for choosing code paths. */
export type HostKind = 'electron' | 'browser';

/** The narrow API the host gives the renderer. Every method is safe to call at any time. */
export interface HostApi {
  readonly kind: HostKind;
  /** Asks the user for a project file and reads it; `null` when the user cancels. */
  openProject(): Promise<Result<OpenedFile | null>>;
  /** Writes a project (atomically on disk); `null` when the user cancels the dialog. */
  saveProject(request: SaveProjectRequest): Promise<Result<SavedFile | null>>;
  /** Keeps the window title and the "unsaved changes" guard in step with the project. */
  setDocumentState(state: DocumentState): void;
  /** Tells the host the UI language (the native menu follows it). */
  setLocale(locale: Locale): void;
  /** Opens an https link in the system browser; anything else is ignored. */
  openExternal(url: string): void;
  /** Menu clicks; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Projects the OS asks to open (command line, file association, Open Recent). */
  onOpenFile(listener: (file: Result<OpenedFile>) => void): () => void;
  /**
   * Asks where to write an export (a native save dialog); `null` when the user cancels. Hosts
   * without it (browser mode) cannot name a path: their exports arrive as downloads.
   */
  chooseExportTarget?(request: ExportTargetRequest): Promise<Result<ExportTarget | null>>;
}

/**
 * What the Electron preload exposes as `window.camadas`: the host API plus the one call that
 * asks the main process for a fresh port to the engine (answered through `window.postMessage`).
 */
export interface ElectronHostApi extends HostApi {
  readonly kind: 'electron';
  requestEnginePort(): void;
}

/** Tag on the preload's `window.postMessage` envelopes, so the page can tell them apart. */
export const HOST_WINDOW_CHANNEL = 'camadas-host';

/**
 * Preload → page envelopes. `engine-port` carries a MessagePort to the engine in `ports[0]`;
 * `engine-status` relays what the main process knows of the engine (restarting, ready).
 */
export type HostWindowMessage =
  | { channel: typeof HOST_WINDOW_CHANNEL; kind: 'engine-port' }
  | { channel: typeof HOST_WINDOW_CHANNEL; kind: 'engine-status'; status: Extract<EngineMessage, { type: 'status' }> };
