import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { activateInPlace, activationGradInto, type DenseActivation } from './activation-math';
import { heapGemm, type HeapGemm } from './gemm';
import { simdGemmFor } from './simd-gemm';
import { input, type WasmKernelArgs } from './wasm-helpers';

/** Camadas' kernels (not TensorFlow op names): one Dense layer's forward and backward pass. */
export const DENSE_FORWARD = 'CamadasDenseForward';
export const DENSE_BACKWARD = 'CamadasDenseBackward';

export interface DenseForwardAttrs {
  activation: DenseActivation;
}

export interface DenseBackwardAttrs {
  activation: DenseActivation;
  /** Also return the bias gradient (the layer has a bias). */
  hasBias: boolean;
  /** Also return the gradient at the layer's input (a Dense layer comes before it). */
  inputGrad: boolean;
}

const addr = (backend: BackendWasm, t: TensorInfo): number => {
  const offset = backend.dataIdMap.get(t.dataId)?.memoryOffset;
  if (typeof offset !== 'number')
    throw new Error('Camadas dense kernel: tensor is not on the wasm heap');
  return offset;
};
const heapOf = (backend: BackendWasm) => (): Float32Array =>
  new Float32Array(backend.wasm.HEAPU8.buffer);
const gemmOf = (backend: BackendWasm): HeapGemm =>
  heapGemm(heapOf(backend), simdGemmFor(backend), {
    malloc: (bytes) => backend.wasm._malloc(bytes),
    free: (address) => backend.wasm._free(address),
  });

function floatInput(args: WasmKernelArgs, name: string): TensorInfo {
  const t = input(args, name);
  if (t.dtype !== 'float32') throw new Error(`Camadas dense kernel: "${name}" must be float32`);
  return t;
}

/** y = activation(x·kernel + bias) for x [m × k], kernel [k × n]. */
function denseForward(args: WasmKernelArgs): TensorInfo {
  const { backend } = args;
  const { activation } = args.attrs as unknown as DenseForwardAttrs;
  const x = floatInput(args, 'x');
  const kernel = floatInput(args, 'kernel');
  const bias = args.inputs.bias;
  const [m = 0, k = 0] = x.shape;
  const n = kernel.shape[1] ?? 0;
  const out = backend.makeOutput([m, n], 'float32');
  const relu = activation === 'relu';
  gemmOf(backend).nn(
    addr(backend, x),
    addr(backend, kernel),
    addr(backend, out),
    m,
    k,
    n,
    bias ? addr(backend, bias) : 0,
    relu,
  );
  if (!relu) activateInPlace(heapOf(backend)(), addr(backend, out) >> 2, m, n, activation);
  return out;
}

/**
 * For a Dense layer with input x [m × k], output y and the gradient dy at its output: the
 * gradients of its kernel and bias and, when asked, of its input — [dKernel, dBias?, dx?].
 */
function denseBackward(args: WasmKernelArgs): TensorInfo[] {
  const { backend } = args;
  const attrs = args.attrs as unknown as DenseBackwardAttrs;
  const x = floatInput(args, 'x');
  const dy = floatInput(args, 'dy');
  const [m = 0, k = 0] = x.shape;
  const n = dy.shape[1] ?? 0;
  const gemm = gemmOf(backend);
  const temporary: TensorInfo[] = [];
  try {
    // dz = f′(y)·dy, in a buffer of its own unless the layer is linear.
    let dz = dy;
    if (attrs.activation !== 'linear') {
      const y = floatInput(args, 'y');
      dz = backend.makeOutput([m, n], 'float32');
      temporary.push(dz);
      const simd = simdGemmFor(backend);
      const count = m * n;
      if (attrs.activation === 'relu' && simd && count % 4 === 0) {
        simd.reluGrad(addr(backend, dz), addr(backend, y), addr(backend, dy), count / 4);
      } else
        activationGradInto(
          heapOf(backend)(),
          addr(backend, dz) >> 2,
          addr(backend, y) >> 2,
          addr(backend, dy) >> 2,
          m,
          n,
          attrs.activation,
        );
    }
    const dKernel = backend.makeOutput([k, n], 'float32');
    gemm.tn(addr(backend, x), addr(backend, dz), addr(backend, dKernel), m, k, n);
    const outputs = [dKernel];
    if (attrs.hasBias) {
      const dBias = backend.makeOutput([n], 'float32');
      const simd = simdGemmFor(backend);
      const n8 = simd ? n & ~7 : 0;
      const [b0, z0] = [addr(backend, dBias), addr(backend, dz)];
      if (simd && n8 > 0 && m > 0) simd.colSum(z0, b0, m, n8, n * 4);
      const h = heapOf(backend)();
      for (let j = n8; j < n; j++) {
        let sum = 0;
        for (let r = 0; r < m; r++) sum += h[(z0 >> 2) + r * n + j] as number;
        h[(b0 >> 2) + j] = sum;
      }
      outputs.push(dBias);
    }
    if (attrs.inputGrad) {
      // dx = dz·kernelᵀ: a transposed copy of the kernel keeps the product on the fast path.
      const kernel = floatInput(args, 'kernel');
      const kernelT = backend.makeOutput([n, k], 'float32');
      temporary.push(kernelT);
      const h = heapOf(backend)();
      const [src, dst] = [addr(backend, kernel) >> 2, addr(backend, kernelT) >> 2];
      for (let i = 0; i < k; i++)
        for (let j = 0; j < n; j++) h[dst + j * k + i] = h[src + i * n + j] as number;
      const dx = backend.makeOutput([m, k], 'float32');
      gemm.nn(addr(backend, dz), addr(backend, kernelT), addr(backend, dx), m, n, k, 0, false);
      outputs.push(dx);
    }
    return outputs;
  } finally {
    for (const t of temporary) backend.disposeData(t.dataId);
  }
}

/** The Dense forward kernel for the wasm backend. */
export function wasmDenseForwardConfig(): KernelConfig {
  return {
    kernelName: DENSE_FORWARD,
    backendName: 'wasm',
    kernelFunc: denseForward as unknown as KernelFunc,
  };
}

/** The Dense backward kernel for the wasm backend. */
export function wasmDenseBackwardConfig(): KernelConfig {
  return {
    kernelName: DENSE_BACKWARD,
    backendName: 'wasm',
    kernelFunc: denseBackward as unknown as KernelFunc,
  };
}
