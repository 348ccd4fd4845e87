import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { stockKernel } from '../../../../../src-main/engine/kernels/kernel-swap';
import {
  maxRelativeError,
  seededValues,
  setUpWasmWithCustomKernels,
  valuesOn,
  wasmDataCount,
} from './kernel-test-utils';

interface Case {
  x: [number, number, number, number];
  filterSize: number | [number, number];
  strides: number | [number, number];
  pad: 'same' | 'valid' | number;
}

const CASES: Case[] = [
  { x: [2, 26, 26, 8], filterSize: 2, strides: 2, pad: 'valid' },
  { x: [1, 7, 9, 3], filterSize: 2, strides: 2, pad: 'same' },
  { x: [2, 9, 8, 2], filterSize: 3, strides: 2, pad: 'valid' },
  { x: [2, 8, 7, 3], filterSize: 3, strides: 1, pad: 'same' },
  { x: [1, 10, 11, 2], filterSize: [3, 2], strides: [2, 1], pad: 1 },
];

const size = (shape: number[]): number => shape.reduce((p, d) => p * d, 1);

/** ReLU-like input: about half the values are exactly 0, so windows often tie. */
function reluValues(count: number, seed: number): Float32Array {
  return seededValues(count, seed).map((v) => (v < 0 ? 0 : Math.round(v * 4) / 4));
}

describe('wasm MaxPoolGrad', () => {
  beforeAll(setUpWasmWithCustomKernels);

  it('replaces the stock wasm kernel', () => {
    expect(tf.getKernel('MaxPoolGrad', 'wasm')?.kernelFunc).not.toBe(
      stockKernel('MaxPoolGrad', 'wasm')?.kernelFunc,
    );
  });

  it('gives tf.grad through maxPool the same input gradient as cpu', async () => {
    const xv = reluValues(2 * 12 * 12 * 4, 43);
    const run = (): tf.Tensor =>
      tf.grad((x: tf.Tensor) =>
        tf
          .maxPool(x as tf.Tensor4D, 2, 2, 'same')
          .square()
          .sum(),
      )(tf.tensor4d(xv, [2, 12, 12, 4]));
    const cpu = await valuesOn('cpu', run);
    const wasm = await valuesOn('wasm', run);
    expect(maxRelativeError(wasm.values, cpu.values)).toBeLessThan(1e-6);
  });

  for (const c of CASES) {
    it(`x${JSON.stringify(c.x)} pool ${JSON.stringify(c.filterSize)} strides ${JSON.stringify(c.strides)} pad ${c.pad}, with ties, matches the cpu backend`, async () => {
      const xv = reluValues(size(c.x), 41);
      const info = tf.backend_util.computePool2DInfo(c.x, c.filterSize, c.strides, 1, c.pad);
      const outShape = [info.batchSize, info.outHeight, info.outWidth, info.outChannels];
      const weights = seededValues(size(outShape), 42);
      // The kernel directly (not via tf.grad): stock wasm's forward MaxPool with numeric padding
      // corrupts its heap in 4.22, and only the gradient is under test here.
      const run = (): tf.Tensor =>
        tf.engine().runKernel(
          'MaxPoolGrad',
          {
            dy: tf.tensor(weights, outShape),
            input: tf.tensor4d(xv, c.x),
            output: tf.zeros(outShape),
          },
          { filterSize: c.filterSize, strides: c.strides, pad: c.pad },
        ) as tf.Tensor;
      const cpu = await valuesOn('cpu', run);
      await tf.setBackend('wasm');
      const before = wasmDataCount();
      const wasm = await valuesOn('wasm', run);
      expect(wasmDataCount()).toBe(before);
      expect(wasm.shape).toEqual(c.x);
      expect(maxRelativeError(wasm.values, cpu.values)).toBeLessThan(1e-6);
      expect(cpu.values.some((v) => v !== 0)).toBe(true);
    });
  }
});
