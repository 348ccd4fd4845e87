import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import { stockKernel } from './kernel-swap';
import { convGeometryFromAttrs } from './conv-info';
import { col2imAdd } from './im2col';
import { dyAsRows } from './wasm-conv2d-backprop-filter';
import { disposeIntermediate, input, stockWasmKernel, type WasmKernelArgs } from './wasm-helpers';

/**
 * Conv2DBackpropInput (the input gradient, also conv2dTranspose) as one XNNPACK matmul plus a
 * col2im scatter: stock wasm 4.22 runs a direct loop that was ~10× slower than the forward
 * convolution and dominated a CNN training step.
 */
function conv2DBackpropInput(args: WasmKernelArgs): TensorInfo {
  const { backend } = args;
  const dy = input(args, 'dy');
  const filter = input(args, 'filter');
  const inShape = args.attrs.inputShape as number[];
  const g = convGeometryFromAttrs(inShape, filter.shape, args.attrs);
  const taps = g.filterHeight * g.filterWidth * g.inChannels;
  const positions = g.batchSize * g.outHeight * g.outWidth;

  const rows = dyAsRows(dy, g.channelsLast, args);
  // W as [taps, outC] transposed once to [outC, taps], so the product runs on XNNPACK's fast path.
  const filterT = stockWasmKernel('Transpose')({
    inputs: { x: { dataId: filter.dataId, shape: [taps, g.outChannels], dtype: 'float32' } },
    backend,
    attrs: { perm: [1, 0] },
  });
  let cols: TensorInfo | null = null;
  try {
    cols = stockWasmKernel('BatchMatMul')({
      inputs: {
        a: { dataId: rows.dataId, shape: [1, positions, g.outChannels], dtype: 'float32' },
        b: { dataId: filterT.dataId, shape: [1, g.outChannels, taps], dtype: 'float32' },
      },
      backend,
      attrs: { transposeA: false, transposeB: false },
    });
    const dx = backend.makeOutput(inShape, 'float32');
    // Views after every allocation: growing wasm memory detaches older views.
    const dxValues = backend.typedArrayFromHeap(dx) as Float32Array;
    dxValues.fill(0);
    col2imAdd(backend.typedArrayFromHeap(cols) as Float32Array, g, dxValues);
    return dx;
  } finally {
    disposeIntermediate(filterT, backend);
    if (cols) disposeIntermediate(cols, backend);
    if (rows !== dy) disposeIntermediate(rows, backend);
  }
}

/** Conv2DBackpropInput for wasm through XNNPACK's matmul. */
export function wasmConv2DBackpropInputConfig(): KernelConfig {
  const stock = stockKernel('Conv2DBackpropInput', 'wasm');
  const config: KernelConfig = {
    kernelName: 'Conv2DBackpropInput',
    backendName: 'wasm',
    kernelFunc: conv2DBackpropInput as unknown as KernelFunc,
  };
  if (stock?.setupFunc) config.setupFunc = stock.setupFunc;
  return config;
}
