import * as tf from '@tensorflow/tfjs';
import type { LayerBuilder } from './types';
import { kernelInitializer } from './initializers';

/** `tf.layers.dense` with the node's units, activation, bias and kernel initializer. */
export const buildDense: LayerBuilder<'dense'> = (params, ctx) =>
  tf.layers.dense({
    name: ctx.name,
    units: params.units,
    activation: params.activation,
    useBias: params.useBias,
    kernelInitializer: kernelInitializer(params.kernelInitializer, ctx.seed),
    biasInitializer: 'zeros',
    ...(ctx.inputShape ? { inputShape: ctx.inputShape } : {}),
  });
