/**
 * Just enough of a WebAssembly assembler to write Camadas' SIMD kernels as readable code:
 * instructions are byte arrays, control flow helpers nest them, `assembleModule` wraps functions
 * (all taking i32/f32 parameters) into a module that imports the tfjs wasm backend's memory.
 */

export type Code = number[];

export const I32 = 0x7f;
export const F32 = 0x7d;
export const V128 = 0x7b;
export type ValueType = typeof I32 | typeof F32 | typeof V128;

/** Unsigned LEB128. */
export function leb(n: number): Code {
  const out: Code = [];
  let rest = n >>> 0;
  do {
    let byte = rest & 0x7f;
    rest >>>= 7;
    if (rest !== 0) byte |= 0x80;
    out.push(byte);
  } while (rest !== 0);
  return out;
}

/** Signed LEB128 (i32.const immediates). */
export function sleb(n: number): Code {
  const out: Code = [];
  let rest = n | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const simdOp = (code: number): Code => [0xfd, ...leb(code)];
/** memarg: alignment exponent and constant byte offset. */
const memarg = (align: number, offset: number): Code => [align, ...leb(offset)];

export const op = {
  get: (i: number): Code => [0x20, ...leb(i)],
  set: (i: number): Code => [0x21, ...leb(i)],
  tee: (i: number): Code => [0x22, ...leb(i)],
  i32: (n: number): Code => [0x41, ...sleb(n)],
  f32: (x: number): Code => {
    const bytes = new Uint8Array(new Float32Array([x]).buffer);
    return [0x43, ...bytes];
  },
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32Mul: [0x6c],
  i32And: [0x71],
  i32Shl: [0x74],
  i32Eqz: [0x45],
  i32Ne: [0x47],
  i32LtU: [0x49],
  i32GeU: [0x4f],
  f32Load: (offset = 0): Code => [0x2a, ...memarg(2, offset)],
  f32Store: (offset = 0): Code => [0x38, ...memarg(2, offset)],
  f32Add: [0x92],
  f32Mul: [0x94],
  drop: [0x1a],
  brIf: (depth: number): Code => [0x0d, ...leb(depth)],
  br: (depth: number): Code => [0x0c, ...leb(depth)],
} as const;

export const v128 = {
  load: (offset = 0): Code => [...simdOp(0x00), ...memarg(2, offset)],
  load32Splat: (offset = 0): Code => [...simdOp(0x09), ...memarg(2, offset)],
  /** Four bytes into lane 0, the rest zero. */
  load32Zero: (offset = 0): Code => [...simdOp(0x5c), ...memarg(0, offset)],
  store: (offset = 0): Code => [...simdOp(0x0b), ...memarg(2, offset)],
  zero: (): Code => [...simdOp(0x0c), ...Array<number>(16).fill(0)],
  anyTrue: simdOp(0x53),
  and: simdOp(0x4e),
  f32x4Splat: simdOp(0x13),
  f32x4ExtractLane: (lane: number): Code => [...simdOp(0x1f), lane],
  f32x4Gt: simdOp(0x44),
  f32x4Add: simdOp(0xe4),
  f32x4Sub: simdOp(0xe5),
  f32x4Mul: simdOp(0xe6),
  f32x4Div: simdOp(0xe7),
  f32x4Max: simdOp(0xe9),
  f32x4Sqrt: simdOp(0xe3),
  i16x8ExtendLowI8x16U: simdOp(0x89),
  i32x4ExtendLowI16x8U: simdOp(0xa9),
  f32x4ConvertI32x4U: simdOp(0xfb),
  /** Relaxed SIMD: a·b + c, fused on hardware with FMA (validate before use). */
  f32x4RelaxedMadd: simdOp(0x105),
};

/** `if (condition) { then }` where the condition is an i32 already on the stack. */
export function ifThen(then: Code): Code {
  return [0x04, 0x40, ...then, 0x0b];
}

/**
 * `for (i = start; i < limit; i += step) body` with i32 locals; `body` must leave the stack
 * empty and may not branch out of the loop.
 */
export function forRange(i: number, start: Code, limit: Code, step: number, body: Code): Code {
  return [
    ...start,
    ...op.set(i),
    0x02,
    0x40, // block
    0x03,
    0x40, // loop
    ...op.get(i),
    ...limit,
    ...op.i32GeU,
    ...op.brIf(1),
    ...body,
    ...op.get(i),
    ...op.i32(step),
    ...op.i32Add,
    ...op.set(i),
    ...op.br(0),
    0x0b,
    0x0b,
  ];
}

/** `do { body; counter -= 1 } while (counter != 0)`: runs at least once. */
export function repeat(counter: number, body: Code): Code {
  return [
    0x03,
    0x40,
    ...body,
    ...op.get(counter),
    ...op.i32(1),
    ...op.i32Sub,
    ...op.tee(counter),
    ...op.brIf(0),
    0x0b,
  ];
}

export interface WasmFunction {
  name: string;
  params: ValueType[];
  /** Extra locals by type, in declaration order (indices continue after the parameters). */
  locals: Array<[count: number, type: ValueType]>;
  body: Code;
}

const section = (id: number, content: Code): Code => [id, ...leb(content.length), ...content];
const name = (s: string): Code => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
const vector = (items: Code[]): Code => [...leb(items.length), ...items.flat()];

/** Page limits a shared memory import declares: any size the trainer may ask for. */
const SHARED_MAX_PAGES = 65536;

/**
 * A module exporting `functions` (no results), importing `env.memory` — a shared memory when
 * `shared` (threads then run the same module on the same memory).
 */
export function assembleModule(
  functions: WasmFunction[],
  { shared = false }: { shared?: boolean } = {},
): Uint8Array<ArrayBuffer> {
  const memoryLimits = shared ? [0x03, ...leb(1), ...leb(SHARED_MAX_PAGES)] : [0x00, 0x01];
  const types = functions.map((f) => [0x60, ...vector(f.params.map((t) => [t])), 0]);
  const bodies = functions.map((f) => {
    const code = [
      ...vector(f.locals.map(([count, type]) => [...leb(count), type])),
      ...f.body,
      0x0b,
    ];
    return [...leb(code.length), ...code];
  });
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector(types)),
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, ...memoryLimits]])),
    ...section(3, vector(functions.map((_, i) => leb(i)))),
    ...section(7, vector(functions.map((f, i) => [...name(f.name), 0x00, ...leb(i)]))),
    ...section(10, vector(bodies)),
  ]);
}

/** The slice of the WebAssembly JS API used here (this project's Node typings lack it). */
interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => {
    buffer: ArrayBufferLike;
  };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}
const wasmApi = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

/** The memory of a tfjs wasm backend instance, or null when it is not reachable. */
export function backendMemory(backend: { wasm: unknown }): object | null {
  const memory = (backend.wasm as { asm?: { memory?: unknown } }).asm?.memory;
  if (!wasmApi || !(memory instanceof wasmApi.Memory)) return null;
  return memory;
}

/** Instantiates module bytes on a memory; null when SIMD or the module is not supported. */
export function instantiateOn(bytes: Uint8Array, memory: object): Record<string, unknown> | null {
  if (!wasmApi) return null;
  try {
    if (!wasmApi.validate(bytes)) return null;
    return new wasmApi.Instance(new wasmApi.Module(bytes), { env: { memory } }).exports;
  } catch {
    return null;
  }
}

/** A shared memory of `bytes` (whole pages, fixed size), or null where threads are unsupported. */
export function createSharedMemory(bytes: number): { buffer: ArrayBufferLike } | null {
  if (!wasmApi) return null;
  const pages = Math.ceil(bytes / 65536);
  try {
    return new wasmApi.Memory({ initial: pages, maximum: pages, shared: true });
  } catch {
    return null;
  }
}

/** Compiles module bytes (to instantiate on several threads); null when they do not validate. */
export function compileModule(bytes: Uint8Array): object | null {
  if (!wasmApi) return null;
  try {
    return wasmApi.validate(bytes) ? new wasmApi.Module(bytes) : null;
  } catch {
    return null;
  }
}

/** Instantiates a compiled module on a memory; null when that fails. */
export function instantiateModule(module: object, memory: object): Record<string, unknown> | null {
  if (!wasmApi) return null;
  try {
    return new wasmApi.Instance(module, { env: { memory } }).exports;
  } catch {
    return null;
  }
}
