import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ok, fail, type AppError, type Result } from '../../../src-shared/protocol/result';
import { datasetError, describeError } from './errors';
import { DATASET_FILES } from './files';
import { readDatasetFile } from './dataset-file';
import { pairSplits, type Splits } from './assemble';
import type { DatasetFileName, DatasetHashes } from './types';

/** What one folder holds: nothing of ours, a verified dataset, or a problem naming the file. */
export type FolderOutcome =
  | { status: 'absent' }
  | { status: 'ok'; splits: Splits }
  | { status: 'bad'; error: AppError; badPaths: string[]; incomplete: boolean };

/** Finds each file in `dir`, preferring `<name>.gz` over an uncompressed `<name>`. */
export async function locateFiles(dir: string): Promise<Result<Map<DatasetFileName, string>>> {
  const found = new Map<DatasetFileName, string>();
  for (const spec of DATASET_FILES) {
    for (const candidate of [join(dir, `${spec.name}.gz`), join(dir, spec.name)]) {
      try {
        if ((await stat(candidate)).isFile()) {
          found.set(spec.name, candidate);
          break;
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') {
          return fail(
            datasetError('DATASET_READ_FAILED', { file: candidate, reason: describeError(error) }),
          );
        }
      }
    }
  }
  return ok(found);
}

/** Reads and verifies all four files of a folder. */
export async function readFolder(dir: string, hashes: DatasetHashes): Promise<FolderOutcome> {
  const located = await locateFiles(dir);
  if (!located.ok) return { status: 'bad', error: located.error, badPaths: [], incomplete: false };
  const paths = located.value;
  if (paths.size === 0) return { status: 'absent' };
  const missing = DATASET_FILES.find((spec) => !paths.has(spec.name));
  if (missing) {
    const error = datasetError('DATASET_FILE_MISSING', { dir, file: `${missing.name}.gz` });
    return { status: 'bad', error, badPaths: [], incomplete: true };
  }
  const results = await Promise.all(
    DATASET_FILES.map(async (spec) => {
      const path = paths.get(spec.name) as string;
      return { path, result: await readDatasetFile(path, spec, hashes[spec.name]) };
    }),
  );
  const failures = results.flatMap(({ path, result }) =>
    result.ok ? [] : [{ path, error: result.error }],
  );
  const firstFailure = failures[0];
  if (firstFailure) {
    const badPaths = failures.map((failure) => failure.path);
    return { status: 'bad', error: firstFailure.error, badPaths, incomplete: false };
  }
  const decoded = results.flatMap(({ result }) => (result.ok ? [result.value] : []));
  const splits = pairSplits(decoded, (name) => paths.get(name as DatasetFileName) ?? name);
  if (!splits.ok) {
    // Counts disagree: which of the pair is wrong is unknowable, so both are suspect.
    return { status: 'bad', error: splits.error, badPaths: [...paths.values()], incomplete: false };
  }
  return { status: 'ok', splits: splits.value };
}
