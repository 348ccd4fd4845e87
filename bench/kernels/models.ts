import * as tf from '@tensorflow/tfjs';

/** The course MLP (Flatten → Dense 128 relu → Dense 10 softmax), compiled as the course does. */
export function buildCourseMlp(optimizer: tf.Optimizer = tf.train.adam(1e-3)): tf.Sequential {
  const model = tf.sequential({
    layers: [
      tf.layers.flatten({ inputShape: [28, 28] }),
      tf.layers.dense({ units: 128, activation: 'relu' }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
  model.compile({
    optimizer,
    loss: 'sparseCategoricalCrossentropy',
    metrics: ['accuracy'],
  });
  return model;
}
