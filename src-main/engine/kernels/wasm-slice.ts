import * as tf from '@tensorflow/tfjs';
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import { input, stockWasmKernel, type WasmKernelArgs } from './wasm-helpers';

type Heap = Float32Array | Int32Array | Uint8Array;

/**
 * Slice that reads its input through a heap view. Stock wasm 4.22 starts with readSync, which
 * copies the whole input: slicing one batch out of the training set copied all of it (4 ms).
 */
function slice(args: WasmKernelArgs): TensorInfo {
  const { backend, attrs } = args;
  const x = input(args, 'x');
  if (x.dtype === 'string' || x.dtype === 'complex64') return stockWasmKernel('Slice')(args);
  const [begin, size] = tf.slice_util.parseSliceParams(
    x as tf.Tensor,
    attrs.begin as number[],
    attrs.size as number[],
  ) as [number[], number[]];
  const out = backend.makeOutput(size, x.dtype);
  const total = size.reduce((p, d) => p * d, 1);
  if (total === 0) return out;
  // Views after the allocation: growing wasm memory detaches older views.
  const xs = backend.typedArrayFromHeap(x) as Heap;
  const os = backend.typedArrayFromHeap(out) as Heap;
  const strides = tf.util.computeStrides(x.shape);
  if (tf.slice_util.isSliceContinous(x.shape, begin, size)) {
    const offset = tf.slice_util.computeFlatOffset(begin, strides);
    os.set(xs.subarray(offset, offset + total));
    return out;
  }
  copyRows(xs, strides, begin, size, os);
  return out;
}

/** Copies the slice row by row (runs along the last axis), walking the other axes like an odometer. */
function copyRows(xs: Heap, strides: number[], begin: number[], size: number[], os: Heap): void {
  const rank = size.length;
  const rowLength = size[rank - 1] as number;
  const rows = os.length / rowLength;
  const at = new Array<number>(Math.max(rank - 1, 0)).fill(0);
  for (let r = 0; r < rows; r++) {
    let src = begin[rank - 1] as number;
    for (let d = 0; d < rank - 1; d++)
      src += ((begin[d] as number) + (at[d] as number)) * (strides[d] as number);
    os.set(xs.subarray(src, src + rowLength), r * rowLength);
    for (let d = rank - 2; d >= 0; d--) {
      at[d] = (at[d] as number) + 1;
      if ((at[d] as number) < (size[d] as number)) break;
      at[d] = 0;
    }
  }
}

/** Slice for wasm without the stock kernel's copy of the whole input. */
export function wasmSliceConfig(): KernelConfig {
  return { kernelName: 'Slice', backendName: 'wasm', kernelFunc: slice as unknown as KernelFunc };
}
