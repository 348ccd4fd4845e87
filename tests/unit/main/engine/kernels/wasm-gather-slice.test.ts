import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { stockKernel } from '../../../../../src-main/engine/kernels/kernel-swap';
import { seededValues, setUpWasmWithCustomKernels, wasmDataCount } from './kernel-test-utils';

const size = (shape: number[]): number => shape.reduce((p, d) => p * d, 1);

/** Values and shape of `compute` on a backend, any dtype. */
async function on(
  backend: 'wasm' | 'cpu',
  compute: () => tf.Tensor,
): Promise<{ shape: number[]; dtype: string; values: number[] }> {
  await tf.setBackend(backend);
  const t = tf.tidy(compute);
  const out = { shape: t.shape, dtype: t.dtype, values: Array.from(await t.data()) };
  t.dispose();
  return out;
}

async function expectSameOnBothBackends(compute: () => tf.Tensor): Promise<void> {
  const cpu = await on('cpu', compute);
  await tf.setBackend('wasm');
  const before = wasmDataCount();
  const wasm = await on('wasm', compute);
  expect(wasmDataCount()).toBe(before);
  expect(wasm).toEqual(cpu);
}

function source(shape: number[], dtype: 'float32' | 'int32' | 'bool', seed: number): tf.Tensor {
  const v = seededValues(size(shape), seed);
  if (dtype === 'float32') return tf.tensor(v, shape);
  if (dtype === 'int32')
    return tf.tensor(
      Int32Array.from(v, (x) => Math.round(x * 1000)),
      shape,
      'int32',
    );
  return tf.tensor(
    Uint8Array.from(v, (x) => (x > 0 ? 1 : 0)),
    shape,
    'bool',
  );
}

describe('wasm GatherV2 and Slice replacements', () => {
  beforeAll(setUpWasmWithCustomKernels);

  it('replace the stock wasm kernels', () => {
    for (const name of ['GatherV2', 'Slice']) {
      expect(tf.getKernel(name, 'wasm')?.kernelFunc).not.toBe(
        stockKernel(name, 'wasm')?.kernelFunc,
      );
    }
  });

  const gatherCases: Array<{
    shape: number[];
    indices: number[];
    axis: number;
    dtype: 'float32' | 'int32' | 'bool';
  }> = [
    { shape: [300, 28, 28], indices: [299, 0, 17, 17, 150], axis: 0, dtype: 'float32' },
    { shape: [50], indices: [3, 49, 0, 3], axis: 0, dtype: 'int32' },
    { shape: [6, 7, 5], indices: [6, 0, 2], axis: 1, dtype: 'float32' },
    { shape: [4, 3, 9], indices: [8, 1], axis: 2, dtype: 'bool' },
    { shape: [4, 3, 9], indices: [0, 2, 1], axis: -2, dtype: 'int32' },
  ];
  for (const c of gatherCases) {
    it(`gathers ${c.dtype} ${JSON.stringify(c.shape)} at ${JSON.stringify(c.indices)} on axis ${c.axis} like cpu`, async () => {
      await expectSameOnBothBackends(() =>
        tf.gather(source(c.shape, c.dtype, 51), tf.tensor1d(c.indices, 'int32'), c.axis),
      );
    });
  }

  it('gathers with 2-D indices and batchDims 1 like cpu', async () => {
    await expectSameOnBothBackends(() =>
      tf.gather(
        source([3, 5, 4], 'float32', 52),
        tf.tensor2d(
          [
            [4, 0],
            [1, 1],
            [3, 2],
          ],
          [3, 2],
          'int32',
        ),
        1,
        1,
      ),
    );
  });

  it('rejects an out-of-range index with a clear error and frees its output', async () => {
    await tf.setBackend('wasm');
    const x = tf.ones([4, 3]);
    const before = wasmDataCount();
    expect(() => tf.gather(x, tf.tensor1d([1, 4], 'int32'))).toThrow(
      /index value 4 is not in \[0, 3\]/,
    );
    expect(wasmDataCount()).toBe(before + 1); // only the indices tensor remains
    x.dispose();
  });

  const sliceCases: Array<{
    shape: number[];
    begin: number[];
    size: number[];
    dtype: 'float32' | 'int32' | 'bool';
  }> = [
    { shape: [300, 28, 28], begin: [64, 0, 0], size: [32, 28, 28], dtype: 'float32' },
    { shape: [10], begin: [3], size: [5], dtype: 'int32' },
    { shape: [7, 9], begin: [2, 3], size: [4, 5], dtype: 'float32' },
    { shape: [5, 6, 7], begin: [1, 2, 3], size: [3, -1, 2], dtype: 'int32' },
    { shape: [3, 4, 5, 6], begin: [0, 1, 0, 2], size: [2, 2, 5, 3], dtype: 'bool' },
    { shape: [2, 3, 4, 5, 3], begin: [1, 0, 1, 2, 1], size: [1, 3, 2, 3, 2], dtype: 'float32' },
    { shape: [4, 5], begin: [1, 0], size: [0, 5], dtype: 'float32' },
  ];
  for (const c of sliceCases) {
    it(`slices ${c.dtype} ${JSON.stringify(c.shape)} from ${JSON.stringify(c.begin)} size ${JSON.stringify(c.size)} like cpu`, async () => {
      await expectSameOnBothBackends(() => tf.slice(source(c.shape, c.dtype, 53), c.begin, c.size));
    });
  }
});
