import { assembleModule, backendMemory, instantiateOn } from './wasm-asm';
import { colSum, reluGrad } from './simd-columns';
import { gemmNN } from './simd-gemm-nn';
import { gemmTN } from './simd-gemm-tn';

/**
 * Matrix products for Dense layers as hand-assembled WebAssembly SIMD, running on the tfjs wasm
 * backend's memory: no operand packing (XNNPACK repacks a weight matrix every time it changes,
 * i.e. every training step), bias and ReLU fused into the store, and the transposed product of
 * the weight gradient read straight from row-major operands. Each function covers the block of
 * rows and columns that fills whole 4 × 8 tiles; `gemm.ts` pads odd column counts and leaves
 * the last rows (a partial batch) to JavaScript.
 */

export type GemmNN = (
  a: number,
  b: number,
  c: number,
  m4: number,
  k: number,
  n8: number,
  lda: number,
  ldb: number,
  ldc: number,
  bias: number,
  relu: number,
) => void;
export type GemmTN = (
  a: number,
  b: number,
  c: number,
  rows: number,
  k4: number,
  n8: number,
  lda: number,
  ldb: number,
  ldc: number,
  skipZeros: number,
) => void;

export interface SimdGemm {
  nn: GemmNN;
  tn: GemmTN;
  reluGrad: (dz: number, y: number, dy: number, n4: number) => void;
  colSum: (a: number, out: number, rows: number, n8: number, lda: number) => void;
  /** True when the products use relaxed-SIMD fused multiply-adds. */
  fma: boolean;
}

/** The module's bytes, with fused multiply-adds in the products when `fma` (exported for tests). */
export function simdGemmModuleBytes(fma = false): Uint8Array<ArrayBuffer> {
  return assembleModule([gemmNN(fma), gemmTN(fma), reluGrad(), colSum()]);
}

const instances = new WeakMap<object, SimdGemm | null>();

/**
 * The SIMD products bound to this backend's memory — with fused multiply-adds where the runtime
 * has relaxed SIMD (about 1.4× faster), plain SIMD otherwise — or null without SIMD.
 * `CAMADAS_NO_FMA=1` keeps plain SIMD (to compare both).
 */
export function simdGemmFor(backend: { wasm: unknown }): SimdGemm | null {
  const memory = backendMemory(backend);
  if (!memory) return null;
  if (instances.has(memory)) return instances.get(memory) ?? null;
  let fma = process.env.CAMADAS_NO_FMA !== '1';
  let exports = fma ? instantiateOn(simdGemmModuleBytes(true), memory) : null;
  if (!exports) {
    fma = false;
    exports = instantiateOn(simdGemmModuleBytes(false), memory);
  }
  const gemm = exports
    ? {
        nn: exports.nn as GemmNN,
        tn: exports.tn as GemmTN,
        reluGrad: exports.reluGrad as SimdGemm['reluGrad'],
        colSum: exports.colSum as SimdGemm['colSum'],
        fma,
      }
    : null;
  instances.set(memory, gemm);
  return gemm;
}
