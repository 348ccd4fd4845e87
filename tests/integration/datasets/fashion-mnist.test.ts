import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  classCounts,
  datasetStatus,
  forgetFashionMnist,
  loadFashionMnist,
  OFFICIAL_HASHES,
  SYSTEM_DATASET_DIR,
  toFloat32,
  type LoadDatasetOptions,
} from '../../../src-main/engine/datasets';
import { FASHION_MNIST } from '../../../src-shared/datasets/fashion-mnist';

// The Debian package dataset-fashion-mnist (installed by .ci/run) provides the real files.
describe('real Fashion-MNIST from the system folder', () => {
  let emptyCache: string;
  let options: LoadDatasetOptions;

  beforeAll(async () => {
    emptyCache = await mkdtemp(join(tmpdir(), 'camadas-empty-cache-'));
    options = {
      cacheDir: emptyCache,
      systemDirs: [SYSTEM_DATASET_DIR],
      allowDownload: false,
      env: {},
    };
  });
  afterAll(async () => {
    forgetFashionMnist();
    await rm(emptyCache, { recursive: true, force: true });
  });

  it('finds the four files of the Debian package', () => {
    for (const name of Object.keys(OFFICIAL_HASHES)) {
      expect(existsSync(join(SYSTEM_DATASET_DIR, `${name}.gz`)), `${name}.gz`).toBe(true);
    }
  });

  it('loads 60,000 training and 10,000 test images verified against the official hashes', async () => {
    const result = await loadFashionMnist(options);
    if (!result.ok) throw new Error(result.error.message);
    const { train, test, source, dir, loadMs, skipped } = result.value;
    console.log(`Fashion-MNIST loaded from ${dir} in ${loadMs.toFixed(0)} ms`);
    expect(source).toBe('system');
    expect(dir).toBe(SYSTEM_DATASET_DIR);
    expect(skipped).toEqual([]);
    expect([train.count, test.count]).toEqual([FASHION_MNIST.trainCount, FASHION_MNIST.testCount]);
    expect(train.images.length).toBe(60_000 * 784);
    expect(test.images.length).toBe(10_000 * 784);
    expect(train.labels.length).toBe(60_000);
    expect(classCounts(train)).toEqual(new Array(10).fill(6000));
    expect(classCounts(test)).toEqual(new Array(10).fill(1000));
    // The first training image is an ankle boot (label 9) in the official data.
    expect(train.labels[0]).toBe(9);
  });

  it('gives the same object again and a matching status without reading again', async () => {
    const first = await loadFashionMnist(options);
    const status = await datasetStatus(options);
    const second = await loadFashionMnist(options);
    if (!first.ok || !second.ok) throw new Error('dataset did not load');
    expect(second.value).toBe(first.value);
    expect(status).toMatchObject({
      available: true,
      source: 'system',
      trainCount: 60_000,
      testCount: 10_000,
    });
    expect(status.classCounts?.train).toEqual(new Array(10).fill(6000));
  });

  it('really checks the hashes: a changed expected hash rejects the real file by name', async () => {
    const wrong = '0'.repeat(64);
    const result = await loadFashionMnist({
      ...options,
      expectedHashes: { 't10k-labels-idx1-ubyte': wrong },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_HASH_MISMATCH');
    expect(result.error.params).toMatchObject({
      file: join(SYSTEM_DATASET_DIR, 't10k-labels-idx1-ubyte.gz'),
      expected: wrong,
      actual: OFFICIAL_HASHES['t10k-labels-idx1-ubyte'],
    });
  });

  it('normalises the test images to [0, 1] floats', async () => {
    const result = await loadFashionMnist(options);
    if (!result.ok) throw new Error(result.error.message);
    const started = performance.now();
    const floats = toFloat32(result.value.test.images);
    console.log(`toFloat32 of 10,000 images: ${(performance.now() - started).toFixed(0)} ms`);
    let min = Infinity;
    let max = -Infinity;
    for (const value of floats) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
    expect([min, max]).toEqual([0, 1]);
  });
});
