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
}

/** The module's bytes (exported for tests). */
export function simdGemmModuleBytes(): Uint8Array {
  return assembleModule([gemmNN(), gemmTN(), reluGrad(), colSum()]);
}

const instances = new WeakMap<object, SimdGemm | null>();

/** The SIMD products bound to this backend's memory, or null where SIMD is unavailable. */
export function simdGemmFor(backend: { wasm: unknown }): SimdGemm | null {
  const memory = backendMemory(backend);
  if (!memory) return null;
  if (instances.has(memory)) return instances.get(memory) ?? null;
  const exports = instantiateOn(simdGemmModuleBytes(), memory);
  const gemm = exports
    ? {
        nn: exports.nn as GemmNN,
        tn: exports.tn as GemmTN,
        reluGrad: exports.reluGrad as SimdGemm['reluGrad'],
        colSum: exports.colSum as SimdGemm['colSum'],
      }
    : null;
  instances.set(memory, gemm);
  return gemm;
}
