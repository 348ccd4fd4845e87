import type {
  KernelBackend,
  KernelConfig,
  KernelFunc,
  NamedAttrMap,
  TensorInfo,
} from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { simdAdamFor } from './simd-adam';

/** Camadas' own kernel: one Adam step for one variable (not a TensorFlow op name). */
export const ADAM_UPDATE = 'CamadasAdamUpdate';

/** Hyperparameters of one step; bias corrections are 1 - beta^t for the step t (from 1). */
export interface AdamUpdateAttrs {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  biasCorrection1: number;
  biasCorrection2: number;
  /**
   * Update m and v in place (returning only the new variable) when nothing else shares their
   * buffers; otherwise, or on backends that cannot, return new [variable, m, v]. Saves fresh
   * memory for two of the three outputs, which is what Adam's time is made of. The variable
   * itself always gets a new buffer: stock wasm matmuls cache packed weights by buffer.
   */
  slotsInPlace?: boolean;
}

/**
 * The arithmetic of tfjs' AdamOptimizer.applyGradients, in one pass instead of ~14 kernels:
 * m' = β1·m + (1-β1)·g, v' = β2·v + (1-β2)·g², w' = w - lr·(m'/c1) / (√(v'/c2) + ε).
 */
export function adamUpdate(
  w: Float32Array,
  m: Float32Array,
  v: Float32Array,
  g: Float32Array,
  out: { w: Float32Array; m: Float32Array; v: Float32Array },
  a: AdamUpdateAttrs,
): void {
  const { beta1, beta2, epsilon } = a;
  const oneMinusBeta1 = 1 - beta1;
  const oneMinusBeta2 = 1 - beta2;
  // Folding lr and the first bias correction into one factor keeps the loop to one division.
  const stepSize = -a.learningRate / a.biasCorrection1;
  const invBiasCorrection2 = 1 / a.biasCorrection2;
  const outW = out.w;
  const outM = out.m;
  const outV = out.v;
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const gi = g[i]!;
    const mi = m[i]! * beta1 + gi * oneMinusBeta1;
    const vi = v[i]! * beta2 + gi * gi * oneMinusBeta2;
    outM[i] = mi;
    outV[i] = vi;
    outW[i] = w[i]! + (stepSize * mi) / (Math.sqrt(vi * invBiasCorrection2) + epsilon);
  }
}

interface Args<B> {
  inputs: Record<string, TensorInfo | undefined>;
  backend: B;
  attrs: NamedAttrMap;
}

function need(inputs: Record<string, TensorInfo | undefined>, name: string): TensorInfo {
  const t = inputs[name];
  if (!t || t.dtype !== 'float32')
    throw new Error(`${ADAM_UPDATE}: input "${name}" must be a float32 tensor`);
  return t;
}

function attrsOf(attrs: NamedAttrMap): AdamUpdateAttrs {
  return attrs as unknown as AdamUpdateAttrs;
}

/** Outputs [variable, m, v] after the step, computed in place in wasm's heap. */
function adamUpdateWasm({ inputs, backend, attrs }: Args<BackendWasm>): TensorInfo[] {
  const names = ['variable', 'm', 'v', 'gradient'] as const;
  const [w, m, v, g] = names.map((n) => need(inputs, n)) as [
    TensorInfo,
    TensorInfo,
    TensorInfo,
    TensorInfo,
  ];
  const a = attrsOf(attrs);
  const inPlace = a.slotsInPlace === true && [m, v].every((t) => backend.refCount(t.dataId) === 1);
  const newW = backend.makeOutput(w.shape, 'float32');
  const outs = (
    inPlace ? [newW, m, v] : [newW, ...[m, v].map((t) => backend.makeOutput(t.shape, 'float32'))]
  ) as [TensorInfo, TensorInfo, TensorInfo];
  const size = w.shape.reduce((p, d) => p * d, 1);
  const simd = simdAdamFor(backend);
  let done = 0;
  if (simd) {
    const addr = (t: TensorInfo): number => backend.dataIdMap.get(t.dataId)?.memoryOffset ?? -1;
    const [ow, om, ov] = outs.map(addr) as [number, number, number];
    simd(
      addr(w),
      addr(m),
      addr(v),
      addr(g),
      ow,
      om,
      ov,
      size,
      a.beta1,
      1 - a.beta1,
      a.beta2,
      1 - a.beta2,
      -a.learningRate / a.biasCorrection1,
      1 / a.biasCorrection2,
      a.epsilon,
    );
    done = size - (size % 4);
  }
  // Views after every allocation: growing wasm memory detaches older views. The SIMD loop leaves
  // the last size % 4 elements (or, without SIMD, all of them) to the JavaScript loop.
  const view = (t: TensorInfo): Float32Array =>
    (backend.typedArrayFromHeap(t) as Float32Array).subarray(done);
  adamUpdate(
    view(w),
    view(m),
    view(v),
    view(g),
    { w: view(outs[0]), m: view(outs[1]), v: view(outs[2]) },
    a,
  );
  return inPlace ? [newW] : outs;
}

/** The parts of tfjs-backend-cpu's MathBackendCPU this kernel uses. */
interface CpuBackend extends KernelBackend {
  data: { get(dataId: object): { values: unknown } };
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo;
}

function adamUpdateCpu({ inputs, backend, attrs }: Args<CpuBackend>): TensorInfo[] {
  const names = ['variable', 'm', 'v', 'gradient'] as const;
  const [w, m, v, g] = names.map(
    (n) => backend.data.get(need(inputs, n).dataId).values as Float32Array,
  ) as [Float32Array, Float32Array, Float32Array, Float32Array];
  const out = {
    w: new Float32Array(w.length),
    m: new Float32Array(w.length),
    v: new Float32Array(w.length),
  };
  adamUpdate(w, m, v, g, out, attrsOf(attrs));
  const shape = need(inputs, 'variable').shape;
  return [out.w, out.m, out.v].map((values) => backend.makeTensorInfo(shape, 'float32', values));
}

/** The fused Adam kernel for a backend whose buffers JavaScript can reach, or null. */
export function adamUpdateConfig(backendName: 'wasm' | 'cpu'): KernelConfig {
  const kernelFunc = backendName === 'wasm' ? adamUpdateWasm : adamUpdateCpu;
  return { kernelName: ADAM_UPDATE, backendName, kernelFunc: kernelFunc as unknown as KernelFunc };
}
