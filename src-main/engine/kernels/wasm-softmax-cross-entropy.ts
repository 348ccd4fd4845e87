import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { softmaxCrossEntropyRows } from './softmax-rows';
import { input, type WasmKernelArgs } from './wasm-helpers';

/** Camadas' kernel (not a TensorFlow op name): softmax, sparse cross-entropy and its gradient. */
export const SOFTMAX_CROSS_ENTROPY = 'CamadasSoftmaxCrossEntropy';

/**
 * For logits [m × c] and float class labels [m]: the gradient of the mean loss at the logits,
 * the mean loss as Keras reports it and the accuracy (see `softmaxCrossEntropyRows`).
 */
export function softmaxCrossEntropyValues(
  h: Float32Array,
  logitsAt: number,
  labelsAt: number,
  gradAt: number,
  m: number,
  c: number,
): { loss: number; accuracy: number } {
  const rows = { logitsAt, gradAt, width: c, classes: c, rows: m, from: 0, to: m };
  const { lossSum, correct } = softmaxCrossEntropyRows(h, rows, (r) => h[labelsAt + r] as number);
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
