import * as tf from '@tensorflow/tfjs';
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import { im2colTransposed, type ConvGeometry } from './im2col';
import { disposeIntermediate, input, stockWasmKernel, type WasmKernelArgs } from './wasm-helpers';

type FilterShape = [number, number, number, number];
type Rank4 = [number, number, number, number];

/**
 * Conv2DBackpropFilter, which tfjs-backend-wasm 4.22 lacks (so Conv2D could not train on wasm):
 * builds the transposed patch matrix in the wasm heap and lets wasm's own (XNNPACK) BatchMatMul
 * multiply it by dy, giving dW as [fh, fw, inC, outC].
 */
function conv2DBackpropFilter(args: WasmKernelArgs): TensorInfo {
  const { backend, attrs } = args;
  const x = input(args, 'x');
  const dy = input(args, 'dy');
  const dataFormat = attrs.dataFormat === 'NCHW' ? 'NCHW' : 'NHWC';
  const filterShape = attrs.filterShape as FilterShape;
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as Rank4,
    filterShape,
    attrs.strides as number | [number, number],
    1,
    attrs.pad as Parameters<typeof tf.backend_util.computeConv2DInfo>[4],
    attrs.dimRoundingMode as 'floor' | 'round' | 'ceil' | undefined,
    false,
    tf.backend_util.convertConv2DDataFormat(dataFormat),
  );
  const g: ConvGeometry = {
    batchSize: info.batchSize,
    inHeight: info.inHeight,
    inWidth: info.inWidth,
    inChannels: info.inChannels,
    outHeight: info.outHeight,
    outWidth: info.outWidth,
    filterHeight: info.filterHeight,
    filterWidth: info.filterWidth,
    strideHeight: info.strideHeight,
    strideWidth: info.strideWidth,
    dilationHeight: info.dilationHeight,
    dilationWidth: info.dilationWidth,
    padTop: info.padInfo.top,
    padLeft: info.padInfo.left,
    channelsLast: info.dataFormat === 'channelsLast',
  };
  const taps = g.filterHeight * g.filterWidth * g.inChannels;
  const positions = g.batchSize * g.outHeight * g.outWidth;
  const outChannels = info.outChannels;

  const patches = backend.makeOutput([1, taps, positions], 'float32');
  // Heap views are taken after the allocation: growing wasm memory detaches older views.
  im2colTransposed(
    backend.typedArrayFromHeap(x) as Float32Array,
    g,
    backend.typedArrayFromHeap(patches) as Float32Array,
  );

  // dy must be [positions, outChannels]; NHWC already is, NCHW needs its channels moved last.
  const dyRows = g.channelsLast
    ? dy
    : stockWasmKernel('Transpose')({ inputs: { x: dy }, backend, attrs: { perm: [0, 2, 3, 1] } });
  try {
    const product = stockWasmKernel('BatchMatMul')({
      inputs: {
        a: patches,
        b: { dataId: dyRows.dataId, shape: [1, positions, outChannels], dtype: 'float32' },
      },
      backend,
      attrs: { transposeA: false, transposeB: false },
    });
    return { dataId: product.dataId, shape: [...filterShape], dtype: 'float32' };
  } finally {
    disposeIntermediate(patches, backend);
    if (!g.channelsLast) disposeIntermediate(dyRows, backend);
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
