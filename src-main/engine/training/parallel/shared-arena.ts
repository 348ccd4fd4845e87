import { createSharedMemory, instantiateModule } from '../../kernels/wasm-asm';
import type { ParallelKernels } from './thread-parts';

/** A shared memory with the trainer's module instantiated on it for the main thread. */
export interface Arena {
  memory: { buffer: ArrayBufferLike };
  kernels: ParallelKernels;
  /** Gives the arena back for the next run. */
  release(): void;
}

let kept: { memory: { buffer: ArrayBufferLike }; kernels: ParallelKernels } | null = null;
let inUse = false;

/**
 * A zeroed arena of at least `bytes` for `module`. The engine trains one run at a time, so the
 * last run's memory is kept and handed out again: V8 counts little of a shared memory towards
 * its collection heuristics, and a new ~50 MB memory per run measured ~40 MB of resident memory
 * gained per run until a collection happened to run. A trainer that asks while another holds
 * the arena gets a memory of its own.
 */
export function takeArena(module: object, bytes: number): Arena | null {
  const reuse = !inUse && kept !== null && kept.memory.buffer.byteLength >= bytes;
  if (reuse && kept) {
    new Uint8Array(kept.memory.buffer, 0, bytes).fill(0);
    inUse = true;
    return { ...kept, release: () => (inUse = false) };
  }
  const memory = createSharedMemory(bytes);
  const kernels = memory && instantiateModule(module, memory);
  if (!memory || !kernels) return null;
  const made = { memory, kernels: kernels as unknown as ParallelKernels };
  if (inUse) return { ...made, release: () => undefined };
  kept = made;
  inUse = true;
  return { ...made, release: () => (inUse = false) };
}
