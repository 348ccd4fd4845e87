import { describe, expect, it } from 'vitest';
import {
  accuracy,
  accuracyFromMatrix,
  argmax,
  confusionMatrix,
  perClassMetrics,
} from '../../../../src-shared/metrics/classification';

describe('classification metrics', () => {
  // 3 classes; truth/prediction pairs chosen by hand:
  // class 0: 0→0, 0→0, 0→1   class 1: 1→1, 1→2   class 2: 2→2, 2→0, 2→2, 2→2
  const labels = [0, 0, 0, 1, 1, 2, 2, 2, 2];
  const predictions = [0, 0, 1, 1, 2, 2, 0, 2, 2];

  it('counts matrix[true][predicted]', () => {
    expect(confusionMatrix(labels, predictions, 3)).toEqual([
      [2, 1, 0],
      [0, 1, 1],
      [1, 0, 3],
    ]);
  });

  it('computes accuracy from pairs and from the matrix alike', () => {
    expect(accuracy(labels, predictions)).toBeCloseTo(6 / 9);
    expect(accuracyFromMatrix(confusionMatrix(labels, predictions, 3))).toBeCloseTo(6 / 9);
  });

  it('computes precision, recall, F1 and support per class', () => {
    const metrics = perClassMetrics(confusionMatrix(labels, predictions, 3));
    // class 0: predicted 3 times (2 right) → precision 2/3; 3 present → recall 2/3
    expect(metrics[0]?.precision).toBeCloseTo(2 / 3);
    expect(metrics[0]?.recall).toBeCloseTo(2 / 3);
    expect(metrics[0]?.f1).toBeCloseTo(2 / 3);
    expect(metrics[0]?.support).toBe(3);
    // class 1: predicted 2 times (1 right), 2 present
    expect(metrics[1]?.precision).toBeCloseTo(1 / 2);
    expect(metrics[1]?.recall).toBeCloseTo(1 / 2);
    // class 2: predicted 4 times (3 right), 4 present
    expect(metrics[2]?.precision).toBeCloseTo(3 / 4);
    expect(metrics[2]?.recall).toBeCloseTo(3 / 4);
    expect(metrics[2]?.support).toBe(4);
  });

  it('gives 0 rather than NaN for a class never predicted or never present', () => {
    const metrics = perClassMetrics(confusionMatrix([0, 0], [0, 0], 3));
    expect(metrics[1]).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(metrics[0]).toEqual({ precision: 1, recall: 1, f1: 1, support: 2 });
  });

  it('skips labels outside the class range and rejects mismatched lengths', () => {
    expect(confusionMatrix([0, 5, 1], [0, 1, 9], 2)).toEqual([
      [1, 0],
      [0, 0],
    ]);
    expect(() => confusionMatrix([0], [0, 1], 2)).toThrow(RangeError);
  });

  it('works on typed arrays and finds the argmax within a row', () => {
    expect(confusionMatrix(new Uint8Array([1, 1]), new Uint8Array([1, 0]), 2)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    const rows = new Float32Array([0.1, 0.7, 0.2, 0.5, 0.2, 0.3]);
    expect(argmax(rows, 0, 3)).toBe(1);
    expect(argmax(rows, 3, 3)).toBe(0);
    expect(accuracy([], [])).toBe(0);
  });
});
