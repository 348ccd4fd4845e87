import * as tf from '@tensorflow/tfjs';
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import { stockKernel } from './kernel-swap';
import { maxPoolGradAdd } from './max-pool-grad';
import { input, type WasmKernelArgs } from './wasm-helpers';

type Rank4 = [number, number, number, number];
type Pad = Parameters<typeof tf.backend_util.computePool2DInfo>[4];

/**
 * MaxPoolGrad as one pass over the pooling windows; stock wasm 4.22 took ~50× the forward pool's
 * time and was the second cost of a CNN step.
 */
function maxPoolGrad(args: WasmKernelArgs): TensorInfo {
  const { backend, attrs } = args;
  const dy = input(args, 'dy');
  const x = input(args, 'input');
  const info = tf.backend_util.computePool2DInfo(
    x.shape as Rank4,
    attrs.filterSize as number | [number, number],
    attrs.strides as number | [number, number],
    1,
    attrs.pad as Pad,
    attrs.dimRoundingMode as 'floor' | 'round' | 'ceil' | undefined,
  );
  const dx = backend.makeOutput(x.shape, 'float32');
  // Views after the allocation: growing wasm memory detaches older views.
  const dxValues = backend.typedArrayFromHeap(dx) as Float32Array;
  dxValues.fill(0);
  maxPoolGradAdd(
    backend.typedArrayFromHeap(x) as Float32Array,
    backend.typedArrayFromHeap(dy) as Float32Array,
    {
      batchSize: info.batchSize,
      inHeight: info.inHeight,
      inWidth: info.inWidth,
      channels: info.inChannels,
      outHeight: info.outHeight,
      outWidth: info.outWidth,
      filterHeight: info.effectiveFilterHeight,
      filterWidth: info.effectiveFilterWidth,
      strideHeight: info.strideHeight,
      strideWidth: info.strideWidth,
      padTop: info.padInfo.top,
      padLeft: info.padInfo.left,
    },
    dxValues,
  );
  return dx;
}

/** MaxPoolGrad for wasm, one pass in JavaScript over wasm's heap. */
export function wasmMaxPoolGradConfig(): KernelConfig {
  const stock = stockKernel('MaxPoolGrad', 'wasm');
  const config: KernelConfig = {
    kernelName: 'MaxPoolGrad',
    backendName: 'wasm',
    kernelFunc: maxPoolGrad as unknown as KernelFunc,
  };
  if (stock?.setupFunc) config.setupFunc = stock.setupFunc;
  return config;
}
