import * as tf from '@tensorflow/tfjs';
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import { stockKernel } from './kernel-swap';
import { input, stockWasmKernel, type WasmKernelArgs } from './wasm-helpers';

type Heap = Float32Array | Int32Array | Uint8Array;

/**
 * GatherV2 as row copies out of wasm's heap. Stock wasm 4.22 gathers element by element
 * (3.5 ms for 128 images): model.fit gathers every shuffled batch, so the course MLP spent more
 * time gathering its batches than training on them.
 */
function gatherV2(args: WasmKernelArgs): TensorInfo {
  const { backend, attrs } = args;
  const x = input(args, 'x');
  const indices = input(args, 'indices');
  if (x.dtype === 'string' || x.dtype === 'complex64' || indices.dtype !== 'int32')
    return stockWasmKernel('GatherV2')(args);
  const axis = tf.util.parseAxisParam(attrs.axis as number, x.shape)[0] as number;
  const batchDims = typeof attrs.batchDims === 'number' ? attrs.batchDims : 0;
  const info = tf.backend_util.segment_util.collectGatherOpShapeInfo(
    x as tf.Tensor,
    indices as tf.Tensor,
    axis,
    batchDims,
  );
  const axisDim = x.shape[axis] as number;
  const out = backend.makeOutput(info.outputShape, x.dtype);
  // Views after the allocation: growing wasm memory detaches older views.
  const idx = backend.typedArrayFromHeap(indices) as Int32Array;
  for (let i = 0; i < idx.length; i++) {
    const index = idx[i] as number;
    if (!(index >= 0 && index < axisDim)) {
      backend.disposeData(out.dataId);
      throw new Error(`GatherV2: the index value ${index} is not in [0, ${axisDim - 1}]`);
    }
  }
  const xs = backend.typedArrayFromHeap(x) as Heap;
  const os = backend.typedArrayFromHeap(out) as Heap;
  const { batchSize, outerSize, dimSize, sliceSize } = info;
  const perBatch = idx.length / batchSize;
  let o = 0;
  for (let b = 0; b < batchSize; b++) {
    for (let outer = 0; outer < outerSize; outer++) {
      const rowBase = (b * outerSize + outer) * dimSize;
      for (let i = 0; i < perBatch; i++, o += sliceSize) {
        const src = (rowBase + (idx[b * perBatch + i] as number)) * sliceSize;
        if (sliceSize >= 16) os.set(xs.subarray(src, src + sliceSize), o);
        else for (let k = 0; k < sliceSize; k++) os[o + k] = xs[src + k] as number;
      }
    }
  }
  return out;
}

/** GatherV2 for wasm with row copies instead of per-element gathering. */
export function wasmGatherV2Config(): KernelConfig {
  const stock = stockKernel('GatherV2', 'wasm');
  const config: KernelConfig = {
    kernelName: 'GatherV2',
    backendName: 'wasm',
    kernelFunc: gatherV2 as unknown as KernelFunc,
  };
  if (stock?.setupFunc) config.setupFunc = stock.setupFunc;
  return config;
}
