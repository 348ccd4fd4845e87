import * as tf from '@tensorflow/tfjs';
import type { Hyperparameters } from '../../../src-shared/graph/document';
import type { ImageSet } from '../datasets/types';
import { toFloat32 } from '../datasets';
import type { LoopData } from './loop';

/** The tensors one run trains on; `dispose` frees all of them. */
export interface TrainingData extends LoopData {
  trainCount: number;
  valCount: number;
  dispose(): void;
}

/**
 * How many images are used and where validation starts. Like Keras' `validation_split`, the
 * validation images are the LAST fraction of the (possibly limited) training set, taken before
 * any shuffling.
 */
export function splitCounts(available: number, hp: Pick<Hyperparameters, 'trainLimit' | 'validationSplit'>): {
  used: number;
  trainCount: number;
  valCount: number;
} {
  const used = Math.min(available, hp.trainLimit ?? available);
  const trainCount = Math.floor(used * (1 - hp.validationSplit));
  return { used, trainCount, valCount: used - trainCount };
}

/** Images `[start, end)` of a set as a `[n, rows, cols]` float tensor in [0, 1] and a label tensor. */
export function imageTensors(set: ImageSet, start: number, end: number): { x: tf.Tensor; y: tf.Tensor } {
  const pixels = set.rows * set.cols;
  // Normalised once per run in JS, then handed to the backend: no per-batch conversion.
  const floats = toFloat32(set.images.subarray(start * pixels, end * pixels));
  const x = tf.tensor3d(floats, [end - start, set.rows, set.cols], 'float32');
  const y = tf.tensor1d(Float32Array.from(set.labels.subarray(start, end)), 'float32');
  return { x, y };
}

/** Builds the train and validation tensors for a run from the byte images. */
export function prepareTrainingData(train: ImageSet, hp: Hyperparameters): TrainingData {
  const { used, trainCount, valCount } = splitCounts(train.count, hp);
  const trainPart = imageTensors(train, 0, trainCount);
  const valPart = valCount > 0 ? imageTensors(train, trainCount, used) : null;
  return {
    trainX: trainPart.x,
    trainY: trainPart.y,
    valX: valPart?.x ?? null,
    valY: valPart?.y ?? null,
    trainCount,
    valCount,
    dispose() {
      tf.dispose([trainPart.x, trainPart.y, ...(valPart ? [valPart.x, valPart.y] : [])]);
    },
  };
}
