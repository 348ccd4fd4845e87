import * as tf from '@tensorflow/tfjs';
import { seededValues } from '../kernels/kernel-test-utils';

export interface HiddenSpec {
  units?: number;
  activation?: string;
  useBias?: boolean;
  dropout?: number;
}

/** Small Flatten → Dense… → softmax models with seeded weights, compiled like the engine's. */
export function chainModel(
  hidden: HiddenSpec[],
  optimizer: tf.Optimizer,
  options: { inputShape?: number[]; classes?: number; seed?: number; weightScale?: number } = {},
): tf.Sequential {
  const layers: tf.layers.Layer[] = [
    tf.layers.flatten({ inputShape: options.inputShape ?? [3, 4] }),
  ];
  for (const spec of hidden) {
    if (spec.dropout !== undefined) {
      layers.push(tf.layers.dropout({ rate: spec.dropout }));
      continue;
    }
    layers.push(
      tf.layers.dense({
        units: spec.units ?? 6,
        activation: (spec.activation ?? 'relu') as 'relu',
        useBias: spec.useBias ?? true,
      }),
    );
  }
  layers.push(tf.layers.dense({ units: options.classes ?? 5, activation: 'softmax' }));
  const model = tf.sequential({ layers });
  const seed = options.seed ?? 40;
  model.setWeights(
    model.getWeights().map((w, i) =>
      tf.tensor(
        seededValues(w.size, seed + i).map((v) => v * (options.weightScale ?? 1)),
        w.shape,
      ),
    ),
  );
  model.compile({ optimizer, loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

/** A seeded batch for `chainModel`: inputs in [0, 1) and labels 0 … classes − 1. */
export function chainBatch(
  batch: number,
  options: { inputShape?: number[]; classes?: number; seed?: number } = {},
): { x: tf.Tensor; y: tf.Tensor } {
  const shape = options.inputShape ?? [3, 4];
  const size = shape.reduce((p, d) => p * d, 1);
  const values = seededValues(batch * size, options.seed ?? 7).map((v) => (v + 1) / 2);
  const classes = options.classes ?? 5;
  const labels = Float32Array.from({ length: batch }, (_, i) => (i * 3) % classes);
  return { x: tf.tensor(values, [batch, ...shape]), y: tf.tensor1d(labels) };
}

/** Every weight of the model as plain arrays. */
export async function weightsOf(model: tf.LayersModel): Promise<Float32Array[]> {
  return Promise.all(model.getWeights().map(async (w) => Float32Array.from(await w.data())));
}
