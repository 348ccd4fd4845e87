import * as tf from '@tensorflow/tfjs';
import type { LayerBuilder } from './types';
import { kernelInitializer } from './initializers';

/** The final Dense: one softmax unit per class of the dataset. */
export const buildOutput: LayerBuilder<'output'> = (params, ctx) =>
  tf.layers.dense({
    name: ctx.name,
    units: ctx.dataset.classCount,
    activation: 'softmax',
    useBias: params.useBias,
    kernelInitializer: kernelInitializer(params.kernelInitializer, ctx.seed),
    biasInitializer: 'zeros',
    ...(ctx.inputShape ? { inputShape: ctx.inputShape } : {}),
  });
