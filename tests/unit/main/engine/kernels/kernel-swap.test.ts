import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import {
  registerCustomKernels,
  unregisterCustomKernels,
} from '../../../../../src-main/engine/kernels';

describe('registerCustomKernels', () => {
  it('can be called before or after wasm initialises, twice, and be undone', async () => {
    const stockMatMul = tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc;
    expect(stockMatMul).toBeDefined();
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeUndefined();

    registerCustomKernels('wasm');
    await tf.setBackend('wasm');
    registerCustomKernels('wasm');
    const custom = tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc;
    expect(custom).not.toBe(stockMatMul);
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
    const product = tf.matMul(
      tf.tensor2d([1, 2, 3, 4], [2, 2]),
      tf.tensor2d([5, 6, 7, 8], [2, 2]),
      true,
      false,
    );
    expect(Array.from(await product.data())).toEqual([26, 30, 38, 44]);

    unregisterCustomKernels();
    expect(tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc).toBe(stockMatMul);
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeUndefined();
    const again = tf.matMul(
      tf.tensor2d([1, 2, 3, 4], [2, 2]),
      tf.tensor2d([5, 6, 7, 8], [2, 2]),
      true,
      false,
    );
    expect(Array.from(await again.data())).toEqual([26, 30, 38, 44]);
  });

  it('leaves the cpu backend untouched', () => {
    const before = tf.getKernel('BatchMatMul', 'cpu')?.kernelFunc;
    registerCustomKernels('cpu');
    expect(tf.getKernel('BatchMatMul', 'cpu')?.kernelFunc).toBe(before);
    unregisterCustomKernels();
  });
});
