import type { ClassMetrics } from '../../src-shared/protocol/engine-types';
import { matrixTotal, type Matrix } from './confusion';

/** One row of the per-class table. */
export interface PerClassRow extends ClassMetrics {
  label: number;
  /** One-vs-rest accuracy: share of all images for which "this class or not?" was right. */
  accuracy: number;
}

export type PerClassColumn = 'label' | 'precision' | 'recall' | 'f1' | 'accuracy' | 'support';
export type SortDirection = 'ascending' | 'descending';

/** The table's rows: the evaluation's metrics plus each class's one-vs-rest accuracy. */
export function perClassRows(matrix: Matrix, perClass: readonly ClassMetrics[]): PerClassRow[] {
  const total = matrixTotal(matrix);
  const predictedAs = matrix.map((_, cls) => matrix.reduce((sum, row) => sum + (row[cls] ?? 0), 0));
  return perClass.map((metrics, label) => {
    const truePositives = matrix[label]?.[label] ?? 0;
    const falsePositives = (predictedAs[label] ?? 0) - truePositives;
    const falseNegatives = metrics.support - truePositives;
    const trueNegatives = total - truePositives - falsePositives - falseNegatives;
    const accuracy = total === 0 ? 0 : (truePositives + trueNegatives) / total;
    return { label, ...metrics, accuracy };
  });
}

/** Rows sorted by one column; equal values keep class order. Sorting by class sorts by label. */
export function sortRows(
  rows: readonly PerClassRow[],
  column: PerClassColumn,
  direction: SortDirection,
): PerClassRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (a[column] - b[column]) || a.label - b.label);
}
