import { writeFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  classCounts,
  datasetStatus,
  forgetFashionMnist,
  loadFashionMnist,
  type LoadDatasetOptions,
} from '../../../../../src-main/engine/datasets';
import { fakeDataset, idxLabels, tempDir, writeDataset, sha256 } from './fixtures';

let root: { dir: string; cleanup: () => Promise<void> };
const data = fakeDataset(20, 10);

/** Options that see only this test's folders: no environment, no system folder, no network. */
function isolated(extra: LoadDatasetOptions = {}): LoadDatasetOptions {
  return {
    cacheDir: join(root.dir, 'cache'),
    systemDirs: [],
    allowDownload: false,
    env: {},
    expectedHashes: data.hashes,
    ...extra,
  };
}

beforeEach(async () => {
  root = await tempDir();
});
afterEach(async () => {
  forgetFashionMnist();
  await root.cleanup();
});

describe('loadFashionMnist from a folder', () => {
  it('loads verified train and test sets with their labels from the given folder', async () => {
    const dir = join(root.dir, 'data');
    await writeDataset(dir, data);
    const result = await loadFashionMnist(isolated({ dataDir: dir }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { train, test, source } = result.value;
    expect(source).toBe('explicit');
    expect(result.value.dir).toBe(dir);
    expect([train.count, test.count, train.rows, train.cols]).toEqual([20, 10, 28, 28]);
    expect(train.images.length).toBe(20 * 784);
    expect(Buffer.compare(train.images, data.raw['train-images-idx3-ubyte'].subarray(16))).toBe(0);
    expect([...test.labels]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(classCounts(train)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('accepts uncompressed idx files beside or instead of .gz files', async () => {
    const dir = join(root.dir, 'raw');
    await writeDataset(dir, data, ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte']);
    await writeFile(join(dir, 't10k-images-idx3-ubyte'), data.raw['t10k-images-idx3-ubyte']);
    await writeFile(join(dir, 't10k-labels-idx1-ubyte'), data.raw['t10k-labels-idx1-ubyte']);
    const result = await loadFashionMnist(isolated({ dataDir: dir }));
    expect(result.ok ? result.value.test.count : result.error.code).toBe(10);
  });

  it('checks the official SHA-256 of the decompressed content unless told otherwise', async () => {
    const dir = join(root.dir, 'data');
    await writeDataset(dir, data);
    const result = await loadFashionMnist(isolated({ dataDir: dir, expectedHashes: {} }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_HASH_MISMATCH');
    expect(result.error.params?.file).toBe(join(dir, 'train-images-idx3-ubyte.gz'));
    expect(result.error.params?.actual).toBe(data.hashes['train-images-idx3-ubyte']);
  });

  it('names the file whose content does not match its hash', async () => {
    const dir = join(root.dir, 'data');
    await writeDataset(dir, data);
    const other = fakeDataset(20, 10, 3);
    await writeFile(join(dir, 't10k-labels-idx1-ubyte.gz'), other.gz['t10k-labels-idx1-ubyte']);
    const result = await loadFashionMnist(isolated({ dataDir: dir }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_HASH_MISMATCH');
    expect(result.error.params?.file).toBe(join(dir, 't10k-labels-idx1-ubyte.gz'));
    expect(result.error.message).toContain('t10k-labels-idx1-ubyte.gz');
  });

  it('rejects a labels file whose count differs from its images with DATASET_LABEL_MISMATCH', async () => {
    const dir = join(root.dir, 'data');
    await writeDataset(dir, data);
    const shortLabels = idxLabels(19);
    await writeFile(join(dir, 'train-labels-idx1-ubyte'), shortLabels);
    await unlink(join(dir, 'train-labels-idx1-ubyte.gz'));
    const hashes = { ...data.hashes, 'train-labels-idx1-ubyte': sha256(shortLabels) };
    const result = await loadFashionMnist(isolated({ dataDir: dir, expectedHashes: hashes }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_LABEL_MISMATCH');
    expect(result.error.params).toMatchObject({ images: 20, labels: 19 });
  });

  it('reports a folder that lacks one of the four files with DATASET_FILE_MISSING', async () => {
    const dir = join(root.dir, 'data');
    await writeDataset(dir, data, [
      'train-images-idx3-ubyte',
      'train-labels-idx1-ubyte',
      't10k-images-idx3-ubyte',
    ]);
    const result = await loadFashionMnist(isolated({ dataDir: dir }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_FILE_MISSING');
    expect(result.error.params).toMatchObject({ dir, file: 't10k-labels-idx1-ubyte.gz' });
  });

  it('reports a damaged gzip file by name with DATASET_BAD_GZIP', async () => {
    const dir = join(root.dir, 'data');
    await writeDataset(dir, data);
    const gz = data.gz['train-images-idx3-ubyte'];
    await writeFile(join(dir, 'train-images-idx3-ubyte.gz'), gz.subarray(0, gz.length - 40));
    const result = await loadFashionMnist(isolated({ dataDir: dir }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_BAD_GZIP');
    expect(result.error.params?.file).toBe(join(dir, 'train-images-idx3-ubyte.gz'));
  });

  it('says DATASET_NOT_FOUND listing every folder it looked in when there is no dataset', async () => {
    const dataDir = join(root.dir, 'nothing-here');
    const systemDir = join(root.dir, 'system');
    const result = await loadFashionMnist(isolated({ dataDir, systemDirs: [systemDir] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_NOT_FOUND');
    const tried = String(result.error.params?.tried);
    for (const dir of [dataDir, join(root.dir, 'cache', 'fashion-mnist'), systemDir]) {
      expect(tried).toContain(dir);
      expect(result.error.message).toContain(dir);
    }
    expect(result.error.hint).toContain('dataset-fashion-mnist');
  });
});

describe('memoisation and status', () => {
  it('returns the very same dataset object for the same options', async () => {
    const dir = join(root.dir, 'data');
    await writeDataset(dir, data);
    const [first, concurrent] = await Promise.all([
      loadFashionMnist(isolated({ dataDir: dir })),
      loadFashionMnist(isolated({ dataDir: dir })),
    ]);
    const later = await loadFashionMnist(
      isolated({ dataDir: dir, allowDownload: true, mirrors: [] }),
    );
    expect(first.ok && concurrent.ok && later.ok).toBe(true);
    if (!first.ok || !concurrent.ok || !later.ok) return;
    expect(concurrent.value).toBe(first.value);
    expect(later.value).toBe(first.value);
  });

  it('does not remember a failure: a dataset installed afterwards is found', async () => {
    const dir = join(root.dir, 'data');
    const before = await loadFashionMnist(isolated({ dataDir: dir }));
    expect(before.ok).toBe(false);
    await writeDataset(dir, data);
    const after = await loadFashionMnist(isolated({ dataDir: dir }));
    expect(after.ok).toBe(true);
  });

  it('datasetStatus reports counts per class of an available dataset', async () => {
    const dir = join(root.dir, 'data');
    await writeDataset(dir, data);
    const status = await datasetStatus(isolated({ dataDir: dir }));
    expect(status).toMatchObject({
      available: true,
      source: 'explicit',
      dir,
      trainCount: 20,
      testCount: 10,
    });
    expect(status.classCounts?.test).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(status.problem).toBeNull();
  });

  it('datasetStatus says unavailable, with the reason, and never downloads', async () => {
    const status = await datasetStatus(
      isolated({ allowDownload: true, mirrors: ['http://127.0.0.1:9'] }),
    );
    expect(status).toMatchObject({
      available: false,
      source: null,
      dir: null,
      trainCount: 0,
      classCounts: null,
    });
    expect(status.problem?.code).toBe('DATASET_NOT_FOUND');
    expect(await readdir(root.dir)).toEqual([]);
  });
});

describe('gzip fixture sanity', () => {
  it('generated gzip files decompress to the generated idx bytes', () => {
    const back = gunzipSync(data.gz['t10k-images-idx3-ubyte']);
    expect(Buffer.compare(back, data.raw['t10k-images-idx3-ubyte'])).toBe(0);
  });
});
