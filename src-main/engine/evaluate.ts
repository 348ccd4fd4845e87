import * as tf from '@tensorflow/tfjs';
import type { Evaluation } from '../../src-shared/protocol/engine-types';
import { accuracy, argmax, confusionMatrix, perClassMetrics } from '../../src-shared/metrics/classification';
import type { ImageSet } from './datasets/types';
import { toFloat32 } from './datasets';

/** Keras clips probabilities by this before taking logs, and so does tfjs. */
const EPSILON = 1e-7;
/** Images per forward pass: bounded memory, few kernel launches. */
const CHUNK = 1000;

/** An evaluation plus the per-image details the inspect views need. */
export interface EvaluationDetail {
  evaluation: Evaluation;
  /** Predicted class per image. */
  predicted: Uint8Array;
  /** Probability of the predicted class per image. */
  confidence: Float32Array;
}

/** Runs a model over byte images in chunks and returns its class probabilities, `count × classes`. */
export async function predictProbabilities(model: tf.LayersModel, images: Uint8Array, count: number, rows = 28, cols = 28): Promise<Float32Array> {
  const pixels = rows * cols;
  let out: Float32Array | null = null;
  let classes = 0;
  for (let start = 0; start < count; start += CHUNK) {
    const end = Math.min(count, start + CHUNK);
    const floats = toFloat32(images.subarray(start * pixels, end * pixels));
    const probs = tf.tidy(() => model.predict(tf.tensor3d(floats, [end - start, rows, cols])) as tf.Tensor);
    try {
      const values = (await probs.data()) as Float32Array;
      classes = probs.shape[1] ?? 1;
      out ??= new Float32Array(count * classes);
      out.set(values, start * classes);
    } finally {
      probs.dispose();
    }
  }
  return out ?? new Float32Array(0);
}

/**
 * Evaluates a model on a labelled image set (the 10,000 test images): loss as Keras computes
 * sparse categorical cross-entropy, accuracy, confusion matrix and per-class metrics.
 */
export async function evaluateModel(model: tf.LayersModel, set: ImageSet, limit = set.count): Promise<EvaluationDetail> {
  const count = Math.min(limit, set.count);
  const probabilities = await predictProbabilities(model, set.images, count, set.rows, set.cols);
  const classes = count > 0 ? probabilities.length / count : 0;
  const predicted = new Uint8Array(count);
  const confidence = new Float32Array(count);
  let lossSum = 0;
  for (let i = 0; i < count; i++) {
    const guess = argmax(probabilities, i * classes, classes);
    predicted[i] = guess;
    confidence[i] = probabilities[i * classes + guess] ?? 0;
    const truth = probabilities[i * classes + (set.labels[i] ?? 0)] ?? 0;
    lossSum -= Math.log(Math.min(1 - EPSILON, Math.max(EPSILON, truth)));
  }
  const labels = set.labels.subarray(0, count);
  const matrix = confusionMatrix(labels, predicted, classes);
  return {
    evaluation: {
      testLoss: count > 0 ? lossSum / count : 0,
      testAccuracy: accuracy(labels, predicted),
      sampleCount: count,
      confusionMatrix: matrix,
      perClass: perClassMetrics(matrix),
    },
    predicted,
    confidence,
  };
}
