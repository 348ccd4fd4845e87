import { describe, expect, it } from 'vitest';
import { toFloat32 } from '../../../../../src-main/engine/datasets';
import {
  parallelKernelFunctions,
  parallelModule,
} from '../../../../../src-main/engine/kernels/parallel-module';
import {
  assembleModule,
  createSharedMemory,
  instantiateModule,
} from '../../../../../src-main/engine/kernels/wasm-asm';
import { planLayout } from '../../../../../src-main/engine/training/parallel/layout';
import type { ParallelKernels } from '../../../../../src-main/engine/training/parallel/thread-parts';
import { seededValues } from './kernel-test-utils';

/** The module on a fresh shared memory of `bytes`, with typed views. */
function onSharedMemory(bytes: number) {
  const compiled = parallelModule();
  if (!compiled) throw new Error('SIMD with shared memory is not available');
  const memory = createSharedMemory(bytes);
  if (!memory) throw new Error('no shared memory');
  const kernels = instantiateModule(compiled.module, memory) as unknown as ParallelKernels;
  return { kernels, f32: new Float32Array(memory.buffer), u8: new Uint8Array(memory.buffer) };
}

describe('the parallel trainer’s module', () => {
  it('declares a shared memory import and validates with and without fused multiply-adds', () => {
    expect(
      WebAssembly.validate(assembleModule(parallelKernelFunctions(false), { shared: true })),
    ).toBe(true);
    // A shared-memory module cannot take a plain memory, and the other way round.
    const plain = new WebAssembly.Memory({ initial: 1 });
    const compiled = parallelModule();
    expect(compiled).not.toBeNull();
    expect(instantiateModule(compiled?.module as object, plain)).toBeNull();
  });

  it('turns every byte value into the same float toFloat32 gives', () => {
    const { kernels, f32, u8 } = onSharedMemory(1 << 16);
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    u8.set(bytes, 64);
    kernels.bytesToFloats(64, 1024, 256 / 4);
    expect(Array.from(f32.subarray(256, 256 + 256))).toEqual(Array.from(toFloat32(bytes)));
  });

  it('adds a scaled vector as plain float32 arithmetic does', () => {
    const { kernels, f32 } = onSharedMemory(1 << 16);
    const a = seededValues(64, 1);
    const b = seededValues(64, 2);
    f32.set(a, 16);
    f32.set(b, 128);
    kernels.axpy(64, 512, -0.5, 64 / 4);
    const expected = Float32Array.from(a, (v, i) =>
      Math.fround(v + Math.fround(-0.5 * (b[i] as number))),
    );
    expect(Array.from(f32.subarray(16, 80))).toEqual(Array.from(expected));
  });
});

describe('planLayout', () => {
  const plan = planLayout(
    784,
    [
      { units: 100, relu: true, hasBias: true, dropout: 0.2 },
      { units: 10, relu: false, hasBias: false, dropout: 0 },
    ],
    30,
    2,
    50,
  );

  it('pads columns to 8 and rows to 4', () => {
    expect(plan.rowsPad).toBe(32);
    expect(plan.layers.map((l) => [l.inSize, l.unitsPad])).toEqual([
      [784, 104],
      [104, 16],
    ]);
    expect(plan.paramFloats).toBe(784 * 104 + 104 + 104 * 16);
  });

  it('gives every block its own cache-aligned bytes, none at address 0', () => {
    const blocks: Array<[number, number]> = [
      [plan.params, plan.paramFloats * 4],
      [plan.m, plan.paramFloats * 4],
      [plan.v, plan.paramFloats * 4],
      [plan.grads, plan.paramFloats * 4],
      [plan.layers[0]?.input ?? 0, 32 * 784 * 4],
      ...plan.layers.flatMap((l): Array<[number, number]> => [
        [l.output, 32 * l.unitsPad * 4],
        [l.dz, 32 * l.unitsPad * 4],
        ...(l.mask ? [[l.mask, 32 * l.unitsPad * 4] as [number, number]] : []),
        ...(l.dropped ? [[l.dropped, 32 * l.unitsPad * 4] as [number, number]] : []),
        ...(l.wT ? [[l.wT, l.unitsPad * l.inSize * 4] as [number, number]] : []),
        ...(l.dInput ? [[l.dInput, 32 * l.inSize * 4] as [number, number]] : []),
      ]),
      [plan.rowImages, 32 * 4],
      [plan.images, 50 * 784],
      [plan.labels, 32 * 4],
      [plan.stats, 2 * 2 * 4],
      [plan.scalars, 8 * 4],
    ];
    const sorted = [...blocks].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([start, size], i) => {
      expect(start).toBeGreaterThan(0);
      expect(start % 64).toBe(0);
      const next = sorted[i + 1];
      if (next) expect(start + size).toBeLessThanOrEqual(next[0]);
      else expect(start + size).toBeLessThanOrEqual(plan.totalBytes);
    });
    // The first layer needs no input gradient; the second masks through the first's Dropout
    // and ReLU, and reads its Dropout's output.
    expect(plan.layers[0]?.wT).toBe(0);
    expect(plan.layers[1]?.input).toBe(plan.layers[0]?.dropped);
    expect(plan.layers[1]?.mask).toBe(0);
    expect(plan.layers[1]?.dInput).toBeGreaterThan(0);
    expect(plan.layers[1]?.b).toBe(0);
  });
});
