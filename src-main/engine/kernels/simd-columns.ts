import { forRange, I32, op, repeat, V128, v128, type Code, type WasmFunction } from './wasm-asm';

/** reluGrad(dz, y, dy, n4): dz = y > 0 ? dy : 0 over n4 groups of four floats. */
export function reluGrad(): WasmFunction {
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
export function colSum(): WasmFunction {
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
