import type { GraphDocument } from '../graph/document';
import type { Locale } from '../i18n/messages';
import type { EpochMetrics, ExportFormat } from './engine-types';

/**
 * Exports carried as bytes (browser mode, which cannot name a path on the engine's machine) and
 * model imports sent as file contents. Limits keep every message well under the transport's
 * 64 MiB frame.
 */

/** Most bytes of one export returned as files (all files together, before base64). */
export const MAX_EXPORT_FILES_BYTES = 40 * 1024 * 1024;
/** Most files one import may send (model.json, its weight shards, history.json). */
export const MAX_IMPORT_FILES = 32;
/** Most bytes of one import (all files together, before base64). */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
/** Longest file name accepted in an import. */
export const MAX_IMPORT_NAME = 255;

/** One exported file: its name inside the export (`model.json`, `model.h5`) and its bytes. */
export interface ExportedFile {
  name: string;
  base64: string;
  /** Media type for the download, e.g. `application/json`. */
  mime: string;
  /** Size in bytes (decoded). */
  bytes: number;
}

export interface ExportFilesParams {
  runId: string;
  format: ExportFormat;
  /** Stem of the file names where the format names its files (`<name>.h5`, `<name>.py`). */
  name?: string;
  /** Language of generated comments and class names (default English). */
  locale?: Locale;
}

/** One file chosen by the user for an import. */
export interface ImportFile {
  name: string;
  base64: string;
}

export interface ModelImportParams {
  files: ImportFile[];
  /**
   * Register the model under this run id (a project's kept weights restored after a reload or an
   * engine restart), replacing any model the engine holds under it. Default: a fresh id.
   */
  runId?: string;
  /** The graph the model was trained from, used instead of the one read from model.json. */
  graph?: GraphDocument;
}

export interface ModelImportResult {
  /** The engine's run holding the imported model: evaluate, inspect and export it like a trained one. */
  runId: string;
  /** The model as a graph for the canvas (from graphFromTfjsTopology). */
  graph: GraphDocument;
  /** From a Camadas history.json sent along, else empty. */
  history: EpochMetrics[];
  params: number;
  /** The name of the model.json the import was read from. */
  modelFile: string;
}
