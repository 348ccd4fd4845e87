import type * as tf from '@tensorflow/tfjs';
import type { ImageSet } from '../datasets/types';
import { predictProbabilities } from '../evaluate';

/** Keras clips probabilities by this before taking logs. */
const EPSILON = 1e-7;

/**
 * Mean sparse categorical cross-entropy and accuracy of the model on an image set, in inference
 * mode (Dropout off), batched like `predict`: the figures `fit` reports as val_loss and val_acc.
 */
export async function validationMetrics(
  model: tf.LayersModel,
  set: ImageSet,
): Promise<{ loss: number; accuracy: number }> {
  const { count } = set;
  if (count === 0) return { loss: Number.NaN, accuracy: Number.NaN };
  const probabilities = await predictProbabilities(model, set.images, count, set.rows, set.cols);
  const classes = probabilities.length / count;
  let lossSum = 0;
  let correct = 0;
  for (let i = 0; i < count; i++) {
    const row = i * classes;
    const label = set.labels[i] as number;
    let best = 0;
    let bestValue = -Infinity;
    for (let c = 0; c < classes; c++) {
      const p = probabilities[row + c] as number;
      if (p > bestValue) {
        bestValue = p;
        best = c;
      }
    }
    if (best === label) correct++;
    const truth = probabilities[row + label] as number;
    lossSum -= Math.log(Math.min(1 - EPSILON, Math.max(EPSILON, truth)));
  }
  return { loss: lossSum / count, accuracy: correct / count };
}
