import * as tf from '@tensorflow/tfjs';
import type { LayerBuilder } from './types';

/**
 * `tf.layers.dropout`. No seed on purpose: tfjs reuses a layer's seed for every batch, which
 * would switch off the same units each time and defeat Dropout.
 */
export const buildDropout: LayerBuilder<'dropout'> = (params, ctx) =>
  tf.layers.dropout({ name: ctx.name, rate: params.rate, ...(ctx.inputShape ? { inputShape: ctx.inputShape } : {}) });
