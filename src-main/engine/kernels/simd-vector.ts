import { F32, I32, op, repeat, V128, v128, type Code, type WasmFunction } from './wasm-asm';

/** Advances each pointer parameter by `bytes`. */
const advance = (pointers: number[], bytes: number): Code =>
  pointers.flatMap((p) => [...op.get(p), ...op.i32(bytes), ...op.i32Add, ...op.set(p)]);

/** mulInto(dst, a, b, n4): dst = a ⊙ b over n4 groups of four floats (n4 > 0; dst may be a). */
export function mulInto(): WasmFunction {
  const P = { dst: 0, a: 1, b: 2, n: 3 };
  const body = repeat(P.n, [
    ...op.get(P.dst),
    ...op.get(P.a),
    ...v128.load(0),
    ...op.get(P.b),
    ...v128.load(0),
    ...v128.f32x4Mul,
    ...v128.store(0),
    ...advance([P.dst, P.a, P.b], 16),
  ]);
  return { name: 'mulInto', params: [I32, I32, I32, I32], locals: [], body };
}

/** axpy(dst, src, alpha, n4): dst += alpha·src over n4 groups of four floats (n4 > 0). */
export function axpy(): WasmFunction {
  const P = { dst: 0, src: 1, alpha: 2, n: 3 };
  const L = { alpha: 4 };
  const body: Code = [
    ...op.get(P.alpha),
    ...v128.f32x4Splat,
    ...op.set(L.alpha),
    ...repeat(P.n, [
      ...op.get(P.dst),
      ...op.get(P.dst),
      ...v128.load(0),
      ...op.get(P.src),
      ...v128.load(0),
      ...op.get(L.alpha),
      ...v128.f32x4Mul,
      ...v128.f32x4Add,
      ...v128.store(0),
      ...advance([P.dst, P.src], 16),
    ]),
  ];
  return { name: 'axpy', params: [I32, I32, F32, I32], locals: [[1, V128]], body };
}

/**
 * bytesToFloats(src, dst, n4): dst[i] = src[i] / 255 (as f32, the same value `toFloat32`
 * computes) over n4 groups of four bytes (n4 > 0).
 */
export function bytesToFloats(): WasmFunction {
  const P = { src: 0, dst: 1, n: 2 };
  const L = { scale: 3 };
  const body: Code = [
    ...op.f32(255),
    ...v128.f32x4Splat,
    ...op.set(L.scale),
    ...repeat(P.n, [
      ...op.get(P.dst),
      ...op.get(P.src),
      ...v128.load32Zero(0),
      ...v128.i16x8ExtendLowI8x16U,
      ...v128.i32x4ExtendLowI16x8U,
      ...v128.f32x4ConvertI32x4U,
      ...op.get(L.scale),
      ...v128.f32x4Div,
      ...v128.store(0),
      ...advance([P.src], 4),
      ...advance([P.dst], 16),
    ]),
  ];
  return { name: 'bytesToFloats', params: [I32, I32, I32], locals: [[1, V128]], body };
}
