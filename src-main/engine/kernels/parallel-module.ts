import { adamFunction } from './simd-adam';
import { colSum, reluGrad } from './simd-columns';
import { gemmNN } from './simd-gemm-nn';
import { gemmTN } from './simd-gemm-tn';
import { axpy, bytesToFloats, mulInto } from './simd-vector';
import { assembleModule, compileModule } from './wasm-asm';

/** Every function of the parallel Dense trainer's module, in one list. */
export function parallelKernelFunctions(fma: boolean) {
  return [
    gemmNN(fma),
    gemmTN(fma),
    reluGrad(),
    colSum(),
    adamFunction(),
    axpy(),
    mulInto(),
    bytesToFloats(),
  ];
}

export interface ParallelModule {
  /** Compiled once, instantiated by every thread on the shared memory. */
  module: object;
  /** Whether the products use relaxed-SIMD fused multiply-adds. */
  fma: boolean;
}

let compiled: ParallelModule | null | undefined;

/**
 * The trainer's SIMD module on a shared memory — with fused multiply-adds where the runtime has
 * relaxed SIMD (`CAMADAS_NO_FMA=1` keeps plain SIMD) — or null where SIMD or threads are missing.
 */
export function parallelModule(): ParallelModule | null {
  if (compiled !== undefined) return compiled;
  const tryFma = process.env.CAMADAS_NO_FMA !== '1';
  const withFma = tryFma
    ? compileModule(assembleModule(parallelKernelFunctions(true), { shared: true }))
    : null;
  const module =
    withFma ?? compileModule(assembleModule(parallelKernelFunctions(false), { shared: true }));
  compiled = module ? { module, fma: withFma !== null } : null;
  return compiled;
}
