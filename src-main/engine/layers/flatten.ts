import * as tf from '@tensorflow/tfjs';
import type { LayerBuilder } from './types';

/** `tf.layers.flatten`: 28 × 28 → 784. */
export const buildFlatten: LayerBuilder<'flatten'> = (_params, ctx) =>
  tf.layers.flatten({ name: ctx.name, ...(ctx.inputShape ? { inputShape: ctx.inputShape } : {}) });
