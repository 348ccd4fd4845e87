/** Where the rows of one softmax cross-entropy live on a float32 heap (indices in floats). */
export interface SoftmaxRows {
  logitsAt: number;
  gradAt: number;
  /** Floats from one row to the next (≥ classes; the rest of a row is padding, set to 0). */
  width: number;
  classes: number;
  /** Real rows of the batch: the gradient's divisor; rows from here on get a zero gradient. */
  rows: number;
  /** The rows this call handles, [from, to). */
  from: number;
  to: number;
}

/**
 * Softmax, Keras' sparse categorical cross-entropy and its gradient at the logits for rows
 * [from, to): the gradient (softmax − one-hot) / rows — zero for a row whose true-class
 * probability Keras clips to [1e-7, 1 − 1e-7], as `fit` gives it — the summed loss (−log of the
 * clipped probability) and the number of rows whose arg-max (first maximum wins, as tf.argMax)
 * is the label. Self-contained: worker threads run it from its source text.
 */
export function softmaxCrossEntropyRows(
  h: Float32Array,
  at: SoftmaxRows,
  labelOf: (row: number) => number,
): { lossSum: number; correct: number } {
  // The clipping bounds as the float32 values tfjs compares with.
  const EPSILON = Math.fround(1e-7);
  const ONE_MINUS_EPSILON = Math.fround(1 - 1e-7);
  const { width, classes, rows } = at;
  let lossSum = 0;
  let correct = 0;
  for (let r = at.from; r < at.to; r++) {
    const z = at.logitsAt + r * width;
    const d = at.gradAt + r * width;
    if (r >= rows) {
      h.fill(0, d, d + width);
      continue;
    }
    const label = labelOf(r);
    let max = -Infinity;
    let best = 0;
    for (let j = 0; j < classes; j++) {
      const value = h[z + j] as number;
      if (value > max) {
        max = value;
        best = j;
      }
    }
    if (best === label) correct++;
    // One exponential per logit: kept in the gradient row, then scaled in place.
    let sum = 0;
    for (let j = 0; j < classes; j++) {
      const e = Math.exp((h[z + j] as number) - max);
      h[d + j] = e;
      sum += e;
    }
    const truth = (h[d + label] as number) / sum;
    lossSum -= Math.log(Math.min(ONE_MINUS_EPSILON, Math.max(EPSILON, truth)));
    // Keras clips the probability before the log: a clipped row has no gradient at all.
    const clipped = !(truth >= EPSILON && truth <= ONE_MINUS_EPSILON);
    for (let j = 0; j < classes; j++) {
      const p = (h[d + j] as number) / sum;
      h[d + j] = clipped ? 0 : (p - (j === label ? 1 : 0)) / rows;
    }
    h.fill(0, d + classes, d + width);
    // NaN logits never win the arg-max; make sure they still poison the loss.
    if (Number.isNaN(sum)) lossSum = Number.NaN;
  }
  return { lossSum, correct };
}
