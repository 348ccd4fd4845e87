import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import {
  DENSE_BACKWARD,
  DENSE_FORWARD,
  SOFTMAX_CROSS_ENTROPY,
} from '../../../../../src-main/engine/kernels';
import { simdGemmFor } from '../../../../../src-main/engine/kernels/simd-gemm';
import type {
  ChainActivation,
  DenseLink,
} from '../../../../../src-main/engine/training/dense-chain';
import {
  denseBackward,
  denseForward,
  softmaxCrossEntropy,
} from '../../../../../src-main/engine/training/dense-step';
import {
  maxRelativeError,
  seededValues,
  setUpWasmWithCustomKernels,
  wasmDataCount,
} from './kernel-test-utils';

// Sums of up to 784 products in another order than the cpu backend's.
const TOL = 1e-4;

/** Seeded values; `zeros` blanks runs of them the way image backgrounds are blank. */
function values(count: number, seed: number, zeros = false): Float32Array {
  const v = seededValues(count, seed);
  if (zeros) for (let i = 0; i < count; i++) if (i % 28 < 8 || (i >> 3) % 3 === 0) v[i] = 0;
  return v;
}

interface Shape {
  m: number;
  k: number;
  n: number;
}
// The course layers at batch 32 and 128, and sizes that leave partial SIMD tiles everywhere.
const SHAPES: Shape[] = [
  { m: 32, k: 784, n: 128 },
  { m: 128, k: 128, n: 10 },
  { m: 7, k: 13, n: 10 },
  { m: 9, k: 6, n: 17 },
  { m: 1, k: 1, n: 1 },
];
const ACTIVATIONS: ChainActivation[] = [
  'relu',
  'linear',
  'sigmoid',
  'tanh',
  'elu',
  'selu',
  'softmax',
];

/** Runs `compute` on a backend with the same seeded tensors and returns every output's values. */
async function on(
  backend: 'wasm' | 'cpu',
  s: Shape,
  useBias: boolean,
  compute: (x: tf.Tensor, link: DenseLink, dy: tf.Tensor) => tf.Tensor[],
  activation: ChainActivation = 'relu',
): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const x = tf.tensor2d(values(s.m * s.k, 1, true), [s.m, s.k]);
  const kernel = tf.variable(tf.tensor2d(values(s.k * s.n, 2), [s.k, s.n]));
  const bias = useBias ? tf.variable(tf.tensor1d(values(s.n, 3))) : null;
  const dy = tf.tensor2d(values(s.m * s.n, 4), [s.m, s.n]);
  const link: DenseLink = { kind: 'dense', kernel, bias, activation, units: s.n };
  const outs = tf.tidy(() => compute(x, link, dy));
  const result = await Promise.all(outs.map(async (t) => Float32Array.from(await t.data())));
  tf.dispose([...outs, x, kernel, dy, ...(bias ? [bias] : [])]);
  return result;
}

function expectClose(actual: Float32Array[], expected: Float32Array[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) =>
    expect(maxRelativeError(a, expected[i] as Float32Array), `output ${i}`).toBeLessThan(TOL),
  );
}

describe('Camadas Dense kernels on wasm', () => {
  beforeAll(async () => {
    await setUpWasmWithCustomKernels();
  });

  it('are registered for wasm only, with the SIMD products available', () => {
    for (const name of [DENSE_FORWARD, DENSE_BACKWARD, SOFTMAX_CROSS_ENTROPY]) {
      expect(tf.getKernel(name, 'wasm')).toBeDefined();
      expect(tf.getKernel(name, 'cpu')).toBeUndefined();
    }
    expect(simdGemmFor(tf.engine().registry.wasm as BackendWasm)).not.toBeNull();
  });

  describe.each(SHAPES)('x [$m × $k] · kernel [$k × $n]', (s) => {
    it.each(ACTIVATIONS)('forward with %s equals the cpu backend', async (activation) => {
      for (const useBias of [true, false]) {
        const compute = (x: tf.Tensor, link: DenseLink): tf.Tensor[] => [denseForward(x, link)];
        expectClose(
          await on('wasm', s, useBias, compute, activation),
          await on('cpu', s, useBias, compute, activation),
        );
      }
    });

    it.each(ACTIVATIONS)('backward through %s equals the cpu backend', async (activation) => {
      for (const useBias of [true, false]) {
        const compute = (x: tf.Tensor, link: DenseLink, dy: tf.Tensor): tf.Tensor[] => {
          const y = denseForward(x, link);
          const { dKernel, dBias, dx } = denseBackward(link, x, y, dy, true);
          return [y, dKernel, ...(dBias ? [dBias] : []), dx as tf.Tensor];
        };
        expectClose(
          await on('wasm', s, useBias, compute, activation),
          await on('cpu', s, useBias, compute, activation),
        );
      }
    });
  });

  it('leaves only its outputs on the wasm heap', async () => {
    await tf.setBackend('wasm');
    const x = tf.tensor2d(values(8 * 20, 1), [8, 20]);
    const link: DenseLink = {
      kind: 'dense',
      kernel: tf.variable(tf.tensor2d(values(200, 2), [20, 10])),
      bias: tf.variable(tf.zeros([10])),
      activation: 'tanh',
      units: 10,
    };
    const dy = tf.tensor2d(values(80, 4), [8, 10]);
    const y = denseForward(x, link);
    const before = wasmDataCount();
    const { dKernel, dBias, dx } = denseBackward(link, x, y, dy, true);
    expect(wasmDataCount()).toBe(before + 3);
    tf.dispose([
      dKernel,
      dBias as tf.Tensor,
      dx as tf.Tensor,
      x,
      y,
      dy,
      link.kernel,
      link.bias as tf.Tensor,
    ]);
  });
});

describe('Camadas softmax cross-entropy on wasm', () => {
  const cases = [
    { m: 32, c: 10 },
    { m: 5, c: 3 },
  ];

  it.each(cases)(
    'gives the cpu backend’s gradient, Keras loss and accuracy for [$m × $c]',
    async ({ m, c }) => {
      const run = async (backend: 'wasm' | 'cpu'): Promise<Float32Array[]> => {
        await tf.setBackend(backend);
        const logits = tf.tensor2d(
          values(m * c, 9).map((v) => v * 6),
          [m, c],
        );
        const labels = tf.tensor1d(Float32Array.from({ length: m }, (_, i) => (i * 7) % c));
        const out = tf.tidy(() => Object.values(softmaxCrossEntropy(logits, labels)));
        const result = out.map((t) => Float32Array.from(t.dataSync()));
        tf.dispose([...out, logits, labels]);
        return result;
      };
      const wasm = await run('wasm');
      expectClose(wasm, await run('cpu'));
      expect(wasm[2]?.[0]).toBeGreaterThan(0);
    },
  );

  it('clips the loss as Keras does and turns NaN logits into a NaN loss', async () => {
    await tf.setBackend('wasm');
    const labels = tf.tensor1d([0, 1]);
    const sure = tf.tensor2d([
      [100, -100],
      [100, -100],
    ]);
    const out = softmaxCrossEntropy(sure, labels);
    // −log(1 − 1e-7) for the right row and −log(1e-7) for the wrong one, averaged.
    expect(out.loss.dataSync()[0]).toBeCloseTo((1e-7 + 16.118095) / 2, 4);
    expect(out.accuracy.dataSync()[0]).toBe(0.5);
    const broken = tf.tensor2d([
      [Number.NaN, 0],
      [1, 0],
    ]);
    const nan = softmaxCrossEntropy(broken, labels);
    expect(Number.isNaN(nan.loss.dataSync()[0])).toBe(true);
    tf.dispose([labels, sure, broken, ...Object.values(out), ...Object.values(nan)]);
  });
});
