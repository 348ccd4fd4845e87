import { Worker } from 'node:worker_threads';
import type { Plan } from './layout';
import { softmaxCrossEntropyRows } from '../../kernels/softmax-rows';
import { dropoutUniform } from './dropout-stream';
import {
  createThreadParts,
  type ControlSlots,
  type ParallelKernels,
  type ThreadHelpers,
} from './thread-parts';

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
function workerMain(
  data: WorkerData,
  createParts: typeof createThreadParts,
  helpers: ThreadHelpers,
  ready: () => void,
): void {
  const { slots, thread } = data;
  const control = new Int32Array(data.control);
  let seen = 0;
  try {
    const wasm = (globalThis as unknown as { WebAssembly: WasmInstancing }).WebAssembly;
    const instance = new wasm.Instance(data.module, { env: { memory: data.memory } });
    const kernels = instance.exports as unknown as ParallelKernels;
    const parts = createParts(kernels, data.memory.buffer, data.plan, control, slots, helpers);
    ready();
    for (;;) {
      parts.waitChange(slots.go, seen, true);
      seen = Atomics.load(control, slots.go);
      if (Atomics.load(control, slots.stop) !== 0) return;
      if (thread >= Atomics.load(control, slots.active)) continue;
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
const { workerData, parentPort } = require('node:worker_threads');
var __name = (target) => target;
const createThreadParts = ${String(createThreadParts)};
const helpers = {
  dropoutUniform: ${String(dropoutUniform)},
  softmaxCrossEntropyRows: ${String(softmaxCrossEntropyRows)},
};
(${String(workerMain)})(workerData, createThreadParts, helpers, () =>
  parentPort.postMessage('ready'),
);
`;

/** How long a worker may take to start and instantiate the module. */
const START_TIMEOUT_MS = 20_000;

/**
 * Starts one worker thread of the trainer and resolves once it is ready to take steps; rejects
 * when it cannot start (the caller then trains on fewer threads). Later errors reach the main
 * thread through the control block's `failed` slot.
 */
export function startWorker(data: WorkerData): Promise<Worker> {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: data, execArgv: [] });
  } catch (error) {
    // A runtime without worker threads (or one that refuses them) trains on one thread.
    const reason = error instanceof Error ? error.message : String(error);
    return Promise.reject(new Error(`A training thread could not start: ${reason}`));
  }
  worker.unref();
  return new Promise((resolve, reject) => {
    const fail = (reason: string): void => {
      clearTimeout(timer);
      void worker.terminate();
      reject(new Error(`A training thread could not start: ${reason}`));
    };
    const timer = setTimeout(() => fail('timed out'), START_TIMEOUT_MS);
    worker.once('message', () => {
      clearTimeout(timer);
      resolve(worker);
    });
    // Kept for the worker's whole life: an 'error' event without a listener would end the engine.
    worker.on('error', (error) => fail(error.message));
    worker.once('exit', (code) => fail(`exited with code ${code}`));
  });
}
