import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DatasetFileName, DatasetHashes } from '../../../../../src-main/engine/datasets';

/** Builds an idx3-ubyte images file; each pixel encodes (image, position) so tests can check it. */
export function idxImages(count: number, rows = 28, cols = 28, magic = 0x00000803): Uint8Array {
  const bytes = new Uint8Array(16 + count * rows * cols);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, magic, false);
  view.setUint32(4, count, false);
  view.setUint32(8, rows, false);
  view.setUint32(12, cols, false);
  for (let i = 16; i < bytes.length; i++) bytes[i] = (i * 31 + Math.floor(i / 784)) & 0xff;
  return bytes;
}

/** Builds an idx1-ubyte labels file with labels `i % 10` unless given. */
export function idxLabels(
  count: number,
  labelOf = (i: number) => i % 10,
  magic = 0x00000801,
): Uint8Array {
  const bytes = new Uint8Array(8 + count);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, magic, false);
  view.setUint32(4, count, false);
  for (let i = 0; i < count; i++) bytes[8 + i] = labelOf(i);
  return bytes;
}

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** A small generated dataset: decompressed contents, their gzip files and hashes. */
export interface FakeDataset {
  raw: Record<DatasetFileName, Uint8Array>;
  gz: Record<DatasetFileName, Uint8Array>;
  hashes: DatasetHashes;
}

/** Generates a dataset with `train` and `test` images; `salt` makes two datasets differ. */
export function fakeDataset(train: number, test: number, salt = 0): FakeDataset {
  const raw: Record<DatasetFileName, Uint8Array> = {
    'train-images-idx3-ubyte': idxImages(train),
    'train-labels-idx1-ubyte': idxLabels(train, (i) => (i + salt) % 10),
    't10k-images-idx3-ubyte': idxImages(test),
    't10k-labels-idx1-ubyte': idxLabels(test, (i) => (i + salt) % 10),
  };
  const names = Object.keys(raw) as DatasetFileName[];
  const gz = Object.fromEntries(
    names.map((name) => [name, new Uint8Array(gzipSync(raw[name]))]),
  ) as FakeDataset['gz'];
  const hashes = Object.fromEntries(
    names.map((name) => [name, sha256(raw[name])]),
  ) as DatasetHashes;
  return { raw, gz, hashes };
}

/** Writes the dataset's .gz files (or some of them) into `dir`. */
export async function writeDataset(
  dir: string,
  data: FakeDataset,
  only?: DatasetFileName[],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const names = only ?? (Object.keys(data.gz) as DatasetFileName[]);
  await Promise.all(names.map((name) => writeFile(join(dir, `${name}.gz`), data.gz[name])));
}

/** A fresh temp folder and its cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'camadas-datasets-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
