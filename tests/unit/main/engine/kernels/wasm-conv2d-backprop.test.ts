import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  maxRelativeError,
  seededValues,
  setUpWasmWithCustomKernels,
  valuesOn,
  wasmDataCount,
} from './kernel-test-utils';

// Each dW entry sums batch × outH × outW products; XNNPACK orders the sum differently from cpu.
const TOL = 1e-4;

type Pad = 'same' | 'valid' | number;
interface Case {
  x: [number, number, number, number];
  filter: [number, number, number, number];
  strides: number | [number, number];
  pad: Pad;
  dataFormat: 'NHWC' | 'NCHW';
}

const CASES: Case[] = [
  { x: [1, 5, 5, 1], filter: [3, 3, 1, 1], strides: 1, pad: 'valid', dataFormat: 'NHWC' },
  { x: [2, 7, 6, 3], filter: [3, 3, 3, 4], strides: 1, pad: 'same', dataFormat: 'NHWC' },
  { x: [3, 9, 8, 2], filter: [2, 3, 2, 5], strides: [2, 1], pad: 'valid', dataFormat: 'NHWC' },
  { x: [2, 8, 9, 3], filter: [3, 2, 3, 2], strides: 2, pad: 'same', dataFormat: 'NHWC' },
  { x: [2, 6, 5, 2], filter: [3, 3, 2, 3], strides: 1, pad: 1, dataFormat: 'NHWC' },
  { x: [2, 13, 13, 32], filter: [3, 3, 32, 64], strides: 1, pad: 'valid', dataFormat: 'NHWC' },
  { x: [2, 3, 7, 6], filter: [3, 3, 3, 4], strides: 1, pad: 'same', dataFormat: 'NCHW' },
  { x: [2, 2, 9, 8], filter: [2, 3, 2, 5], strides: [2, 1], pad: 'valid', dataFormat: 'NCHW' },
];

/** dy's shape for a case, from tfjs' own convolution arithmetic. */
function dyShape(c: Case): number[] {
  const info = tf.backend_util.computeConv2DInfo(
    c.x,
    c.filter,
    c.strides,
    1,
    c.pad,
    undefined,
    false,
    tf.backend_util.convertConv2DDataFormat(c.dataFormat),
  );
  return c.dataFormat === 'NHWC'
    ? [info.batchSize, info.outHeight, info.outWidth, info.outChannels]
    : [info.batchSize, info.outChannels, info.outHeight, info.outWidth];
}

const size = (shape: number[]): number => shape.reduce((p, d) => p * d, 1);

describe('wasm Conv2DBackpropFilter and Conv2DBackpropInput', () => {
  beforeAll(setUpWasmWithCustomKernels);

  it('is registered for wasm, beside the stock Conv2DBackpropInput and MaxPoolGrad', () => {
    for (const name of [
      'Conv2DBackpropFilter',
      'Conv2DBackpropInput',
      'MaxPoolGrad',
      'Conv2D',
      'MaxPool',
    ]) {
      expect(tf.getKernel(name, 'wasm'), name).toBeDefined();
    }
  });

  for (const c of CASES) {
    it(`x${JSON.stringify(c.x)} filter${JSON.stringify(c.filter)} strides ${JSON.stringify(c.strides)} pad ${c.pad} ${c.dataFormat} matches the cpu backend`, async () => {
      const dys = dyShape(c);
      const xv = seededValues(size(c.x), 11);
      const dyv = seededValues(size(dys), 12);
      const run = (): tf.Tensor =>
        tf.engine().runKernel(
          'Conv2DBackpropFilter',
          { x: tf.tensor4d(xv, c.x), dy: tf.tensor(dyv, dys) },
          {
            strides: c.strides,
            pad: c.pad,
            dataFormat: c.dataFormat,
            filterShape: c.filter,
          },
        ) as tf.Tensor;
      const cpu = await valuesOn('cpu', run);
      await tf.setBackend('wasm');
      const before = wasmDataCount();
      const wasm = await valuesOn('wasm', run);
      expect(wasmDataCount()).toBe(before);
      expect(wasm.shape).toEqual(c.filter);
      expect(maxRelativeError(wasm.values, cpu.values)).toBeLessThan(TOL);
    });
  }

  for (const c of CASES) {
    it(`input gradient for x${JSON.stringify(c.x)} filter${JSON.stringify(c.filter)} strides ${JSON.stringify(c.strides)} pad ${c.pad} ${c.dataFormat} matches the cpu backend`, async () => {
      const dys = dyShape(c);
      const wv = seededValues(size(c.filter), 13);
      const dyv = seededValues(size(dys), 14);
      const run = (): tf.Tensor =>
        tf
          .engine()
          .runKernel(
            'Conv2DBackpropInput',
            { dy: tf.tensor(dyv, dys), filter: tf.tensor4d(wv, c.filter) },
            { strides: c.strides, pad: c.pad, dataFormat: c.dataFormat, inputShape: c.x },
          ) as tf.Tensor;
      const cpu = await valuesOn('cpu', run);
      await tf.setBackend('wasm');
      const before = wasmDataCount();
      const wasm = await valuesOn('wasm', run);
      expect(wasmDataCount()).toBe(before);
      expect(wasm.shape).toEqual(c.x);
      expect(maxRelativeError(wasm.values, cpu.values)).toBeLessThan(TOL);
    });
  }

  it('gives tf.grad of a strided, padded conv2d the same filter and input gradients as cpu', async () => {
    const x = seededValues(2 * 10 * 10 * 3, 21);
    const w = seededValues(3 * 3 * 3 * 6, 22);
    const run = (): tf.Tensor => {
      const [dx, dw] = tf.grads((input: tf.Tensor, f: tf.Tensor) =>
        tf
          .conv2d(input as tf.Tensor4D, f as tf.Tensor4D, 2, 'same')
          .square()
          .sum(),
      )([tf.tensor4d(x, [2, 10, 10, 3]), tf.tensor4d(w, [3, 3, 3, 6])]);
      return tf.concat([(dx as tf.Tensor).flatten(), (dw as tf.Tensor).flatten()]);
    };
    const cpu = await valuesOn('cpu', run);
    const wasm = await valuesOn('wasm', run);
    expect(maxRelativeError(wasm.values, cpu.values)).toBeLessThan(TOL);
  });
});
