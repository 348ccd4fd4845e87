import { describe, expect, it } from 'vitest';
import { confusionMatrix, perClassMetrics } from '../../../../src-shared/metrics/classification';
import {
  diagonalTotal,
  matrixMax,
  matrixTotal,
  mostConfusedPairs,
  rowNormalise,
} from '../../../../src-renderer/inspect/confusion';
import { perClassRows, sortRows } from '../../../../src-renderer/inspect/per-class-rows';

// Three classes, nine images, worked out by hand:
//   true 0: predicted 0, 0, 1      true 1: predicted 1, 1, 1, 2      true 2: predicted 0, 0
const labels = [0, 0, 0, 1, 1, 1, 1, 2, 2];
const guesses = [0, 0, 1, 1, 1, 1, 2, 0, 0];
const matrix = confusionMatrix(labels, guesses, 3); // [[2,1,0],[0,3,1],[2,0,0]]

describe('confusion matrix helpers', () => {
  it('divides each row by its own total and leaves an empty row at zero', () => {
    expect(rowNormalise(matrix)).toEqual([
      [2 / 3, 1 / 3, 0],
      [0, 3 / 4, 1 / 4],
      [1, 0, 0],
    ]);
    expect(
      rowNormalise([
        [0, 0],
        [1, 3],
      ]),
    ).toEqual([
      [0, 0],
      [0.25, 0.75],
    ]);
  });

  it('counts all images and the right answers on the diagonal', () => {
    expect(matrixTotal(matrix)).toBe(9);
    expect(diagonalTotal(matrix)).toBe(5);
    expect(matrixMax(matrix)).toBe(3);
    expect(
      matrixMax([
        [0, 0],
        [0, 0],
      ]),
    ).toBe(1);
  });

  it('lists the most confused pairs, most frequent first, without the diagonal or empty cells', () => {
    expect(mostConfusedPairs(matrix)).toEqual([
      { trueLabel: 2, predictedLabel: 0, count: 2 },
      { trueLabel: 0, predictedLabel: 1, count: 1 },
      { trueLabel: 1, predictedLabel: 2, count: 1 },
    ]);
    expect(mostConfusedPairs(matrix, 1)).toHaveLength(1);
    expect(
      mostConfusedPairs([
        [5, 0],
        [0, 5],
      ]),
    ).toEqual([]);
  });
});

describe('per-class table rows', () => {
  const rows = perClassRows(matrix, perClassMetrics(matrix));

  it('adds one-vs-rest accuracy to precision, recall, F1 and support', () => {
    // Class 0: TP 2, FP 2 (the two 2s), FN 1, TN 4 → precision 0.5, recall 2/3, accuracy 6/9.
    expect(rows[0]?.precision).toBeCloseTo(0.5);
    expect(rows[0]?.recall).toBeCloseTo(2 / 3);
    expect(rows[0]?.accuracy).toBeCloseTo(6 / 9);
    expect(rows[0]?.support).toBe(3);
    // Class 2: never right; TP 0, FP 1, FN 2, TN 6.
    expect(rows[2]?.f1).toBe(0);
    expect(rows[2]?.accuracy).toBeCloseTo(6 / 9);
    // Class 1: TP 3, FP 1, FN 1, TN 4.
    expect(rows[1]?.accuracy).toBeCloseTo(7 / 9);
  });

  it('sorts by any column either way, ties kept in class order', () => {
    expect(sortRows(rows, 'f1', 'descending').map((r) => r.label)).toEqual([1, 0, 2]);
    expect(sortRows(rows, 'support', 'ascending').map((r) => r.label)).toEqual([2, 0, 1]);
    expect(sortRows(rows, 'accuracy', 'ascending').map((r) => r.label)).toEqual([0, 2, 1]);
    expect(sortRows(rows, 'label', 'descending').map((r) => r.label)).toEqual([2, 1, 0]);
  });
});
