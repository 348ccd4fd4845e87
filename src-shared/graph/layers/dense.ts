import type { LayerSpec } from '../layer-spec';
import { ACTIVATIONS, KERNEL_INITIALIZERS, type Activation, type KernelInitializer } from '../options';
import { denseOutcome } from './dense-math';

export interface DenseParams {
  units: number;
  activation: Activation;
  useBias: boolean;
  kernelInitializer: KernelInitializer;
}

export const DENSE_UNITS_MIN = 1;
export const DENSE_UNITS_MAX = 8192;

/** Every input connected to every unit: the layer that learns. */
export const denseLayer: LayerSpec<'dense', DenseParams> = {
  kind: 'dense',
  i18nKey: 'layers.dense',
  kerasClass: 'Dense',
  icon: '◉',
  defaults: { units: 128, activation: 'relu', useBias: true, kernelInitializer: 'glorotUniform' },
  params: [
    { name: 'units', type: 'int', min: DENSE_UNITS_MIN, max: DENSE_UNITS_MAX },
    { name: 'activation', type: 'choice', options: ACTIVATIONS },
    { name: 'useBias', type: 'boolean' },
    { name: 'kernelInitializer', type: 'choice', options: KERNEL_INITIALIZERS },
  ],
  role: 'hidden',
  infer: (input, params) => denseOutcome(input, params.units, params.useBias),
};
