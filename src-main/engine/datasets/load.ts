import { ok, fail, type AppError, type Result } from '../../../src-shared/protocol/result';
import type { DatasetStatus } from '../../../src-shared/protocol/engine-types';
import { FASHION_MNIST } from '../../../src-shared/datasets/fashion-mnist';
import { findDataset } from './find-dataset';
import { datasetError, describeError } from './errors';
import { resolveSources, type ResolvedSources } from './sources';
import type { FashionMnist, ImageSet, LoadDatasetOptions } from './types';

/**
 * Loaded datasets by the folders they may come from and the hashes they must match. Mirrors,
 * download permission and progress are left out: they cannot change verified content.
 */
const loaded = new Map<string, FashionMnist>();
/** Loads under way, so concurrent callers share one read. */
const inflight = new Map<string, Promise<Result<FashionMnist>>>();

function sourcesKey(sources: ResolvedSources): string {
  const { folders, cacheDir, hashes } = sources;
  return JSON.stringify({ folders, cacheDir, hashes });
}

/**
 * Loads and verifies Fashion-MNIST from the first source that works (see `findDataset`).
 * Memoised per process: the same resolved options give the same object on later calls.
 */
export function loadFashionMnist(options: LoadDatasetOptions = {}): Promise<Result<FashionMnist>> {
  const sources = resolveSources(options);
  const key = sourcesKey(sources);
  const done = loaded.get(key);
  if (done) return Promise.resolve(ok(done));
  const loadKey = `${key}|${sources.allowDownload}`;
  const running = inflight.get(loadKey);
  if (running) return running;
  const started = performance.now();
  const promise = findDataset(sources, options.onProgress)
    .catch((error: unknown) =>
      fail(datasetError('DATASET_UNKNOWN', { reason: describeError(error) })),
    )
    .then((found): Result<FashionMnist> => {
      inflight.delete(loadKey);
      if (!found.ok) return found;
      const { splits, source, dir, skipped } = found.value;
      const dataset: FashionMnist = {
        train: splits.train,
        test: splits.test,
        source,
        dir,
        loadMs: performance.now() - started,
        skipped,
      };
      loaded.set(key, dataset);
      return ok(dataset);
    });
  inflight.set(loadKey, promise);
  return promise;
}

/** Drops memoised datasets (tests, or to free ~55 MB when the dataset is no longer needed). */
export function forgetFashionMnist(): void {
  loaded.clear();
}

/** Images per class, indexed by label. */
export function classCounts(set: Pick<ImageSet, 'labels'>): number[] {
  const counts = new Array<number>(FASHION_MNIST.classCount).fill(0);
  for (const label of set.labels) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}

/** A DatasetStatus plus, when unavailable, why. */
export interface DatasetStatusReport extends DatasetStatus {
  problem: AppError | null;
}

/** Whether the dataset is available locally and what it holds; never downloads. */
export async function datasetStatus(
  options: LoadDatasetOptions = {},
): Promise<DatasetStatusReport> {
  const result = await loadFashionMnist({
    ...options,
    allowDownload: false,
    onProgress: undefined,
  });
  if (!result.ok) {
    return {
      available: false,
      source: null,
      dir: null,
      trainCount: 0,
      testCount: 0,
      classCounts: null,
      problem: result.error,
    };
  }
  const { train, test, source, dir } = result.value;
  return {
    available: true,
    source,
    dir,
    trainCount: train.count,
    testCount: test.count,
    classCounts: { train: classCounts(train), test: classCounts(test) },
    problem: null,
  };
}
