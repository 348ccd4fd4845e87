import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ok, fail, type Result } from '../../../src-shared/protocol/result';
import { DATASET_FILES } from './files';
import { locateFiles } from './folder';
import { readDatasetFile, type DecodedFile } from './dataset-file';
import { downloadDatasetFile } from './download';
import { pairSplits, type Splits } from './assemble';
import type { ResolvedSources } from './sources';
import type { DatasetProgress } from './types';

/**
 * Fills the cache folder: files already there and valid are kept, the others are downloaded
 * (in parallel, each verified before it is written).
 */
export async function downloadIntoCache(
  sources: ResolvedSources,
  onProgress?: (progress: DatasetProgress) => void,
): Promise<Result<Splits>> {
  const located = await locateFiles(sources.cacheDir);
  const present = located.ok ? located.value : new Map<string, string>();
  const results = await Promise.all(
    DATASET_FILES.map(async (spec): Promise<Result<DecodedFile>> => {
      const expectedHash = sources.hashes[spec.name];
      const path = present.get(spec.name);
      if (path) {
        const cached = await readDatasetFile(path, spec, expectedHash);
        if (cached.ok) return cached;
        await unlink(path).catch(() => undefined);
      }
      return downloadDatasetFile({
        spec,
        expectedHash,
        dir: sources.cacheDir,
        mirrors: sources.mirrors,
        onProgress,
      });
    }),
  );
  const failed = results.find((result) => !result.ok);
  if (failed && !failed.ok) return fail(failed.error);
  const decoded = results.flatMap((result) => (result.ok ? [result.value] : []));
  const splits = pairSplits(decoded, (name) => join(sources.cacheDir, `${name}.gz`));
  return splits.ok ? ok(splits.value) : splits;
}
