import * as tf from '@tensorflow/tfjs';

/** One optimizer step on a batch; returns the batch's mean loss and accuracy (caller frees). */
export type TrainStep = (x: tf.Tensor, y: tf.Tensor) => { loss: tf.Scalar; accuracy: tf.Scalar };

interface WithTrainFunction {
  makeTrainFunction(): (data: tf.Tensor[]) => tf.Scalar[];
}

/**
 * The step `model.fit` takes, from the model's own (protected) train function: forward in
 * training mode, the compiled loss and metric, regularisers, one `optimizer.minimize`. Works for
 * any compiled single-input, single-output model with one metric (accuracy).
 */
export function modelTrainStep(model: tf.LayersModel): TrainStep {
  // A Sequential compiles and trains the functional model it wraps.
  const compiled =
    model instanceof tf.Sequential ? (model as unknown as { model: tf.LayersModel }).model : model;
  const trainFunction = (compiled as unknown as WithTrainFunction).makeTrainFunction();
  return (x, y) => {
    const [loss, accuracy] = tf.tidy(() => trainFunction([x, y]));
    if (!loss || !accuracy) throw new Error('The model was compiled without the accuracy metric.');
    return { loss, accuracy };
  };
}
