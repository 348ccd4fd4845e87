import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AppError } from '../../src-shared/protocol/result';
import type { ImportSummary } from './import-actions';

/** What the last "Open model…" did, shown until dismissed. */
export type ImportNotice =
  | { kind: 'busy' }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'error'; error: AppError };

/** The export dialog (open, for which run) and the import notice. */
export interface ExportUiState {
  dialogOpen: boolean;
  /** The run the dialog was opened for (from a run's Export button); null = let the dialog pick. */
  runId: string | null;
  importNotice: ImportNotice | null;
  openDialog(runId?: string | null): void;
  closeDialog(): void;
  setImportNotice(notice: ImportNotice | null): void;
}

export type ExportUiStore = StoreApi<ExportUiState>;

/** A new export UI store (one per window; tests make their own). */
export function createExportUiStore(): ExportUiStore {
  return createStore<ExportUiState>()((set) => ({
    dialogOpen: false,
    runId: null,
    importNotice: null,
    openDialog: (runId = null) => set({ dialogOpen: true, runId }),
    closeDialog: () => set({ dialogOpen: false, runId: null }),
    setImportNotice: (importNotice) => set({ importNotice }),
  }));
}

/** The window's export UI store. */
export const exportUiStore: ExportUiStore = createExportUiStore();

/** Reads from the window's export UI store. */
export function useExportUi<T>(selector: (state: ExportUiState) => T): T {
  return useStore(exportUiStore, selector);
}
