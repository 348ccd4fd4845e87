import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExportFormat } from '../../../src-shared/protocol/engine-types';
import { MAX_EXPORT_FILES_BYTES, type ExportedFile, type ExportFilesParams } from '../../../src-shared/protocol/export-types';
import { appError, fail, ok, type Result } from '../../../src-shared/protocol/result';
import type { RunRecord } from '../runs';
import { exportRun } from './export-formats';

/** The stem used when the request names none. */
export const DEFAULT_EXPORT_STEM = 'model';

const MIME_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.h5': 'application/x-hdf5',
  '.py': 'text/x-python',
  '.mjs': 'text/javascript',
  '.csv': 'text/csv',
};

/** The media type a download of `name` should carry. */
export function mimeTypeOf(name: string): string {
  return MIME_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** What the export is called inside its temp folder: a folder for tfjs, js and reports, a file for h5 and python. */
export function exportTargetName(format: ExportFormat, stem: string): string {
  if (format === 'h5') return `${stem}.h5`;
  if (format === 'python') return `${stem}.py`;
  return stem;
}

/** The file a user opens first comes first (model.json, the script); the rest by name. */
function fileOrder(primary: string): (a: string, b: string) => number {
  const rank = (name: string) => (name === primary || name === 'model.json' ? 0 : 1);
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

/**
 * Exports a run into a fresh temp folder through the one format switch and returns every file
 * written, as bytes, for a browser to download. The temp folder is always removed; an export
 * too large for one message is refused rather than cut.
 */
export async function exportRunAsFiles(run: RunRecord, params: ExportFilesParams): Promise<Result<{ files: ExportedFile[] }>> {
  const stem = params.name ?? DEFAULT_EXPORT_STEM;
  const temp = await mkdtemp(path.join(os.tmpdir(), 'camadas-export-files-'));
  try {
    const targetName = exportTargetName(params.format, stem);
    const target = path.join(temp, targetName);
    const written = await exportRun(run, params.format, target, params.locale ? { locale: params.locale } : {});
    if (!written.ok) return written;
    const root = (await stat(target)).isDirectory() ? target : temp;
    // Hidden names would be temp leftovers of the atomic writes, never part of the export.
    const names = (await readdir(root)).filter((name) => !name.startsWith('.')).sort(fileOrder(targetName));
    const sizes = await Promise.all(names.map(async (name) => (await stat(path.join(root, name))).size));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    if (total > MAX_EXPORT_FILES_BYTES) {
      const reason = `the export is ${Math.ceil(total / 2 ** 20)} MB, more than the ${MAX_EXPORT_FILES_BYTES / 2 ** 20} MB a browser download may carry`;
      return fail(
        appError('EXPORT_FAILED', `Could not export run ${run.runId}: ${reason}.`, {
          params: { reason, path: targetName },
          hint: 'Export from the desktop app or with npm run cli -- export, which write straight to disk.',
        }),
      );
    }
    const files: ExportedFile[] = [];
    for (const name of names) {
      const bytes = await readFile(path.join(root, name));
      files.push({ name, base64: bytes.toString('base64'), mime: mimeTypeOf(name), bytes: bytes.byteLength });
    }
    return ok({ files });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
