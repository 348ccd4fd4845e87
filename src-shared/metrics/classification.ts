import type { ClassMetrics } from '../protocol/engine-types';

/** Anything indexable by position: plain arrays and typed arrays alike. */
export type LabelList = ArrayLike<number>;

/**
 * Counts `matrix[true][predicted]` over paired labels and predictions. Labels outside
 * `[0, classCount)` are skipped rather than corrupting the matrix.
 */
export function confusionMatrix(labels: LabelList, predictions: LabelList, classCount: number): number[][] {
  if (labels.length !== predictions.length) {
    throw new RangeError(`labels (${labels.length}) and predictions (${predictions.length}) differ in length`);
  }
  const matrix = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  for (let i = 0; i < labels.length; i++) {
    const truth = labels[i] ?? -1;
    const guess = predictions[i] ?? -1;
    const row = matrix[truth];
    if (row === undefined || guess < 0 || guess >= classCount) continue;
    row[guess] = (row[guess] ?? 0) + 1;
  }
  return matrix;
}

/** Fraction of examples on the diagonal; 0 for an empty matrix. */
export function accuracyFromMatrix(matrix: readonly (readonly number[])[]): number {
  let correct = 0;
  let total = 0;
  matrix.forEach((row, truth) => {
    row.forEach((count, guess) => {
      total += count;
      if (truth === guess) correct += count;
    });
  });
  return total === 0 ? 0 : correct / total;
}

/** Fraction of positions where prediction equals label; 0 for empty input. */
export function accuracy(labels: LabelList, predictions: LabelList): number {
  if (labels.length === 0) return 0;
  let correct = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === predictions[i]) correct++;
  return correct / labels.length;
}

/**
 * Precision, recall, F1 and support per class. A class never predicted (or never present)
 * gets 0 rather than NaN, as scikit-learn does with `zero_division=0`.
 */
export function perClassMetrics(matrix: readonly (readonly number[])[]): ClassMetrics[] {
  const size = matrix.length;
  const predictedCounts = new Array<number>(size).fill(0);
  for (const row of matrix) row.forEach((count, guess) => (predictedCounts[guess] = (predictedCounts[guess] ?? 0) + count));
  return matrix.map((row, cls) => {
    const truePositives = row[cls] ?? 0;
    const support = row.reduce((sum, count) => sum + count, 0);
    const predicted = predictedCounts[cls] ?? 0;
    const precision = predicted === 0 ? 0 : truePositives / predicted;
    const recall = support === 0 ? 0 : truePositives / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, support };
  });
}

/** Index of the largest value in `values[offset, offset + length)`, relative to offset. */
export function argmax(values: LabelList, offset = 0, length = values.length - offset): number {
  let best = 0;
  let bestValue = -Infinity;
  for (let i = 0; i < length; i++) {
    const value = values[offset + i] ?? -Infinity;
    if (value > bestValue) {
      bestValue = value;
      best = i;
    }
  }
  return best;
}
