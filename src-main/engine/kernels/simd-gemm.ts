import {
  assembleModule,
  backendMemory,
  forRange,
  I32,
  ifThen,
  instantiateOn,
  op,
  repeat,
  V128,
  v128,
  type Code,
  type WasmFunction,
} from './wasm-asm';

/**
 * Matrix products for Dense layers as hand-assembled WebAssembly SIMD, running on the tfjs wasm
 * backend's memory: no operand packing (XNNPACK repacks a weight matrix every time it changes,
 * i.e. every training step), bias and ReLU fused into the store, and the transposed product of
 * the weight gradient read straight from row-major operands. Each function covers the block of
 * rows and columns that fills whole 4 × 8 tiles; `gemm.ts` computes the edges in JavaScript.
 */

const rep = <T>(n: number, f: (i: number) => T[]): T[] =>
  Array.from({ length: n }, (_, i) => f(i)).flat();

/** acc[2r] += va·vb0; acc[2r+1] += va·vb1 with va already in `va`. */
function multiplyAdd(acc: number, va: number, vb0: number, vb1: number): Code {
  return [
    ...op.get(acc),
    ...op.get(va),
    ...op.get(vb0),
    ...v128.f32x4Mul,
    ...v128.f32x4Add,
    ...op.set(acc),
    ...op.get(acc + 1),
    ...op.get(va),
    ...op.get(vb1),
    ...v128.f32x4Mul,
    ...v128.f32x4Add,
    ...op.set(acc + 1),
  ];
}

/**
 * nn(a, b, c, m4, k, n8, lda, ldb, ldc, bias, relu): C = A·B (+ bias, ReLU) over rows [0, m4)
 * and columns [0, n8); strides in bytes, bias an address or 0.
 */
function gemmNN(): WasmFunction {
  const P = { a: 0, b: 1, c: 2, m4: 3, k: 4, n8: 5, lda: 6, ldb: 7, ldc: 8, bias: 9, relu: 10 };
  const L = {
    i: 11,
    j: 12,
    kk: 13,
    pa: 14,
    pb: 18,
    pc: 19,
    jEnd: 20,
    acc: 21,
    vb0: 29,
    vb1: 30,
    va: 31,
  };
  const pa = (r: number): number => L.pa + r;
  const kStep: Code = [
    ...op.get(L.pb),
    ...v128.load(0),
    ...op.set(L.vb0),
    ...op.get(L.pb),
    ...v128.load(16),
    ...op.set(L.vb1),
    ...rep(4, (r) => [
      ...op.get(pa(r)),
      ...v128.load32Splat(0),
      ...op.set(L.va),
      ...multiplyAdd(L.acc + 2 * r, L.va, L.vb0, L.vb1),
      ...op.get(pa(r)),
      ...op.i32(4),
      ...op.i32Add,
      ...op.set(pa(r)),
    ]),
    ...op.get(L.pb),
    ...op.get(P.ldb),
    ...op.i32Add,
    ...op.set(L.pb),
  ];
  const tile: Code = [
    ...rep(8, (t) => [...v128.zero(), ...op.set(L.acc + t)]),
    // pa0 = a + i·lda, pa(r) = pa(r−1) + lda
    ...op.get(P.a),
    ...op.get(L.i),
    ...op.get(P.lda),
    ...op.i32Mul,
    ...op.i32Add,
    ...op.set(pa(0)),
    ...rep(3, (r) => [...op.get(pa(r)), ...op.get(P.lda), ...op.i32Add, ...op.set(pa(r + 1))]),
    ...op.get(P.b),
    ...op.get(L.j),
    ...op.i32Add,
    ...op.set(L.pb),
    ...op.get(P.k),
    ...op.set(L.kk),
    ...repeat(L.kk, kStep),
    ...op.get(P.bias),
    ...ifThen([
      ...op.get(P.bias),
      ...op.get(L.j),
      ...op.i32Add,
      ...op.set(L.pb),
      ...op.get(L.pb),
      ...v128.load(0),
      ...op.set(L.vb0),
      ...op.get(L.pb),
      ...v128.load(16),
      ...op.set(L.vb1),
      ...rep(8, (t) => [
        ...op.get(L.acc + t),
        ...op.get(t % 2 === 0 ? L.vb0 : L.vb1),
        ...v128.f32x4Add,
        ...op.set(L.acc + t),
      ]),
    ]),
    ...op.get(P.relu),
    ...ifThen([
      ...v128.zero(),
      ...op.set(L.vb0),
      ...rep(8, (t) => [
        ...op.get(L.acc + t),
        ...op.get(L.vb0),
        ...v128.f32x4Max,
        ...op.set(L.acc + t),
      ]),
    ]),
    // pc = c + i·ldc + j, one row of two vectors per ldc
    ...op.get(P.c),
    ...op.get(L.i),
    ...op.get(P.ldc),
    ...op.i32Mul,
    ...op.i32Add,
    ...op.get(L.j),
    ...op.i32Add,
    ...op.set(L.pc),
    ...rep(4, (r) => [
      ...op.get(L.pc),
      ...op.get(L.acc + 2 * r),
      ...v128.store(0),
      ...op.get(L.pc),
      ...op.get(L.acc + 2 * r + 1),
      ...v128.store(16),
      ...op.get(L.pc),
      ...op.get(P.ldc),
      ...op.i32Add,
      ...op.set(L.pc),
    ]),
  ];
  const body: Code = [
    ...op.get(P.n8),
    ...op.i32(2),
    ...op.i32Shl,
    ...op.set(L.jEnd),
    ...forRange(
      L.i,
      op.i32(0),
      op.get(P.m4),
      4,
      forRange(L.j, op.i32(0), op.get(L.jEnd), 32, tile),
    ),
  ];
  return {
    name: 'nn',
    params: Array<typeof I32>(11).fill(I32),
    locals: [
      [10, I32],
      [11, V128],
    ],
    body,
  };
}

/**
 * tn(a, b, c, rows, k4, n8, lda, ldb, ldc, skipZeros): C = Aᵀ·B for A [rows × K], B [rows × N]
 * over C's rows [0, k4) and columns [0, n8). With skipZeros, rows of A whose four values are all
 * zero are skipped (image backgrounds in the first layer's weight gradient).
 */
function gemmTN(): WasmFunction {
  const P = { a: 0, b: 1, c: 2, rows: 3, k4: 4, n8: 5, lda: 6, ldb: 7, ldc: 8, skip: 9 };
  const L = {
    kk: 10,
    j: 11,
    r: 12,
    pa: 13,
    pb: 14,
    pc: 15,
    kEnd: 16,
    jEnd: 17,
    acc: 18,
    vb0: 26,
    vb1: 27,
    va: 28,
  };
  const accumulate: Code = [
    ...op.get(L.pb),
    ...v128.load(0),
    ...op.set(L.vb0),
    ...op.get(L.pb),
    ...v128.load(16),
    ...op.set(L.vb1),
    ...rep(4, (lane) => [
      ...op.get(L.pa),
      ...v128.load32Splat(4 * lane),
      ...op.set(L.va),
      ...multiplyAdd(L.acc + 2 * lane, L.va, L.vb0, L.vb1),
    ]),
  ];
  const rowStep: Code = [
    ...op.get(P.skip),
    ...op.i32Eqz,
    ...op.get(L.pa),
    ...v128.load(0),
    ...v128.anyTrue,
    // (not skipping) | (any value non-zero)
    0x72, // i32.or
    ...ifThen(accumulate),
    ...op.get(L.pa),
    ...op.get(P.lda),
    ...op.i32Add,
    ...op.set(L.pa),
    ...op.get(L.pb),
    ...op.get(P.ldb),
    ...op.i32Add,
    ...op.set(L.pb),
  ];
  const tile: Code = [
    ...rep(8, (t) => [...v128.zero(), ...op.set(L.acc + t)]),
    ...op.get(P.a),
    ...op.get(L.kk),
    ...op.i32Add,
    ...op.set(L.pa),
    ...op.get(P.b),
    ...op.get(L.j),
    ...op.i32Add,
    ...op.set(L.pb),
    ...op.get(P.rows),
    ...op.set(L.r),
    ...repeat(L.r, rowStep),
    // pc = c + (kk / 4)·ldc + j
    ...op.get(P.c),
    ...op.get(L.kk),
    ...op.i32(2),
    0x76, // i32.shr_u
    ...op.get(P.ldc),
    ...op.i32Mul,
    ...op.i32Add,
    ...op.get(L.j),
    ...op.i32Add,
    ...op.set(L.pc),
    ...rep(4, (lane) => [
      ...op.get(L.pc),
      ...op.get(L.acc + 2 * lane),
      ...v128.store(0),
      ...op.get(L.pc),
      ...op.get(L.acc + 2 * lane + 1),
      ...v128.store(16),
      ...op.get(L.pc),
      ...op.get(P.ldc),
      ...op.i32Add,
      ...op.set(L.pc),
    ]),
  ];
  const body: Code = [
    ...op.get(P.k4),
    ...op.i32(2),
    ...op.i32Shl,
    ...op.set(L.kEnd),
    ...op.get(P.n8),
    ...op.i32(2),
    ...op.i32Shl,
    ...op.set(L.jEnd),
    ...forRange(
      L.kk,
      op.i32(0),
      op.get(L.kEnd),
      16,
      forRange(L.j, op.i32(0), op.get(L.jEnd), 32, tile),
    ),
  ];
  return {
    name: 'tn',
    params: Array<typeof I32>(10).fill(I32),
    locals: [
      [8, I32],
      [11, V128],
    ],
    body,
  };
}

/** reluGrad(dz, y, dy, n4): dz = y > 0 ? dy : 0 over n4 groups of four floats. */
function reluGrad(): WasmFunction {
  const P = { dz: 0, y: 1, dy: 2, n: 3 };
  const body: Code = repeat(P.n, [
    ...op.get(P.dz),
    ...op.get(P.dy),
    ...v128.load(0),
    ...op.get(P.y),
    ...v128.load(0),
    ...v128.zero(),
    ...v128.f32x4Gt,
    ...v128.and,
    ...v128.store(0),
    ...[P.dz, P.y, P.dy].flatMap((p) => [...op.get(p), ...op.i32(16), ...op.i32Add, ...op.set(p)]),
  ]);
  return { name: 'reluGrad', params: [I32, I32, I32, I32], locals: [], body };
}

/** colSum(a, out, rows, n8, lda): out[j] = Σ_r a[r, j] for columns [0, n8); lda in bytes. */
function colSum(): WasmFunction {
  const P = { a: 0, out: 1, rows: 2, n8: 3, lda: 4 };
  const L = { j: 5, r: 6, p: 7, jEnd: 8, acc0: 9, acc1: 10 };
  const column: Code = [
    ...v128.zero(),
    ...op.set(L.acc0),
    ...v128.zero(),
    ...op.set(L.acc1),
    ...op.get(P.a),
    ...op.get(L.j),
    ...op.i32Add,
    ...op.set(L.p),
    ...op.get(P.rows),
    ...op.set(L.r),
    ...repeat(L.r, [
      ...op.get(L.acc0),
      ...op.get(L.p),
      ...v128.load(0),
      ...v128.f32x4Add,
      ...op.set(L.acc0),
      ...op.get(L.acc1),
      ...op.get(L.p),
      ...v128.load(16),
      ...v128.f32x4Add,
      ...op.set(L.acc1),
      ...op.get(L.p),
      ...op.get(P.lda),
      ...op.i32Add,
      ...op.set(L.p),
    ]),
    ...op.get(P.out),
    ...op.get(L.j),
    ...op.i32Add,
    ...op.get(L.acc0),
    ...v128.store(0),
    ...op.get(P.out),
    ...op.get(L.j),
    ...op.i32Add,
    ...op.get(L.acc1),
    ...v128.store(16),
  ];
  const body: Code = [
    ...op.get(P.n8),
    ...op.i32(2),
    ...op.i32Shl,
    ...op.set(L.jEnd),
    ...forRange(L.j, op.i32(0), op.get(L.jEnd), 32, column),
  ];
  return {
    name: 'colSum',
    params: Array<typeof I32>(5).fill(I32),
    locals: [
      [4, I32],
      [2, V128],
    ],
    body,
  };
}

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
