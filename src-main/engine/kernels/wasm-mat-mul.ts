import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import { stockKernel } from './kernel-swap';
import {
  disposeIntermediate,
  input,
  stockWasmKernel,
  swapLastTwoAxes,
  type WasmKernelArgs,
  type WasmKernelFunc,
} from './wasm-helpers';

/**
 * tfjs-backend-wasm 4.22 only sends untransposed products to XNNPACK; with transposeA or
 * transposeB it falls back to a naive loop about 10× slower. Every Dense backward pass asks for
 * a transposed operand, so materialising the transpose (one cheap copy) and multiplying on the
 * fast path wins by far.
 */
function withoutTransposes(stock: WasmKernelFunc, args: WasmKernelArgs): TensorInfo {
  const transposeA = args.attrs.transposeA === true;
  const transposeB = args.attrs.transposeB === true;
  if (!transposeA && !transposeB) return stock(args);
  const { backend } = args;
  const a = input(args, 'a');
  const b = input(args, 'b');
  if (a.dtype !== 'float32' || b.dtype !== 'float32') return stock(args);
  const a2 = transposeA ? swapLastTwoAxes(a, backend) : a;
  const b2 = transposeB ? swapLastTwoAxes(b, backend) : b;
  try {
    return stock({
      inputs: { ...args.inputs, a: a2, b: b2 },
      backend,
      attrs: { ...args.attrs, transposeA: false, transposeB: false },
    });
  } finally {
    if (transposeA) disposeIntermediate(a2, backend);
    if (transposeB) disposeIntermediate(b2, backend);
  }
}

function batchMatMul(args: WasmKernelArgs): TensorInfo {
  return withoutTransposes(stockWasmKernel('BatchMatMul'), args);
}

/** Product of the leading (batch) dimensions of a matmul operand. */
const batchOf = (t: TensorInfo): number => t.shape.slice(0, -2).reduce((p, d) => p * d, 1);

/** Applies a fused activation with wasm's own element-wise kernels. */
function activate(x: TensorInfo, args: WasmKernelArgs): TensorInfo {
  const { backend, attrs } = args;
  const activation = typeof attrs.activation === 'string' ? attrs.activation : 'linear';
  const single: Record<string, string> = {
    relu: 'Relu',
    relu6: 'Relu6',
    elu: 'Elu',
    sigmoid: 'Sigmoid',
  };
  const name = single[activation];
  if (name) return stockWasmKernel(name)({ inputs: { x }, backend, attrs: {} });
  if (activation === 'leakyrelu') {
    return stockWasmKernel('LeakyRelu')({
      inputs: { x },
      backend,
      attrs: { alpha: attrs.leakyreluAlpha ?? 0.2 },
    });
  }
  if (activation === 'prelu') {
    return stockWasmKernel('Prelu')({
      inputs: { x, alpha: input(args, 'preluActivationWeights') },
      backend,
      attrs: {},
    });
  }
  backend.incRef(x.dataId);
  return x;
}

/**
 * Stock wasm _FusedMatMul adds the bias wrongly when the product has more than one batch
 * (its outputs differ from the cpu backend's), so batched products with a bias or prelu weights
 * are computed as product, Add, activation. Dense layers (batch 1) keep the single fused call.
 */
function fusedMatMul(args: WasmKernelArgs): TensorInfo {
  const stock = stockWasmKernel('_FusedMatMul');
  const a = input(args, 'a');
  const b = input(args, 'b');
  const batched = Math.max(batchOf(a), batchOf(b)) > 1;
  if (!batched || (!args.inputs.bias && !args.inputs.preluActivationWeights))
    return withoutTransposes(stock, args);
  const { backend } = args;
  const product = withoutTransposes(stockWasmKernel('BatchMatMul'), {
    inputs: { a, b },
    backend,
    attrs: {
      transposeA: args.attrs.transposeA ?? false,
      transposeB: args.attrs.transposeB ?? false,
    },
  });
  const bias = args.inputs.bias;
  const biased = bias
    ? stockWasmKernel('Add')({ inputs: { a: product, b: bias }, backend, attrs: {} })
    : product;
  if (bias) disposeIntermediate(product, backend);
  const out = activate(biased, args);
  disposeIntermediate(biased, backend);
  return out;
}

function replacement(
  kernelName: string,
  kernelFunc: (args: WasmKernelArgs) => TensorInfo,
): KernelConfig {
  const stock = stockKernel(kernelName, 'wasm');
  const config: KernelConfig = {
    kernelName,
    backendName: 'wasm',
    kernelFunc: kernelFunc as unknown as KernelFunc,
  };
  // The stock function keeps using the wasm export that its own setup wraps.
  if (stock?.setupFunc) config.setupFunc = stock.setupFunc;
  if (stock?.disposeFunc) config.disposeFunc = stock.disposeFunc;
  return config;
}

/** BatchMatMul for wasm that multiplies materialised transposes instead of transposed operands. */
export function wasmBatchMatMulConfig(): KernelConfig {
  return replacement('BatchMatMul', batchMatMul);
}

/** _FusedMatMul for wasm: same transposes fix, plus a correct bias for batched products. */
export function wasmFusedMatMulConfig(): KernelConfig {
  return replacement('_FusedMatMul', fusedMatMul);
}
