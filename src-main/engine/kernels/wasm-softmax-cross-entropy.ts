import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { input, type WasmKernelArgs } from './wasm-helpers';

/** Camadas' kernel (not a TensorFlow op name): softmax, sparse cross-entropy and its gradient. */
export const SOFTMAX_CROSS_ENTROPY = 'CamadasSoftmaxCrossEntropy';

/** Keras clips probabilities to [ε, 1 − ε] before taking logs (as the float32 values tfjs compares). */
const EPSILON = Math.fround(1e-7);
const ONE_MINUS_EPSILON = Math.fround(1 - 1e-7);

/**
 * For logits [m × c] and float class labels [m]: the gradient of the mean loss at the logits,
 * (softmax − one-hot) / m — zero for a row whose probability was clipped, as in Keras — the mean loss as Keras reports it (−log of the clipped probability
 * of the true class) and the accuracy (arg-max of the logits, first maximum wins, as tf.argMax).
 * Outputs [grad, loss, accuracy].
 */
export function softmaxCrossEntropyValues(
  h: Float32Array,
  logitsAt: number,
  labelsAt: number,
  gradAt: number,
  m: number,
  c: number,
): { loss: number; accuracy: number } {
  let lossSum = 0;
  let correct = 0;
  for (let r = 0; r < m; r++) {
    const row = logitsAt + r * c;
    const label = h[labelsAt + r] as number;
    let max = -Infinity;
    let best = 0;
    for (let j = 0; j < c; j++) {
      const z = h[row + j] as number;
      if (z > max) {
        max = z;
        best = j;
      }
    }
    if (best === label) correct++;
    // One exponential per logit: kept in the gradient row, then scaled in place.
    const out = gradAt + r * c;
    let sum = 0;
    for (let j = 0; j < c; j++) {
      const e = Math.exp((h[row + j] as number) - max);
      h[out + j] = e;
      sum += e;
    }
    const truth = (h[out + label] as number) / sum;
    lossSum -= Math.log(Math.min(ONE_MINUS_EPSILON, Math.max(EPSILON, truth)));
    // Keras clips the probability before the log: a clipped row has no gradient at all.
    const clipped = !(truth >= EPSILON && truth <= ONE_MINUS_EPSILON);
    for (let j = 0; j < c; j++) {
      const p = (h[out + j] as number) / sum;
      h[out + j] = clipped ? 0 : (p - (j === label ? 1 : 0)) / m;
    }
    // NaN logits never win the arg-max; make sure they still poison the loss.
    if (Number.isNaN(sum)) lossSum = Number.NaN;
  }
  return { loss: lossSum / m, accuracy: correct / m };
}

function softmaxCrossEntropy(args: WasmKernelArgs): TensorInfo[] {
  const backend: BackendWasm = args.backend;
  const logits = input(args, 'logits');
  const labels = input(args, 'labels');
  if (logits.dtype !== 'float32' || labels.dtype !== 'float32')
    throw new Error(`${SOFTMAX_CROSS_ENTROPY}: logits and labels must be float32`);
  const [m = 0, c = 0] = logits.shape;
  const grad = backend.makeOutput([m, c], 'float32');
  const loss = backend.makeOutput([], 'float32');
  const accuracy = backend.makeOutput([], 'float32');
  const at = (t: TensorInfo): number => (backend.dataIdMap.get(t.dataId)?.memoryOffset ?? 0) >> 2;
  const h = new Float32Array(backend.wasm.HEAPU8.buffer);
  const values = softmaxCrossEntropyValues(h, at(logits), at(labels), at(grad), m, c);
  h[at(loss)] = values.loss;
  h[at(accuracy)] = values.accuracy;
  return [grad, loss, accuracy];
}

/** The softmax cross-entropy kernel for the wasm backend. */
export function wasmSoftmaxCrossEntropyConfig(): KernelConfig {
  return {
    kernelName: SOFTMAX_CROSS_ENTROPY,
    backendName: 'wasm',
    kernelFunc: softmaxCrossEntropy as unknown as KernelFunc,
  };
}
