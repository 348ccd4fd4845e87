/** A confusion matrix, `matrix[true][predicted]` counts. */
export type Matrix = readonly (readonly number[])[];

/** One kind of mistake and how often it happened. */
export interface ConfusedPair {
  trueLabel: number;
  predictedLabel: number;
  count: number;
}

/** Each row divided by its sum (a row with no images stays all zeros). */
export function rowNormalise(matrix: Matrix): number[][] {
  return matrix.map((row) => {
    const sum = row.reduce((a, b) => a + b, 0);
    return row.map((count) => (sum === 0 ? 0 : count / sum));
  });
}

/** The sum of every cell: the number of images the matrix counts. */
export function matrixTotal(matrix: Matrix): number {
  return matrix.reduce((total, row) => total + row.reduce((a, b) => a + b, 0), 0);
}

/** The sum of the diagonal: the right answers. */
export function diagonalTotal(matrix: Matrix): number {
  return matrix.reduce((total, row, i) => total + (row[i] ?? 0), 0);
}

/** The largest cell value, for scaling colours (1 for an empty matrix, to avoid dividing by 0). */
export function matrixMax(matrix: Matrix): number {
  return Math.max(1, ...matrix.flatMap((row) => row));
}

/**
 * The off-diagonal cells from most to least frequent ("Shirt mistaken for T-shirt/top: 143"),
 * empty cells left out; ties keep row-then-column order so the list is stable.
 */
export function mostConfusedPairs(matrix: Matrix, limit = 5): ConfusedPair[] {
  const pairs: ConfusedPair[] = [];
  matrix.forEach((row, trueLabel) =>
    row.forEach((count, predictedLabel) => {
      if (trueLabel !== predictedLabel && count > 0)
        pairs.push({ trueLabel, predictedLabel, count });
    }),
  );
  return pairs.sort((a, b) => b.count - a.count).slice(0, Math.max(0, limit));
}
