import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultCacheRoot,
  forgetFashionMnist,
  loadFashionMnist,
  OFFICIAL_HASHES,
  OFFICIAL_MIRROR,
  resolveSources,
  SYSTEM_DATASET_DIR,
  type DatasetHashes,
  type LoadDatasetOptions,
} from '../../../../../src-main/engine/datasets';
import { fakeDataset, idxLabels, tempDir, writeDataset } from './fixtures';

describe('defaultCacheRoot', () => {
  it('uses XDG_CACHE_HOME on Linux when it is an absolute path', () => {
    expect(defaultCacheRoot('linux', { XDG_CACHE_HOME: '/xdg' }, '/home/ana')).toBe('/xdg/camadas');
  });
  it('falls back to ~/.cache on Linux when XDG_CACHE_HOME is unset or relative', () => {
    expect(defaultCacheRoot('linux', {}, '/home/ana')).toBe('/home/ana/.cache/camadas');
    expect(defaultCacheRoot('linux', { XDG_CACHE_HOME: 'rel' }, '/home/ana')).toBe(
      '/home/ana/.cache/camadas',
    );
  });
  it('uses ~/Library/Caches/Camadas on macOS', () => {
    expect(defaultCacheRoot('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Caches/Camadas');
  });
  it('uses %LOCALAPPDATA%\\Camadas\\Cache on Windows', () => {
    expect(
      defaultCacheRoot(
        'win32',
        { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' },
        'C:\\Users\\ana',
      ),
    ).toBe('C:\\Users\\ana\\AppData\\Local\\Camadas\\Cache');
  });
});

describe('resolveSources', () => {
  it('orders explicit folder, CAMADAS_DATA_DIR, cache, then the system folder', () => {
    const sources = resolveSources({
      dataDir: '/a',
      env: { CAMADAS_DATA_DIR: '/b', CAMADAS_CACHE_DIR: '/c' },
    });
    expect(sources.folders).toEqual([
      { kind: 'explicit', dir: '/a' },
      { kind: 'env', dir: '/b' },
      { kind: 'cache', dir: '/c/fashion-mnist' },
      { kind: 'system', dir: SYSTEM_DATASET_DIR },
    ]);
    expect(sources.cacheDir).toBe('/c/fashion-mnist');
    expect(sources.allowDownload).toBe(true);
    expect(sources.hashes).toEqual(OFFICIAL_HASHES);
  });

  it('prefers the cacheDir option over CAMADAS_CACHE_DIR', () => {
    expect(resolveSources({ cacheDir: '/opt', env: { CAMADAS_CACHE_DIR: '/c' } }).cacheDir).toBe(
      '/opt/fashion-mnist',
    );
  });

  it('tries CAMADAS_DATASET_MIRROR before the official mirror; a mirrors option replaces both', () => {
    const env = { CAMADAS_DATASET_MIRROR: 'https://m1.example/fm/, https://m2.example' };
    expect(resolveSources({ env }).mirrors).toEqual([
      'https://m1.example/fm',
      'https://m2.example',
      OFFICIAL_MIRROR,
    ]);
    expect(resolveSources({ env, mirrors: ['http://x/'] }).mirrors).toEqual(['http://x']);
  });
});

describe('source order on disk', () => {
  let root: { dir: string; cleanup: () => Promise<void> };
  // One dataset copied into every folder: only `source` tells which folder was read.
  const system = fakeDataset(14, 5);
  const dirs = (): Record<'explicit' | 'env' | 'cacheRoot' | 'cache' | 'system', string> => ({
    explicit: join(root.dir, 'explicit'),
    env: join(root.dir, 'env'),
    cacheRoot: join(root.dir, 'cache'),
    cache: join(root.dir, 'cache', 'fashion-mnist'),
    system: join(root.dir, 'system'),
  });

  function options(hashes: DatasetHashes, extra: LoadDatasetOptions = {}): LoadDatasetOptions {
    const d = dirs();
    return {
      cacheDir: d.cacheRoot,
      systemDirs: [d.system],
      allowDownload: false,
      env: { CAMADAS_DATA_DIR: d.env },
      expectedHashes: hashes,
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

  async function sourceOf(opts: LoadDatasetOptions): Promise<string> {
    const result = await loadFashionMnist(opts);
    return result.ok ? `${result.value.source}:${result.value.dir}` : result.error.code;
  }

  it('uses the explicit folder first, then CAMADAS_DATA_DIR, then the cache, then the system folder', async () => {
    const d = dirs();
    for (const dir of [d.explicit, d.env, d.cache, d.system]) await writeDataset(dir, system);
    const hashes = system.hashes;
    expect(await sourceOf(options(hashes, { dataDir: d.explicit }))).toBe(`explicit:${d.explicit}`);
    expect(await sourceOf(options(hashes))).toBe(`env:${d.env}`);
    expect(await sourceOf(options(hashes, { env: {} }))).toBe(`cache:${d.cache}`);
    const noCache = { env: {}, cacheDir: join(root.dir, 'empty') };
    expect(await sourceOf(options(hashes, noCache))).toBe(`system:${d.system}`);
  });

  it('deletes a corrupt cached file, reports it in skipped and uses the next source', async () => {
    const d = dirs();
    await writeDataset(d.cache, system);
    await writeDataset(d.system, system);
    const cachedImages = join(d.cache, 'train-images-idx3-ubyte.gz');
    const gz = system.gz['train-images-idx3-ubyte'];
    await writeFile(cachedImages, gz.subarray(0, gz.length - 50));
    const result = await loadFashionMnist(options(system.hashes, { env: {} }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.source).toBe('system');
    expect(result.value.skipped.map((error) => [error.code, error.params?.file])).toEqual([
      ['DATASET_BAD_GZIP', cachedImages],
    ]);
    expect((await readdir(d.cache)).sort()).toEqual([
      't10k-images-idx3-ubyte.gz',
      't10k-labels-idx1-ubyte.gz',
      'train-labels-idx1-ubyte.gz',
    ]);
  });

  it('passes over a bad explicit folder without deleting anything, and says why', async () => {
    const d = dirs();
    await writeDataset(d.explicit, system);
    await writeFile(
      join(d.explicit, 't10k-labels-idx1-ubyte.gz'),
      fakeDataset(14, 5, 7).gz['t10k-labels-idx1-ubyte'],
    );
    await writeDataset(d.system, system);
    const result = await loadFashionMnist(options(system.hashes, { env: {}, dataDir: d.explicit }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.source).toBe('system');
    expect(result.value.skipped[0]?.code).toBe('DATASET_HASH_MISMATCH');
    expect(await readdir(d.explicit)).toHaveLength(4);
  });

  it('fails with the bad file’s own error, listing what was tried, when no source works', async () => {
    const d = dirs();
    await writeDataset(d.system, system);
    const badLabels = idxLabels(14, (i) => (i === 3 ? 12 : 0));
    await writeFile(join(d.system, 'train-labels-idx1-ubyte.gz'), gzipSync(badLabels));
    const result = await loadFashionMnist(options(system.hashes, { env: {} }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_BAD_LABEL');
    expect(result.error.params).toMatchObject({ label: 12, index: 3 });
    expect(result.error.params?.file).toBe(join(d.system, 'train-labels-idx1-ubyte.gz'));
    expect(String(result.error.params?.tried)).toContain(d.system);
    expect(String(result.error.params?.tried)).toContain(d.cache);
  });
});
