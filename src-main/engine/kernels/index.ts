import type { BackendName } from '../../../src-shared/protocol';
import { adamUpdateConfig } from './adam-update';
import { installKernel, restoreStockKernels } from './kernel-swap';
import { wasmConv2DBackpropFilterConfig } from './wasm-conv2d-backprop-filter';
import { wasmConv2DBackpropInputConfig } from './wasm-conv2d-backprop-input';
import { wasmBatchMatMulConfig, wasmFusedMatMulConfig } from './wasm-mat-mul';
import { wasmGatherV2Config } from './wasm-gather';
import { wasmMaxPoolGradConfig } from './wasm-max-pool-grad';
import { wasmSliceConfig } from './wasm-slice';
import { wasmDenseBackwardConfig, wasmDenseForwardConfig } from './wasm-dense';
import { wasmSoftmaxCrossEntropyConfig } from './wasm-softmax-cross-entropy';
import { wasmGatherImagesConfig } from './wasm-gather-images';

/**
 * Registers Camadas' own kernels for the active backend (faster or missing ones, e.g. wasm's
 * transposed BatchMatMul, Conv2DBackpropFilter, fused Adam). Called once by backend selection; each
 * kernel is checked against the cpu backend in tests/unit/main/engine/kernels. Calling it again
 * is harmless.
 */
export function registerCustomKernels(backend: BackendName): void {
  if (backend === 'wasm') {
    installKernel(wasmBatchMatMulConfig());
    installKernel(wasmFusedMatMulConfig());
    installKernel(wasmConv2DBackpropFilterConfig());
    installKernel(wasmConv2DBackpropInputConfig());
    installKernel(wasmMaxPoolGradConfig());
    installKernel(wasmGatherV2Config());
    installKernel(wasmSliceConfig());
    installKernel(wasmDenseForwardConfig());
    installKernel(wasmDenseBackwardConfig());
    installKernel(wasmSoftmaxCrossEntropyConfig());
    installKernel(wasmGatherImagesConfig());
  }
  if (backend === 'wasm' || backend === 'cpu') installKernel(adamUpdateConfig(backend));
}

/** Restores tfjs' stock kernels (benchmarks compare both; tests undo their changes). */
export function unregisterCustomKernels(): void {
  restoreStockKernels();
}

export { createAdamOptimizer, FusedAdamOptimizer } from './fused-adam';
export { DENSE_BACKWARD, DENSE_FORWARD } from './wasm-dense';
export type { DenseBackwardAttrs, DenseForwardAttrs } from './wasm-dense';
export { SOFTMAX_CROSS_ENTROPY } from './wasm-softmax-cross-entropy';
export { GATHER_IMAGES, stageImages } from './wasm-gather-images';
export type { GatherImagesAttrs } from './wasm-gather-images';
