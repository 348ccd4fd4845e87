import {
  forRange,
  I32,
  ifThen,
  op,
  repeat,
  V128,
  v128,
  type Code,
  type WasmFunction,
} from './wasm-asm';
import { multiplyAdd, rep } from './simd-gemm-nn';

/**
 * tn(a, b, c, rows, k4, n8, lda, ldb, ldc, skipZeros): C = Aᵀ·B for A [rows × K], B [rows × N]
 * over C's rows [0, k4) and columns [0, n8). With skipZeros, rows of A whose four values are all
 * zero are skipped (image backgrounds in the first layer's weight gradient).
 */
export function gemmTN(fma = false): WasmFunction {
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
      ...multiplyAdd(L.acc + 2 * lane, L.va, L.vb0, L.vb1, fma),
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
