import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../../../../src-main/engine/backend';
import { BatchSource } from '../../../../../src-main/engine/training/batch-source';
import {
  createRandom,
  identityOrder,
  shuffleInPlace,
} from '../../../../../src-main/engine/training/shuffle';
import { toFloat32 } from '../../../../../src-main/engine/datasets';
import { GATHER_IMAGES } from '../../../../../src-main/engine/kernels';
import { setUpWasmWithCustomKernels } from '../kernels/kernel-test-utils';
import { syntheticSet } from '../synthetic';

beforeAll(async () => {
  await selectBackend('cpu');
});

describe('shuffling', () => {
  it('repeats the same order for the same seed and another for another seed', () => {
    const orderFor = (seed: number | null): number[] => {
      const order = identityOrder(50);
      shuffleInPlace(order, createRandom(seed));
      return Array.from(order);
    };
    expect(orderFor(3)).toEqual(orderFor(3));
    expect(orderFor(3)).not.toEqual(orderFor(4));
    expect(orderFor(null)).not.toEqual(orderFor(null));
    expect([...orderFor(3)].sort((a, b) => a - b)).toEqual(Array.from(identityOrder(50)));
  });
});

describe('BatchSource', () => {
  const set = syntheticSet(23);

  it.each(['once', 'per-batch'] as const)(
    'serves the images of a shuffled order as floats /255 with their labels (%s)',
    (normalisation) => {
      const source = new BatchSource(set, 20, 8, normalisation);
      source.shuffle(createRandom(9));
      expect(source.batchCount).toBe(3);
      const seen: number[] = [];
      for (let b = 0; b < source.batchCount; b++) {
        const { x, y, size } = source.batch(b);
        expect(size).toBe(b < 2 ? 8 : 4);
        expect(x.shape).toEqual([size, 28, 28]);
        const pixels = x.dataSync();
        const labels = y.dataSync();
        for (let row = 0; row < size; row++) {
          const image = source.order[b * 8 + row] as number;
          seen.push(image);
          expect(labels[row]).toBe(set.labels[image]);
          for (const p of [0, 100, 391, 783]) {
            expect(pixels[row * 784 + p]).toBe(
              Math.fround((set.images[image * 784 + p] as number) / 255),
            );
          }
        }
        tf.dispose([x, y]);
      }
      // Every one of the first 20 images exactly once; the 3 beyond the count never.
      expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    },
  );

  it('gives identical batches whether it normalises once or per batch', () => {
    const once = new BatchSource(set, 23, 5, 'once');
    const perBatch = new BatchSource(set, 23, 5, 'per-batch');
    once.shuffle(createRandom(1));
    perBatch.shuffle(createRandom(1));
    for (let b = 0; b < once.batchCount; b++) {
      const a = once.batch(b);
      const c = perBatch.batch(b);
      expect(Array.from(a.x.dataSync())).toEqual(Array.from(c.x.dataSync()));
      expect(Array.from(a.y.dataSync())).toEqual(Array.from(c.y.dataSync()));
      tf.dispose([a.x, a.y, c.x, c.y]);
    }
  });
});

describe('BatchSource on wasm', () => {
  it('gathers batches on the backend with exactly the floats toFloat32 gives, every byte value included', async () => {
    await setUpWasmWithCustomKernels();
    try {
      expect(tf.getKernel(GATHER_IMAGES, 'wasm')).toBeDefined();
      const set = syntheticSet(40);
      // Every byte value 0–255 somewhere in the first images.
      for (let i = 0; i < 256 * 3; i++) set.images[i * 7] = i % 256;
      const source = new BatchSource(set, 37, 16, 'per-batch');
      source.shuffle(createRandom(2));
      const expected = toFloat32(set.images);
      const before = tf.memory().numTensors;
      for (let b = 0; b < source.batchCount; b++) {
        const { x, y, size } = source.batch(b);
        expect(x.shape).toEqual([size, 28, 28]);
        const pixels = x.dataSync();
        const labels = y.dataSync();
        for (let row = 0; row < size; row++) {
          const image = source.order[b * 16 + row] as number;
          expect(labels[row]).toBe(set.labels[image]);
          const want = expected.subarray(image * 784, (image + 1) * 784);
          expect(Array.from(pixels.subarray(row * 784, (row + 1) * 784))).toEqual(Array.from(want));
        }
        tf.dispose([x, y]);
      }
      // The batches really came from the backend's kernel, not the JavaScript conversion.
      const profile = await tf.profile(() => tf.dispose(Object.values(source.batch(0))));
      expect(profile.kernels.map((k) => k.name)).toContain(GATHER_IMAGES);
      source.dispose();
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      await tf.setBackend('cpu');
    }
  });
});
