import { createHash } from 'node:crypto';
import { ok, fail, type Result } from '../../../src-shared/protocol/result';
import { datasetError } from './errors';
import type { DatasetFileName, DatasetHashes } from './types';

export interface DatasetFileSpec {
  name: DatasetFileName;
  kind: 'images' | 'labels';
  split: 'train' | 'test';
}

/** The four Fashion-MNIST files, stored as `<name>.gz` (or uncompressed as `<name>`). */
export const DATASET_FILES: readonly DatasetFileSpec[] = [
  { name: 'train-images-idx3-ubyte', kind: 'images', split: 'train' },
  { name: 'train-labels-idx1-ubyte', kind: 'labels', split: 'train' },
  { name: 't10k-images-idx3-ubyte', kind: 'images', split: 'test' },
  { name: 't10k-labels-idx1-ubyte', kind: 'labels', split: 'test' },
];

/**
 * SHA-256 of the DECOMPRESSED files: recompressed copies (Debian's) differ in their .gz bytes
 * but not in their content.
 */
export const OFFICIAL_HASHES: Readonly<DatasetHashes> = {
  'train-images-idx3-ubyte': 'c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888',
  'train-labels-idx1-ubyte': 'bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9',
  't10k-images-idx3-ubyte': '5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b',
  't10k-labels-idx1-ubyte': '0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34',
};

/** Hex SHA-256 of some bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Fails with DATASET_HASH_MISMATCH naming `file` unless the bytes hash to `expected`. */
export function verifyHash(bytes: Uint8Array, file: string, expected: string): Result<void> {
  const actual = sha256Hex(bytes);
  if (actual !== expected.toLowerCase()) {
    return fail(
      datasetError('DATASET_HASH_MISMATCH', { file, expected: expected.toLowerCase(), actual }),
    );
  }
  return ok(undefined);
}
