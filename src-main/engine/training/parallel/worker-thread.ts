import { Worker } from 'node:worker_threads';
import type { Plan } from './layout';
import { createThreadParts, type ControlSlots, type ParallelKernels } from './thread-parts';

/** What a worker thread is started with (structured-cloned; memory and module are shared). */
export interface WorkerData {
  module: object;
  memory: { buffer: ArrayBufferLike };
  control: SharedArrayBuffer;
  plan: Plan;
  slots: ControlSlots;
  thread: number;
}

interface WasmInstancing {
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

/**
 * A worker's life: instantiate the module on the shared memory, then for every step the main
 * thread starts, its rows' gradients and its share of the update, meeting the other threads at
 * two barriers. Runs from its source text inside the worker, so it is self-contained too.
 */
function workerMain(data: WorkerData, createParts: typeof createThreadParts): void {
  const { slots, thread } = data;
  const control = new Int32Array(data.control);
  let seen = 0;
  try {
    const wasm = (globalThis as unknown as { WebAssembly: WasmInstancing }).WebAssembly;
    const instance = new wasm.Instance(data.module, { env: { memory: data.memory } });
    const kernels = instance.exports as unknown as ParallelKernels;
    const parts = createParts(kernels, data.memory.buffer, data.plan, control, slots);
    for (;;) {
      parts.waitChange(slots.go, seen, true);
      seen = Atomics.load(control, slots.go);
      if (Atomics.load(control, slots.stop) !== 0) return;
      parts.forwardBackward(thread);
      parts.barrier();
      parts.gradientsAndUpdate(thread);
      parts.barrier();
    }
  } catch (error) {
    Atomics.store(control, slots.failed, 1);
    Atomics.notify(control, slots.generation);
    throw error;
  }
}

/**
 * The worker's program as source text, so it needs no file of its own (the engine runs from
 * TypeScript sources under tsx and from a bundle in the desktop app). `__name` is the helper
 * esbuild's keepNames (tsx) wraps named functions in.
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
var __name = (target) => target;
const createThreadParts = ${String(createThreadParts)};
(${String(workerMain)})(workerData, createThreadParts);
`;

/** Starts one worker thread of the trainer; errors reach the main thread as the `failed` slot. */
export function startWorker(data: WorkerData): Worker {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: data, execArgv: [] });
  worker.on('error', () => {
    // Already reported through the control block, which the main thread is waiting on.
  });
  worker.unref();
  return worker;
}
