import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipBytes } from '../../../../../src-main/engine/datasets';
import { idxImages } from './fixtures';

const FILE = 'train-images-idx3-ubyte.gz';

describe('gunzipBytes', () => {
  it('returns exactly the original bytes of a gzip file', async () => {
    const original = idxImages(5);
    const result = await gunzipBytes(gzipSync(original), FILE);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Buffer.compare(result.value, original)).toBe(0);
  });

  it('rejects bytes without the gzip signature with DATASET_BAD_GZIP naming the file', async () => {
    const result = await gunzipBytes(idxImages(1), FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_BAD_GZIP');
    expect(result.error.message).toContain(FILE);
    expect(result.error.hint).toBeTruthy();
  });

  it('rejects a gzip stream cut short with DATASET_BAD_GZIP', async () => {
    const gz = gzipSync(idxImages(50));
    const result = await gunzipBytes(gz.subarray(0, Math.floor(gz.length / 2)), FILE);
    expect(result.ok ? 'ok' : result.error.code).toBe('DATASET_BAD_GZIP');
  });

  it('rejects a gzip stream with damaged data with DATASET_BAD_GZIP', async () => {
    const gz = Buffer.from(gzipSync(idxImages(50)));
    for (let i = 20; i < 60; i++) gz[i] = (gz[i] as number) ^ 0xa5;
    const result = await gunzipBytes(gz, FILE);
    expect(result.ok ? 'ok' : result.error.code).toBe('DATASET_BAD_GZIP');
  });
});
