import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import path from 'node:path';
import { appError, type BackendName } from '../../src-shared/protocol';
import { registerCustomKernels } from './kernels';

/**
 * The ONE place the tfjs backend is chosen: tfjs-node if it loads, else wasm, else cpu.
 * `CAMADAS_BACKEND` (or an explicit argument) forces one; a forced backend that cannot start is
 * an error (BACKEND_UNAVAILABLE), never a silent fallback.
 */

export const BACKEND_NAMES: readonly BackendName[] = ['tensorflow', 'wasm', 'cpu'];

const requireHere = createRequire(import.meta.url);
let selected: BackendName | null = null;

/** True when `value` names a backend the engine knows. */
export function isBackendName(value: unknown): value is BackendName {
  return typeof value === 'string' && (BACKEND_NAMES as readonly string[]).includes(value);
}

/** The backend chosen by `selectBackend`, or null before it ran. */
export function activeBackend(): BackendName | null {
  return selected;
}

/** Directory holding the wasm backend's .wasm files (overridable for packaged apps). */
export function wasmDistDir(): string {
  const override = process.env.CAMADAS_WASM_DIR;
  if (override) return override;
  return path.dirname(requireHere.resolve('@tensorflow/tfjs-backend-wasm'));
}

async function tryTensorflow(): Promise<boolean> {
  try {
    // A variable specifier keeps bundlers and tsc from requiring the optional package.
    const specifier = '@tensorflow/tfjs-node';
    await import(/* @vite-ignore */ specifier);
    return await tf.setBackend('tensorflow');
  } catch {
    return false;
  }
}

let wasmPathsSet = false;
async function tryWasm(): Promise<boolean> {
  try {
    if (!wasmPathsSet) {
      setWasmPaths(wasmDistDir() + path.sep);
      wasmPathsSet = true;
    }
    return await tf.setBackend('wasm');
  } catch {
    return false;
  }
}

async function tryCpu(): Promise<boolean> {
  try {
    return await tf.setBackend('cpu');
  } catch {
    return false;
  }
}

const ATTEMPTS: Record<BackendName, () => Promise<boolean>> = {
  tensorflow: tryTensorflow,
  wasm: tryWasm,
  cpu: tryCpu,
};

/** Reads CAMADAS_BACKEND; an unknown value is an error rather than being ignored. */
function forcedFromEnv(): BackendName | undefined {
  const raw = process.env.CAMADAS_BACKEND?.trim();
  if (!raw) return undefined;
  if (isBackendName(raw)) return raw;
  throw appError('BACKEND_UNAVAILABLE', `CAMADAS_BACKEND="${raw}" is not a backend (use ${BACKEND_NAMES.join(', ')}).`, {
    params: { backend: raw },
    hint: `Set CAMADAS_BACKEND to one of ${BACKEND_NAMES.join(', ')}, or unset it.`,
  });
}

/**
 * Picks and initialises the backend, registers Camadas' custom kernels for it and returns its
 * name. Throws an AppError (BACKEND_UNAVAILABLE) when a forced backend cannot start.
 */
export async function selectBackend(forced?: BackendName): Promise<BackendName> {
  const wanted = forced ?? forcedFromEnv();
  if (selected !== null && (wanted === undefined || wanted === selected)) return selected;
  // Silences tfjs' console hints (e.g. "install tfjs-node") that would pollute CLI output.
  tf.env().set('PROD', true);
  const order = wanted ? [wanted] : BACKEND_NAMES;
  for (const name of order) {
    if (await ATTEMPTS[name]()) {
      await tf.ready();
      registerCustomKernels(name);
      selected = name;
      return name;
    }
  }
  const backend = wanted ?? 'cpu';
  throw appError('BACKEND_UNAVAILABLE', `The "${backend}" backend could not be started.`, {
    params: { backend },
    hint: 'Choose another backend (wasm or cpu) or install @tensorflow/tfjs-node.',
  });
}
