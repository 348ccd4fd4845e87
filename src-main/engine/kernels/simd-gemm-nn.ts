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

/** Concatenates `f(0) … f(n − 1)`. */
export const rep = <T>(n: number, f: (i: number) => T[]): T[] =>
  Array.from({ length: n }, (_, i) => f(i)).flat();

/**
 * acc += va·vb0 and acc+1 += va·vb1. With `fma`, one relaxed-SIMD fused multiply-add each
 * (runtimes with relaxed SIMD: Node ≥ 22, Electron, Chrome ≥ 114), else a multiply and an add.
 */
export function multiplyAdd(acc: number, va: number, vb0: number, vb1: number, fma: boolean): Code {
  const one = (target: number, vb: number): Code =>
    fma
      ? [
          ...op.get(va),
          ...op.get(vb),
          ...op.get(target),
          ...v128.f32x4RelaxedMadd,
          ...op.set(target),
        ]
      : [
          ...op.get(target),
          ...op.get(va),
          ...op.get(vb),
          ...v128.f32x4Mul,
          ...v128.f32x4Add,
          ...op.set(target),
        ];
  return [...one(acc, vb0), ...one(acc + 1, vb1)];
}

/**
 * nn(a, b, c, m4, k, n8, lda, ldb, ldc, bias, relu): C = A·B (+ bias, ReLU) over rows [0, m4)
 * and columns [0, n8); strides in bytes, bias an address or 0.
 */
export function gemmNN(fma = false): WasmFunction {
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
      ...multiplyAdd(L.acc + 2 * r, L.va, L.vb0, L.vb1, fma),
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
