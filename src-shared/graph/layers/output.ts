import type { LayerSpec } from '../layer-spec';
import { KERNEL_INITIALIZERS, type KernelInitializer } from '../options';
import { denseOutcome } from './dense-math';

export interface OutputParams {
  useBias: boolean;
  kernelInitializer: KernelInitializer;
}

/**
 * The final Dense layer: one unit per class with softmax, so its outputs are probabilities that
 * add up to 1. Units come from the dataset and cannot be edited.
 */
export const outputLayer: LayerSpec<'output', OutputParams> = {
  kind: 'output',
  i18nKey: 'layers.output',
  kerasClass: 'Dense',
  icon: '◎',
  defaults: { useBias: true, kernelInitializer: 'glorotUniform' },
  params: [
    { name: 'useBias', type: 'boolean' },
    { name: 'kernelInitializer', type: 'choice', options: KERNEL_INITIALIZERS },
  ],
  role: 'output',
  infer: (input, params, { dataset }) => denseOutcome(input, dataset.classCount, params.useBias),
};
