import { describe, expect, it } from 'vitest';
import { parallelModule } from '../../../../../src-main/engine/kernels/parallel-module';
import { takeArena } from '../../../../../src-main/engine/training/parallel/shared-arena';

describe('takeArena', () => {
  const compiled = parallelModule();
  if (!compiled) throw new Error('SIMD with shared memory is not available');

  it('hands the same memory to the next run, zeroed, and a fresh one while it is taken', () => {
    const first = takeArena(compiled.module, 1 << 20);
    if (!first) throw new Error('no arena');
    new Uint8Array(first.memory.buffer).fill(7, 0, 4096);

    const meanwhile = takeArena(compiled.module, 1 << 16);
    expect(meanwhile?.memory).not.toBe(first.memory);
    meanwhile?.release();

    first.release();
    const again = takeArena(compiled.module, 1 << 19);
    expect(again?.memory).toBe(first.memory);
    expect(new Uint8Array(first.memory.buffer, 0, 4096).every((b) => b === 0)).toBe(true);
    again?.release();
  });

  it('makes a larger memory when the kept one is too small', () => {
    const small = takeArena(compiled.module, 1 << 16);
    small?.release();
    const large = takeArena(compiled.module, 4 << 20);
    expect(large?.memory.buffer.byteLength).toBeGreaterThanOrEqual(4 << 20);
    large?.release();
  });
});
