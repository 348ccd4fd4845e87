import * as tf from '@tensorflow/tfjs';
import type { ImageSet } from '../datasets/types';
import { toFloat32 } from '../datasets';
import { predictProbabilities } from '../evaluate';
import { denseChainOf, type DenseChain } from './dense-chain';
import { denseForward } from './dense-step';

/** Keras clips probabilities by this before taking logs. */
const EPSILON = 1e-7;
/** Images per forward pass of the validation. */
const CHUNK = 1024;

/**
 * Class probabilities of a Dense chain in inference mode (Dropout off), `count × classes`:
 * the same layers `predict` runs, through Camadas' Dense kernels where the backend has them.
 */
export async function chainProbabilities(chain: DenseChain, set: ImageSet): Promise<Float32Array> {
  const { count } = set;
  const pixels = chain.inputSize;
  const out = new Float32Array(count * chain.classes);
  for (let start = 0; start < count; start += CHUNK) {
    const end = Math.min(count, start + CHUNK);
    const floats = toFloat32(set.images.subarray(start * pixels, end * pixels));
    const probs = tf.tidy(() => {
      let a: tf.Tensor = tf.tensor2d(floats, [end - start, pixels]);
      for (const link of chain.hidden) if (link.kind === 'dense') a = denseForward(a, link);
      return denseForward(a, chain.output);
    });
    try {
      out.set((await probs.data()) as Float32Array, start * chain.classes);
    } finally {
      probs.dispose();
    }
  }
  return out;
}

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
  const chain = denseChainOf(model);
  const probabilities = chain
    ? await chainProbabilities(chain, set)
    : await predictProbabilities(model, set.images, count, set.rows, set.cols);
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
