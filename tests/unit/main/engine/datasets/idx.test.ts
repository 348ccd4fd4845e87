import { describe, expect, it } from 'vitest';
import { parseIdxImages, parseIdxLabels } from '../../../../../src-main/engine/datasets';
import { idxImages, idxLabels } from './fixtures';

const FILE = '/data/train-images-idx3-ubyte.gz';

describe('parseIdxImages', () => {
  it('reads count, size and a view of the pixels of a well-formed file', () => {
    const bytes = idxImages(3);
    const parsed = parseIdxImages(bytes, FILE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.count).toBe(3);
    expect(parsed.value.rows).toBe(28);
    expect(parsed.value.pixels.length).toBe(3 * 784);
    expect(parsed.value.pixels[0]).toBe(bytes[16]);
    expect(parsed.value.pixels[3 * 784 - 1]).toBe(bytes[bytes.length - 1]);
  });

  it('rejects a labels file given as images with DATASET_BAD_MAGIC naming the file', () => {
    const parsed = parseIdxImages(idxLabels(5), FILE);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('DATASET_BAD_MAGIC');
    expect(parsed.error.params).toMatchObject({
      file: FILE,
      expected: '0x00000803',
      actual: '0x00000801',
    });
    expect(parsed.error.message).toContain(FILE);
  });

  it('rejects images that are not 28 × 28 with DATASET_BAD_DIMENSIONS', () => {
    const parsed = parseIdxImages(idxImages(2, 28, 27), FILE);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('DATASET_BAD_DIMENSIONS');
    expect(parsed.error.params).toMatchObject({ file: FILE, actual: '2 × 28 × 27' });
  });

  it('rejects a file cut in the middle of the pixels with DATASET_TRUNCATED and both sizes', () => {
    const bytes = idxImages(4).subarray(0, 16 + 3 * 784 + 100);
    const parsed = parseIdxImages(bytes, FILE);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('DATASET_TRUNCATED');
    expect(parsed.error.params).toMatchObject({
      file: FILE,
      expected: 16 + 4 * 784,
      actual: bytes.length,
    });
  });

  it('rejects a file cut inside its header with DATASET_TRUNCATED', () => {
    for (const length of [0, 3, 10]) {
      const parsed = parseIdxImages(idxImages(1).subarray(0, length), FILE);
      expect(parsed.ok ? 'ok' : parsed.error.code).toBe('DATASET_TRUNCATED');
    }
  });

  it('rejects bytes beyond what the header declares with DATASET_BAD_DIMENSIONS', () => {
    const longer = new Uint8Array(16 + 2 * 784 + 5);
    longer.set(idxImages(2));
    const parsed = parseIdxImages(longer, FILE);
    expect(parsed.ok ? 'ok' : parsed.error.code).toBe('DATASET_BAD_DIMENSIONS');
  });

  it('rejects absurd image counts without allocating', () => {
    const header = idxImages(0);
    new DataView(header.buffer).setUint32(4, 0xffffffff, false);
    const parsed = parseIdxImages(header, FILE);
    expect(parsed.ok ? 'ok' : parsed.error.code).toBe('DATASET_BAD_DIMENSIONS');
  });
});

describe('parseIdxLabels', () => {
  const LABELS = 't10k-labels-idx1-ubyte.gz';

  it('reads the labels of a well-formed file', () => {
    const parsed = parseIdxLabels(idxLabels(12), LABELS);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.count).toBe(12);
    expect([...parsed.value.labels]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
  });

  it('rejects an images file given as labels with DATASET_BAD_MAGIC', () => {
    const parsed = parseIdxLabels(idxImages(1), LABELS);
    expect(parsed.ok ? 'ok' : parsed.error.code).toBe('DATASET_BAD_MAGIC');
  });

  it('rejects a truncated labels file with DATASET_TRUNCATED', () => {
    const parsed = parseIdxLabels(idxLabels(10).subarray(0, 15), LABELS);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('DATASET_TRUNCATED');
    expect(parsed.error.params).toMatchObject({ file: LABELS, expected: 18, actual: 15 });
  });

  it('rejects a label outside 0..9 with DATASET_BAD_LABEL naming its position', () => {
    const parsed = parseIdxLabels(
      idxLabels(6, (i) => (i === 4 ? 10 : 0)),
      LABELS,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('DATASET_BAD_LABEL');
    expect(parsed.error.params).toMatchObject({ file: LABELS, label: 10, index: 4 });
  });
});
