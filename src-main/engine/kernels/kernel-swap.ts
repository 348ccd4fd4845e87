import * as tf from '@tensorflow/tfjs';
import type { KernelBackend, KernelConfig } from '@tensorflow/tfjs';

/** What was registered before Camadas replaced a kernel; null when tfjs had none. */
const originals = new Map<string, KernelConfig | null>();

const keyOf = (kernelName: string, backendName: string): string => `${backendName}/${kernelName}`;

function lookup(kernelName: string, backendName: string): KernelConfig | null {
  return tf.getKernel(kernelName, backendName) ?? null;
}

/**
 * The kernel tfjs itself registered (before any replacement), or null when it has none.
 * Replacement kernels delegate to it for the cases they do not speed up.
 */
export function stockKernel(kernelName: string, backendName: string): KernelConfig | null {
  const key = keyOf(kernelName, backendName);
  return originals.has(key) ? (originals.get(key) ?? null) : lookup(kernelName, backendName);
}

/** An initialised backend instance, without initialising one as tf.findBackend would. */
function initialisedBackend(backendName: string): KernelBackend | null {
  return tf.engine().registry[backendName] ?? null;
}

/**
 * Registers `config` in place of whatever is registered for its kernel and backend, remembering
 * the stock kernel once so that it can be restored. Runs the setup function at once when the
 * backend is already initialised, because tfjs only runs setup functions on setBackend.
 */
export function installKernel(config: KernelConfig): void {
  const key = keyOf(config.kernelName, config.backendName);
  if (!originals.has(key)) originals.set(key, lookup(config.kernelName, config.backendName));
  if (lookup(config.kernelName, config.backendName))
    tf.unregisterKernel(config.kernelName, config.backendName);
  tf.registerKernel(config);
  const backend = initialisedBackend(config.backendName);
  if (backend && config.setupFunc) config.setupFunc(backend);
}

/** Puts back every stock kernel replaced by installKernel and removes the ones tfjs lacked. */
export function restoreStockKernels(): void {
  for (const [key, original] of originals) {
    const slash = key.indexOf('/');
    const backendName = key.slice(0, slash);
    const kernelName = key.slice(slash + 1);
    if (lookup(kernelName, backendName)) tf.unregisterKernel(kernelName, backendName);
    if (original) tf.registerKernel(original);
  }
  originals.clear();
}

/** Whether a Camadas kernel currently replaces (or adds) this kernel. */
export function isReplaced(kernelName: string, backendName: string): boolean {
  return originals.has(keyOf(kernelName, backendName));
}
