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

/** keras.io's simple MNIST convnet, the peer's `cnn`: Conv(32,3) → Pool → Conv(64,3) → Pool → Dropout → Dense. */
export function buildSmallCnn(optimizer: tf.Optimizer = tf.train.adam(1e-3)): tf.Sequential {
  const model = tf.sequential({
    layers: [
      tf.layers.reshape({ targetShape: [28, 28, 1], inputShape: [28, 28] }),
      tf.layers.conv2d({ filters: 32, kernelSize: 3, activation: 'relu' }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({ filters: 64, kernelSize: 3, activation: 'relu' }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dropout({ rate: 0.5 }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer, loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}
