import type { KernelConfig, NamedAttrMap, TensorInfo } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { stockKernel } from './kernel-swap';

/** Arguments tfjs passes to a wasm kernel function. */
export interface WasmKernelArgs {
  inputs: Record<string, TensorInfo | undefined>;
  backend: BackendWasm;
  attrs: NamedAttrMap;
}

/** A wasm kernel function with its real argument types (tfjs types them loosely). */
export type WasmKernelFunc = (args: WasmKernelArgs) => TensorInfo;

/** The stock wasm kernel function for `kernelName`; throws when tfjs-backend-wasm lacks it. */
export function stockWasmKernel(kernelName: string): WasmKernelFunc {
  const config: KernelConfig | null = stockKernel(kernelName, 'wasm');
  if (!config) throw new Error(`tfjs-backend-wasm has no ${kernelName} kernel`);
  return config.kernelFunc as unknown as WasmKernelFunc;
}

/** A required input of a kernel call; tfjs guarantees it, the types do not. */
export function input(args: WasmKernelArgs, name: string): TensorInfo {
  const t = args.inputs[name];
  if (!t) throw new Error(`kernel input "${name}" is missing`);
  return t;
}

/** A materialised copy of `x` with its last two axes swapped, made by wasm's own Transpose. */
export function swapLastTwoAxes(x: TensorInfo, backend: BackendWasm): TensorInfo {
  const rank = x.shape.length;
  const perm = x.shape.map((_, i) => (i < rank - 2 ? i : i === rank - 2 ? rank - 1 : rank - 2));
  return stockWasmKernel('Transpose')({ inputs: { x }, backend, attrs: { perm } });
}

/** Frees an intermediate a kernel made itself (its result stays owned by the engine). */
export function disposeIntermediate(t: TensorInfo, backend: BackendWasm): void {
  backend.disposeData(t.dataId);
}
