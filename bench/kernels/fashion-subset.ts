import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Where Debian's dataset-fashion-mnist package puts the files; FASHION_MNIST_DIR overrides. */
export const FASHION_MNIST_DIR =
  process.env.FASHION_MNIST_DIR ?? '/usr/share/datasets/fashion-mnist';

/** A slice of the Fashion-MNIST training split: images /255 as one buffer, labels as floats. */
export interface FashionSubset {
  count: number;
  /** count × 784 floats in [0, 1], row-major. */
  images: Float32Array;
  /** count labels 0–9, float32 because tfjs' sparse cross-entropy takes floats. */
  labels: Float32Array;
}

function readIdx(path: string, expectedMagic: number): { dims: number[]; body: Uint8Array } {
  const buf = gunzipSync(readFileSync(path));
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0) !== expectedMagic) throw new Error(`${path}: not the expected IDX file`);
  const ndim = expectedMagic & 0xff;
  const dims = Array.from({ length: ndim }, (_, i) => view.getUint32(4 + 4 * i));
  return { dims, body: buf.subarray(4 + 4 * ndim) };
}

/** Reads the first `limit` training images (bench-only loader; the engine has its own). */
export function loadFashionSubset(limit: number, dir = FASHION_MNIST_DIR): FashionSubset {
  const images = readIdx(join(dir, 'train-images-idx3-ubyte.gz'), 0x0803);
  const labels = readIdx(join(dir, 'train-labels-idx1-ubyte.gz'), 0x0801);
  const count = Math.min(limit, images.dims[0] ?? 0, labels.dims[0] ?? 0);
  const out = new Float32Array(count * 784);
  for (let i = 0; i < out.length; i++) out[i] = (images.body[i] ?? 0) / 255;
  return { count, images: out, labels: Float32Array.from(labels.body.subarray(0, count)) };
}
