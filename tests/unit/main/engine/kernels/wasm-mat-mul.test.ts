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

// XNNPACK sums in another order than the cpu backend: 784-term dot products differ by ~1e-5.
const TOL = 1e-4;

interface Case {
  a: number[];
  b: number[];
  transposeA: boolean;
  transposeB: boolean;
}

// Shapes as stored (before the transpose flag applies): odd sizes, batches, broadcast batches.
const SHAPES: Array<{ m: number; k: number; n: number; batchA: number[]; batchB: number[] }> = [
  { m: 1, k: 1, n: 1, batchA: [], batchB: [] },
  { m: 3, k: 5, n: 7, batchA: [], batchB: [] },
  { m: 32, k: 784, n: 128, batchA: [], batchB: [] },
  { m: 17, k: 33, n: 9, batchA: [2], batchB: [2] },
  { m: 4, k: 6, n: 5, batchA: [1], batchB: [3] },
  { m: 5, k: 3, n: 2, batchA: [2, 3], batchB: [2, 3] },
];

function cases(): Case[] {
  const out: Case[] = [];
  for (const s of SHAPES) {
    for (const transposeA of [false, true]) {
      for (const transposeB of [false, true]) {
        out.push({
          a: [...s.batchA, ...(transposeA ? [s.k, s.m] : [s.m, s.k])],
          b: [...s.batchB, ...(transposeB ? [s.n, s.k] : [s.k, s.n])],
          transposeA,
          transposeB,
        });
      }
    }
  }
  return out;
}

const size = (shape: number[]): number => shape.reduce((p, d) => p * d, 1);

describe('wasm BatchMatMul / _FusedMatMul replacements', () => {
  beforeAll(setUpWasmWithCustomKernels);

  it('replaces the stock wasm BatchMatMul and _FusedMatMul kernels', () => {
    for (const name of ['BatchMatMul', '_FusedMatMul']) {
      expect(tf.getKernel(name, 'wasm')?.kernelFunc).not.toBe(
        stockKernel(name, 'wasm')?.kernelFunc,
      );
    }
  });

  for (const c of cases()) {
    const label = `a${JSON.stringify(c.a)}${c.transposeA ? 'ᵀ' : ''} × b${JSON.stringify(c.b)}${c.transposeB ? 'ᵀ' : ''}`;

    it(`matMul ${label} matches the cpu backend`, async () => {
      const av = seededValues(size(c.a), 1);
      const bv = seededValues(size(c.b), 2);
      const run = (): tf.Tensor =>
        tf.matMul(tf.tensor(av, c.a), tf.tensor(bv, c.b), c.transposeA, c.transposeB);
      const cpu = await valuesOn('cpu', run);
      const before = (await tf.setBackend('wasm'), wasmDataCount());
      const wasm = await valuesOn('wasm', run);
      expect(wasmDataCount()).toBe(before);
      expect(wasm.shape).toEqual(cpu.shape);
      expect(maxRelativeError(wasm.values, cpu.values)).toBeLessThan(TOL);
    });

    if (c.a.length === 3 && c.b.length === 3) {
      it(`fused matMul ${label} with bias and relu matches the cpu backend`, async () => {
        const n = c.transposeB ? (c.b[1] as number) : (c.b[2] as number);
        const av = seededValues(size(c.a), 3);
        const bv = seededValues(size(c.b), 4);
        const biasv = seededValues(n, 5);
        const run = (): tf.Tensor =>
          tf.fused.matMul({
            a: tf.tensor3d(av, c.a as [number, number, number]),
            b: tf.tensor3d(bv, c.b as [number, number, number]),
            transposeA: c.transposeA,
            transposeB: c.transposeB,
            bias: tf.tensor1d(biasv),
            activation: 'relu',
          });
        const cpu = await valuesOn('cpu', run);
        const wasm = await valuesOn('wasm', run);
        expect(wasm.shape).toEqual(cpu.shape);
        expect(maxRelativeError(wasm.values, cpu.values)).toBeLessThan(TOL);
      });
    }
  }

  for (const activation of [
    'linear',
    'relu',
    'relu6',
    'elu',
    'sigmoid',
    'leakyrelu',
    'prelu',
  ] as const) {
    it(`batched fused matMul with bias and ${activation} matches the cpu backend`, async () => {
      const av = seededValues(2 * 4 * 6, 6);
      const bv = seededValues(2 * 5 * 6, 7);
      const run = (): tf.Tensor =>
        tf.fused.matMul({
          a: tf.tensor3d(av, [2, 4, 6]),
          b: tf.tensor3d(bv, [2, 5, 6]),
          transposeB: true,
          bias: tf.tensor1d(seededValues(5, 8)),
          activation,
          preluActivationWeights:
            activation === 'prelu' ? tf.tensor1d(seededValues(5, 9)) : undefined,
          leakyreluAlpha: 0.3,
        });
      const cpu = await valuesOn('cpu', run);
      await tf.setBackend('wasm');
      const before = wasmDataCount();
      const wasm = await valuesOn('wasm', run);
      expect(wasmDataCount()).toBe(before);
      expect(maxRelativeError(wasm.values, cpu.values)).toBeLessThan(TOL);
    });
  }
});
