import { unlink } from 'node:fs/promises';
import { ok, fail, type AppError, type Result } from '../../../src-shared/protocol/result';
import type { DatasetSourceKind } from '../../../src-shared/protocol/engine-types';
import { datasetError } from './errors';
import { readFolder } from './folder';
import { downloadIntoCache } from './download-all';
import type { Splits } from './assemble';
import type { ResolvedSources } from './sources';
import type { DatasetProgress } from './types';

export interface FoundDataset {
  splits: Splits;
  source: DatasetSourceKind;
  dir: string;
  skipped: AppError[];
}

/**
 * Tries each source in order, first that works: explicit/env folder, cache, system folders,
 * download. A folder with a bad file is passed over (and, for our own cache, the bad file is
 * deleted so it is never used again); what went wrong is kept in `skipped`. When nothing works,
 * the error is the first specific file problem, else the download error, else DATASET_NOT_FOUND
 * listing the folders tried.
 */
export async function findDataset(
  sources: ResolvedSources,
  onProgress?: (progress: DatasetProgress) => void,
): Promise<Result<FoundDataset>> {
  const skipped: AppError[] = [];
  const tried: string[] = [];
  let firstFileProblem: AppError | null = null;
  for (const folder of sources.folders) {
    tried.push(folder.dir);
    const outcome = await readFolder(folder.dir, sources.hashes);
    if (outcome.status === 'absent') continue;
    if (outcome.status === 'ok') {
      return ok({ splits: outcome.splits, source: folder.kind, dir: folder.dir, skipped });
    }
    if (folder.kind === 'cache') {
      // A half-finished cache is normal (a download was interrupted): the download step
      // completes it. Bad files in it are ours to remove.
      await Promise.all(outcome.badPaths.map((path) => unlink(path).catch(() => undefined)));
      if (!outcome.incomplete) skipped.push(outcome.error);
      continue;
    }
    skipped.push(outcome.error);
    firstFileProblem ??= outcome.error;
  }
  const triedText = tried.join(', ');
  if (sources.allowDownload) {
    const downloaded = await downloadIntoCache(sources, onProgress);
    if (downloaded.ok) {
      return ok({ splits: downloaded.value, source: 'download', dir: sources.cacheDir, skipped });
    }
    const triedAll = [...tried, ...sources.mirrors].join(', ');
    return fail(withTried(firstFileProblem ?? downloaded.error, triedAll));
  }
  return fail(
    withTried(
      firstFileProblem ?? datasetError('DATASET_NOT_FOUND', { tried: triedText }),
      triedText,
    ),
  );
}

/** Adds where the loader looked; NOT_FOUND's own message already lists it. */
function withTried(error: AppError, tried: string): AppError {
  const message =
    error.code === 'DATASET_NOT_FOUND' ? error.message : `${error.message} Looked in: ${tried}.`;
  return { ...error, message, params: { ...error.params, tried } };
}
