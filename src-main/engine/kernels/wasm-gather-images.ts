import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import {
  assembleModule,
  backendMemory,
  I32,
  instantiateOn,
  op,
  repeat,
  V128,
  v128,
  type Code,
  type WasmFunction,
} from './wasm-asm';
import type { WasmKernelArgs } from './wasm-helpers';

/**
 * Camadas' kernel (not a TensorFlow op name): a training batch gathered from byte images kept on
 * the wasm heap, each pixel converted to value / 255 on the way, sixteen at a time in SIMD. The
 * set's bytes are copied to the heap once (a quarter of a float copy); a batch then costs one
 * pass over its own pixels instead of a JavaScript conversion and a float upload.
 */
export const GATHER_IMAGES = 'CamadasGatherImages';

export interface GatherImagesAttrs {
  /** Heap address of the staged bytes (`stageImages`). */
  source: number;
  /** Image indices of the batch, in order. */
  indices: number[];
  rows: number;
  cols: number;
}

/** convert(src, dst, n16): n16 groups of 16 bytes at src → 16 floats each at dst, value / 255. */
function convertFunction(): WasmFunction {
  const P = { src: 0, dst: 1, n: 2 };
  const L = { bytes: 3, half: 4, scale: 5 };
  const extendLow16 = [0xfd, 0x89, 0x01]; // i16x8.extend_low_i8x16_u
  const extendHigh16 = [0xfd, 0x8a, 0x01]; // i16x8.extend_high_i8x16_u
  const extendLow32 = [0xfd, 0xa9, 0x01]; // i32x4.extend_low_i16x8_u
  const extendHigh32 = [0xfd, 0xaa, 0x01]; // i32x4.extend_high_i16x8_u
  const toFloat = [0xfd, 0xfb, 0x01]; // f32x4.convert_i32x4_u
  const quarter = (half: Code, part: Code, offset: number): Code => [
    ...op.get(P.dst),
    ...op.get(L.bytes),
    ...half,
    ...part,
    ...toFloat,
    ...op.get(L.scale),
    ...v128.f32x4Div,
    ...v128.store(offset),
  ];
  const body: Code = [
    ...op.f32(255),
    ...v128.f32x4Splat,
    ...op.set(L.scale),
    ...repeat(P.n, [
      ...op.get(P.src),
      ...v128.load(0),
      ...op.set(L.bytes),
      ...quarter(extendLow16, extendLow32, 0),
      ...quarter(extendLow16, extendHigh32, 16),
      ...quarter(extendHigh16, extendLow32, 32),
      ...quarter(extendHigh16, extendHigh32, 48),
      ...op.get(P.src),
      ...op.i32(16),
      ...op.i32Add,
      ...op.set(P.src),
      ...op.get(P.dst),
      ...op.i32(64),
      ...op.i32Add,
      ...op.set(P.dst),
    ]),
  ];
  return { name: 'convert', params: [I32, I32, I32], locals: [[3, V128]], body };
}

type Convert = (src: number, dst: number, n16: number) => void;
const instances = new WeakMap<object, Convert | null>();

/** The SIMD byte-to-float conversion bound to this backend's memory, or null. */
export function simdConvertFor(backend: BackendWasm): Convert | null {
  const memory = backendMemory(backend);
  if (!memory) return null;
  if (instances.has(memory)) return instances.get(memory) ?? null;
  const exports = instantiateOn(assembleModule([convertFunction()]), memory);
  const fn = (exports?.convert as Convert | undefined) ?? null;
  instances.set(memory, fn);
  return fn;
}

/** Copies byte images to the wasm heap; `free` releases them. */
export function stageImages(
  backend: BackendWasm,
  bytes: Uint8Array,
): { address: number; free(): void } {
  const address = backend.wasm._malloc(Math.max(1, bytes.length));
  backend.wasm.HEAPU8.set(bytes, address);
  return { address, free: () => backend.wasm._free(address) };
}

function gatherImages({ backend, attrs }: WasmKernelArgs): TensorInfo {
  const { source, indices, rows, cols } = attrs as unknown as GatherImagesAttrs;
  const pixels = rows * cols;
  const out = backend.makeOutput([indices.length, rows, cols], 'float32');
  const dst = backend.dataIdMap.get(out.dataId)?.memoryOffset ?? 0;
  const convert = simdConvertFor(backend);
  const simdPixels = convert ? pixels - (pixels % 16) : 0;
  const heapBytes = backend.wasm.HEAPU8;
  const heapFloats = new Float32Array(heapBytes.buffer);
  for (let row = 0; row < indices.length; row++) {
    const from = source + (indices[row] as number) * pixels;
    const to = dst + row * pixels * 4;
    if (convert && simdPixels > 0) convert(from, to, simdPixels / 16);
    for (let p = simdPixels; p < pixels; p++)
      heapFloats[(to >> 2) + p] = (heapBytes[from + p] as number) / 255;
  }
  return out;
}

/** The image gather kernel for the wasm backend. */
export function wasmGatherImagesConfig(): KernelConfig {
  return {
    kernelName: GATHER_IMAGES,
    backendName: 'wasm',
    kernelFunc: gatherImages as unknown as KernelFunc,
  };
}
