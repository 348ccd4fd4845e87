import type * as tf from '@tensorflow/tfjs';

/**
 * Frees a model and its optimizer state. tfjs' `model.dispose()` leaves an optimizer passed as
 * an object (ours always are) alive, with Adam's moment variables; this frees both, once.
 */
export function disposeModel(model: tf.LayersModel): void {
  const optimizer = (model as { optimizer?: tf.Optimizer }).optimizer;
  try {
    model.dispose();
  } catch {
    // Already disposed: nothing left to free.
  }
  optimizer?.dispose();
}
