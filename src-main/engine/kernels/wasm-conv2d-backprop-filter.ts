import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import { convGeometryFromAttrs } from './conv-info';
import { im2colTransposed } from './im2col';
import { disposeIntermediate, input, stockWasmKernel, type WasmKernelArgs } from './wasm-helpers';

/** dy as [positions, outChannels]: NHWC already is; NCHW needs its channels moved last. */
export function dyAsRows(dy: TensorInfo, channelsLast: boolean, args: WasmKernelArgs): TensorInfo {
  if (channelsLast) return dy;
  return stockWasmKernel('Transpose')({
    inputs: { x: dy },
    backend: args.backend,
    attrs: { perm: [0, 2, 3, 1] },
  });
}

/**
 * Conv2DBackpropFilter, which tfjs-backend-wasm 4.22 lacks (so Conv2D could not train on wasm):
 * builds the transposed patch matrix in the wasm heap and lets wasm's own (XNNPACK) BatchMatMul
 * multiply it by dy, giving dW as [fh, fw, inC, outC].
 */
function conv2DBackpropFilter(args: WasmKernelArgs): TensorInfo {
  const { backend } = args;
  const x = input(args, 'x');
  const dy = input(args, 'dy');
  const filterShape = args.attrs.filterShape as number[];
  const g = convGeometryFromAttrs(x.shape, filterShape, args.attrs);
  const taps = g.filterHeight * g.filterWidth * g.inChannels;
  const positions = g.batchSize * g.outHeight * g.outWidth;

  const patches = backend.makeOutput([1, taps, positions], 'float32');
  // Heap views are taken after the allocation: growing wasm memory detaches older views.
  im2colTransposed(
    backend.typedArrayFromHeap(x) as Float32Array,
    g,
    backend.typedArrayFromHeap(patches) as Float32Array,
  );
  const rows = dyAsRows(dy, g.channelsLast, args);
  try {
    const product = stockWasmKernel('BatchMatMul')({
      inputs: {
        a: patches,
        b: { dataId: rows.dataId, shape: [1, positions, g.outChannels], dtype: 'float32' },
      },
      backend,
      attrs: { transposeA: false, transposeB: false },
    });
    return { dataId: product.dataId, shape: [...filterShape], dtype: 'float32' };
  } finally {
    disposeIntermediate(patches, backend);
    if (rows !== dy) disposeIntermediate(rows, backend);
  }
}

/** Conv2DBackpropFilter for wasm (tfjs-backend-wasm 4.22 has none). */
export function wasmConv2DBackpropFilterConfig(): KernelConfig {
  return {
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: conv2DBackpropFilter as unknown as KernelFunc,
  };
}
