/**
 * Run by simd-fma.test.ts in a process of its own (with relaxed SIMD switched on when the
 * runtime needs a flag for it): Camadas' Dense kernels on wasm against the cpu backend, one JSON
 * line with whether the products used fused multiply-adds and the largest relative error.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { registerCustomKernels } from '../../../../../src-main/engine/kernels';
import { simdGemmFor } from '../../../../../src-main/engine/kernels/simd-gemm';
import type { DenseLink } from '../../../../../src-main/engine/training/dense-chain';
import { denseBackward, denseForward } from '../../../../../src-main/engine/training/dense-step';
import { maxRelativeError, seededValues } from './kernel-test-utils';

async function run(
  backend: 'wasm' | 'cpu',
  m: number,
  k: number,
  n: number,
): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const x = tf.tensor2d(
    seededValues(m * k, 1).map((v) => Math.max(0, v)),
    [m, k],
  );
  const kernel = tf.variable(tf.tensor2d(seededValues(k * n, 2), [k, n]));
  const bias = tf.variable(tf.tensor1d(seededValues(n, 3)));
  const dy = tf.tensor2d(seededValues(m * n, 4), [m, n]);
  const link: DenseLink = { kind: 'dense', kernel, bias, activation: 'relu', units: n };
  const outs = tf.tidy(() => {
    const y = denseForward(x, link);
    const g = denseBackward(link, x, y, dy, true);
    return [y, g.dKernel, g.dBias as tf.Tensor, g.dx as tf.Tensor];
  });
  const values = outs.map((t) => Float32Array.from(t.dataSync()));
  tf.dispose([...outs, x, kernel, bias, dy]);
  return values;
}

await tf.setBackend('wasm');
registerCustomKernels('wasm');
const fma = simdGemmFor(tf.engine().registry.wasm as BackendWasm)?.fma ?? false;
let worst = 0;
for (const [m, k, n] of [
  [32, 784, 128],
  [128, 128, 10],
  [7, 13, 17],
] as const) {
  const wasm = await run('wasm', m, k, n);
  const cpu = await run('cpu', m, k, n);
  wasm.forEach((w, i) => (worst = Math.max(worst, maxRelativeError(w, cpu[i] as Float32Array))));
}
process.stdout.write(`${JSON.stringify({ fma, worst })}\n`);
