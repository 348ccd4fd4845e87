import * as tf from '@tensorflow/tfjs';
import type { Hyperparameters } from '../../../src-shared/graph/document';
import type { ImageSet } from '../datasets/types';
import { toFloat32 } from '../datasets';

/**
 * How many images are used and where validation starts. Like Keras' `validation_split`, the
 * validation images are the LAST fraction of the (possibly limited) training set, taken before
 * any shuffling.
 */
export function splitCounts(
  available: number,
  hp: Pick<Hyperparameters, 'trainLimit' | 'validationSplit'>,
): {
  used: number;
  trainCount: number;
  valCount: number;
} {
  const used = Math.min(available, hp.trainLimit ?? available);
  const trainCount = Math.floor(used * (1 - hp.validationSplit));
  return { used, trainCount, valCount: used - trainCount };
}

/** Images `[start, end)` of a set as a `[n, rows, cols]` float tensor in [0, 1] and a label tensor. */
export function imageTensors(
  set: ImageSet,
  start: number,
  end: number,
): { x: tf.Tensor; y: tf.Tensor } {
  const pixels = set.rows * set.cols;
  const floats = toFloat32(set.images.subarray(start * pixels, end * pixels));
  const x = tf.tensor3d(floats, [end - start, set.rows, set.cols], 'float32');
  const y = tf.tensor1d(Float32Array.from(set.labels.subarray(start, end)), 'float32');
  return { x, y };
}

/** Images `[start, end)` of a set as an ImageSet sharing its bytes (no copy). */
export function imageRange(set: ImageSet, start: number, end: number): ImageSet {
  const pixels = set.rows * set.cols;
  return {
    images: set.images.subarray(start * pixels, end * pixels),
    labels: set.labels.subarray(start, end),
    count: end - start,
    rows: set.rows,
    cols: set.cols,
  };
}
