/**
 * Names of the IPC channels between the main process and the preload. Only these exist; the
 * renderer never sees them (it gets the narrow HostApi object instead).
 */
export const IPC = {
  /** invoke → Result<OpenedFile | null> */
  openProject: 'camadas:open-project',
  /** invoke(SaveProjectRequest) → Result<SavedFile | null> */
  saveProject: 'camadas:save-project',
  /** invoke(ExportTargetRequest) → Result<ExportTarget | null> */
  chooseExportTarget: 'camadas:choose-export-target',
  /** send(DocumentState) */
  documentState: 'camadas:document-state',
  /** send(Locale) */
  locale: 'camadas:locale',
  /** send(url) */
  openExternal: 'camadas:open-external',
  /** send() – the page wants a (new) port to the engine */
  requestEnginePort: 'camadas:request-engine-port',
  /** main → preload: a MessagePort to the engine in `event.ports[0]` */
  enginePort: 'camadas:engine-port',
  /** main → preload: the engine's status (restarting, ready with info) */
  engineStatus: 'camadas:engine-status',
  /** main → preload: a menu command */
  menuCommand: 'camadas:menu-command',
  /** main → preload: a project the OS asked to open (Result<OpenedFile>) */
  openFile: 'camadas:open-file',
} as const;
