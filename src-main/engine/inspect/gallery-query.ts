import type { GalleryFilter, GallerySort } from '../../../src-shared/protocol/inspect-types';

/** Per-image outcome on the test set: the columns the gallery filters and sorts on. */
export interface PredictionTable {
  labels: ArrayLike<number>;
  predicted: ArrayLike<number>;
  confidence: ArrayLike<number>;
}

/** True when image `i` passes every part of the filter. */
function matches(table: PredictionTable, i: number, filter: GalleryFilter): boolean {
  const label = table.labels[i];
  const guess = table.predicted[i];
  if (filter.trueLabel !== undefined && label !== filter.trueLabel) return false;
  if (filter.predictedLabel !== undefined && guess !== filter.predictedLabel) return false;
  if (filter.correctness === 'correct' && label !== guess) return false;
  if (filter.correctness === 'wrong' && label === guess) return false;
  return true;
}

/**
 * Indices of the images that pass `filter`, in `sort` order. Ties in confidence keep dataset
 * order, so pages never shuffle between requests.
 */
export function selectImages(
  table: PredictionTable,
  filter: GalleryFilter,
  sort: GallerySort = 'index',
): number[] {
  const count = Math.min(table.labels.length, table.predicted.length, table.confidence.length);
  const selected: number[] = [];
  for (let i = 0; i < count; i++) if (matches(table, i, filter)) selected.push(i);
  if (sort === 'index') return selected;
  const direction = sort === 'confidence-desc' ? -1 : 1;
  return selected.sort((a, b) => {
    const diff = (table.confidence[a] ?? 0) - (table.confidence[b] ?? 0);
    return diff !== 0 ? direction * diff : a - b;
  });
}

/** One page of a list; offsets past the end give an empty page. */
export function pageOf<T>(items: readonly T[], offset: number, limit: number): T[] {
  return items.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit));
}
