import type { Locale } from '../../src-shared/i18n/messages';
import type { ExportFormat } from '../../src-shared/protocol/engine-types';
import type { HostApi } from '../../src-shared/protocol/host-api';
import type { EngineClient } from '../../src-shared/protocol/messages';
import { ok, type Result } from '../../src-shared/protocol/result';
import type { DownloadFile } from './download-files';
import { downloadName, exportStem, exportTargetRequest } from './export-plan';

/** What an export needs: the engine, the host's save dialog (if it has one) and the downloads. */
export interface ExportDeps {
  client: Pick<EngineClient, 'request'>;
  host: Pick<HostApi, 'chooseExportTarget'>;
  download(files: readonly DownloadFile[]): Promise<void>;
}

export interface ExportRequest {
  runId: string;
  runName: string;
  format: ExportFormat;
  /** Language of generated comments and class names. */
  locale: Locale;
}

/** Where the files went: a folder or file the user chose, or the browser's downloads. */
export type ExportOutcome =
  | { kind: 'saved'; path: string; files: string[] }
  | { kind: 'downloaded'; files: string[] };

/**
 * Exports one run. A host with a save dialog (the desktop app) asks where, and the engine
 * writes there; otherwise the engine returns the files' bytes and the browser downloads each.
 * Resolves to null when the user cancels the dialog.
 */
export async function exportRun(deps: ExportDeps, request: ExportRequest): Promise<Result<ExportOutcome | null>> {
  const { runId, format, locale } = request;
  const stem = exportStem(request.runName);
  if (deps.host.chooseExportTarget) {
    const target = await deps.host.chooseExportTarget(exportTargetRequest(format, stem));
    if (!target.ok) return target;
    if (target.value === null) return ok(null);
    if (target.value.type === 'path') {
      const { path } = target.value;
      const written = await deps.client.request('run.export', { runId, format, path, locale });
      return written.ok ? ok({ kind: 'saved', path, files: written.value.files }) : written;
    }
  }
  const exported = await deps.client.request('run.exportFiles', { runId, format, name: stem, locale });
  if (!exported.ok) return exported;
  const files = exported.value.files.map((file) => ({ ...file, name: downloadName(format, stem, file.name) }));
  await deps.download(files);
  return ok({ kind: 'downloaded', files: files.map((file) => file.name) });
}
