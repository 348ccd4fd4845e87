import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import {
  assembleModule,
  backendMemory,
  F32,
  I32,
  instantiateOn,
  V128,
  type ValueType,
  type WasmFunction,
} from './wasm-asm';

/**
 * A hand-assembled WebAssembly SIMD loop for the Adam update, instantiated on the wasm backend's
 * own memory so it reads and writes tensors in place. JavaScript needs ~4.5 ns per element for
 * the update (float64 sqrt and division); f32x4 does four at a time.
 *
 * adam(w, m, v, g, outW, outM, outV, n, β1, 1-β1, β2, 1-β2, -lr/c1, 1/c2, ε) handles the first
 * n - n % 4 elements (byte addresses in, float32 values); the caller does the tail.
 */
export type SimdAdam = (
  w: number,
  m: number,
  v: number,
  g: number,
  outW: number,
  outM: number,
  outV: number,
  n: number,
  beta1: number,
  oneMinusBeta1: number,
  beta2: number,
  oneMinusBeta2: number,
  stepSize: number,
  invBiasCorrection2: number,
  epsilon: number,
) => void;

const op = {
  block: 0x02,
  loop: 0x03,
  br: 0x0c,
  brIf: 0x0d,
  end: 0x0b,
  get: 0x20,
  set: 0x21,
  i32const: 0x41,
  i32add: 0x6a,
  i32and: 0x71,
  i32shl: 0x74,
  i32geU: 0x4f,
} as const;
const simd = {
  load: [0xfd, 0x00, 0x02, 0x00], // v128.load align=4 bytes offset=0
  store: [0xfd, 0x0b, 0x02, 0x00],
  splat: [0xfd, 0x13], // f32x4.splat
  sqrt: [0xfd, 0xe3, 0x01],
  add: [0xfd, 0xe4, 0x01],
  mul: [0xfd, 0xe6, 0x01],
  div: [0xfd, 0xe7, 0x01],
};

// Parameters 0–14 as in SimdAdam, then locals.
const P = {
  w: 0,
  m: 1,
  v: 2,
  g: 3,
  ow: 4,
  om: 5,
  ov: 6,
  n: 7,
  b1: 8,
  omb1: 9,
  b2: 10,
  omb2: 11,
  step: 12,
  invc2: 13,
  eps: 14,
};
const L = {
  i: 15,
  end: 16,
  vb1: 17,
  vomb1: 18,
  vb2: 19,
  vomb2: 20,
  vstep: 21,
  vinvc2: 22,
  veps: 23,
  g: 24,
  m: 25,
  v: 26,
};

const get = (i: number): number[] => [op.get, i];
const set = (i: number): number[] => [op.set, i];
const at = (base: number): number[] => [...get(base), ...get(L.i), op.i32add];

function body(): number[] {
  const splatInto = (param: number, local: number): number[] => [
    ...get(param),
    ...simd.splat,
    ...set(local),
  ];
  return [
    ...splatInto(P.b1, L.vb1),
    ...splatInto(P.omb1, L.vomb1),
    ...splatInto(P.b2, L.vb2),
    ...splatInto(P.omb2, L.vomb2),
    ...splatInto(P.step, L.vstep),
    ...splatInto(P.invc2, L.vinvc2),
    ...splatInto(P.eps, L.veps),
    // end = (n & ~3) * 4 bytes
    ...get(P.n),
    op.i32const,
    0x7c,
    op.i32and,
    op.i32const,
    2,
    op.i32shl,
    ...set(L.end),
    op.block,
    0x40,
    op.loop,
    0x40,
    ...get(L.i),
    ...get(L.end),
    op.i32geU,
    op.brIf,
    1,
    ...at(P.g),
    ...simd.load,
    ...set(L.g),
    // m' = m·β1 + g·(1-β1)
    ...at(P.m),
    ...simd.load,
    ...get(L.vb1),
    ...simd.mul,
    ...get(L.g),
    ...get(L.vomb1),
    ...simd.mul,
    ...simd.add,
    ...set(L.m),
    ...at(P.om),
    ...get(L.m),
    ...simd.store,
    // v' = v·β2 + g·g·(1-β2)
    ...at(P.v),
    ...simd.load,
    ...get(L.vb2),
    ...simd.mul,
    ...get(L.g),
    ...get(L.g),
    ...simd.mul,
    ...get(L.vomb2),
    ...simd.mul,
    ...simd.add,
    ...set(L.v),
    ...at(P.ov),
    ...get(L.v),
    ...simd.store,
    // w' = w + step·m' / (√(v'/c2) + ε)
    ...at(P.ow),
    ...at(P.w),
    ...simd.load,
    ...get(L.vstep),
    ...get(L.m),
    ...simd.mul,
    ...get(L.v),
    ...get(L.vinvc2),
    ...simd.mul,
    ...simd.sqrt,
    ...get(L.veps),
    ...simd.add,
    ...simd.div,
    ...simd.add,
    ...simd.store,
    ...get(L.i),
    op.i32const,
    16,
    op.i32add,
    ...set(L.i),
    op.br,
    0,
    op.end,
    op.end,
    op.end,
  ];
}

/** The update as a module function named `adam` (also part of the parallel trainer's module). */
export function adamFunction(): WasmFunction {
  const params = [...Array<ValueType>(8).fill(I32), ...Array<ValueType>(7).fill(F32)];
  // body() closes the function itself; assembleModule adds that final `end`.
  return {
    name: 'adam',
    params,
    locals: [
      [2, I32],
      [10, V128],
    ],
    body: body().slice(0, -1),
  };
}

/** The module's bytes: one function `adam`, importing `env.memory`. */
export function simdAdamModuleBytes(): Uint8Array {
  return assembleModule([adamFunction()]);
}

const instances = new WeakMap<object, SimdAdam | null>();

/** The SIMD Adam loop bound to this backend's memory, or null where SIMD or the memory is unavailable. */
export function simdAdamFor(backend: BackendWasm): SimdAdam | null {
  const memory = backendMemory(backend);
  if (memory === null) return null;
  if (instances.has(memory)) return instances.get(memory) ?? null;
  const exports = instantiateOn(simdAdamModuleBytes(), memory);
  const fn = (exports?.adam as SimdAdam | undefined) ?? null;
  instances.set(memory, fn);
  return fn;
}
