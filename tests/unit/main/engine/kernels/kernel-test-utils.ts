import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerCustomKernels } from '../../../../../src-main/engine/kernels';

/** Deterministic values in [-1, 1) (mulberry32), so failures reproduce. */
export function seededValues(count: number, seed: number): Float32Array {
  let s = seed >>> 0;
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  }
  return out;
}

/** Initialises wasm with Camadas' kernels; tests then switch between 'wasm' and 'cpu'. */
export async function setUpWasmWithCustomKernels(): Promise<void> {
  await tf.setBackend('wasm');
  registerCustomKernels('wasm');
}

/** Runs `compute` on the named backend and returns its result's values (tensors are freed). */
export async function valuesOn(
  backend: 'wasm' | 'cpu',
  compute: () => tf.Tensor,
): Promise<{ shape: number[]; values: Float32Array }> {
  await tf.setBackend(backend);
  const t = tf.tidy(compute);
  const values = (await t.data()) as Float32Array;
  const shape = t.shape;
  t.dispose();
  return { shape, values: Float32Array.from(values) };
}

/** Largest |a - b| / (1 + |b|) over two equally long arrays. */
export function maxRelativeError(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] as number) - (b[i] as number)) / (1 + Math.abs(b[i] as number));
    if (!(d <= worst)) worst = Number.isNaN(d) ? Infinity : d;
  }
  return worst;
}

/** Number of buffers the wasm backend holds (kernel intermediates included). */
export function wasmDataCount(): number {
  return tf.engine().registry.wasm?.numDataIds() ?? 0;
}
