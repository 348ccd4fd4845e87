import type * as tf from '@tensorflow/tfjs';
import { argmax } from '../../../src-shared/metrics/classification';
import type {
  GalleryFilter,
  GalleryPage,
  GallerySort,
} from '../../../src-shared/protocol/inspect-types';
import type { ImageSet } from '../datasets/types';
import { predictProbabilities } from '../evaluate';
import type { RunRecord } from '../runs';
import { pageOf, selectImages, type PredictionTable } from './gallery-query';

/** A model's outcome on every test image, kept while the model lives. */
export interface TestPredictions extends PredictionTable {
  labels: Uint8Array;
  predicted: Uint8Array;
  confidence: Float32Array;
  /** `count × classes` probabilities. */
  probabilities: Float32Array;
  classes: number;
}

// Keyed by the model object: a released run's entry goes away with its model.
const cache = new WeakMap<tf.LayersModel, Promise<TestPredictions>>();

async function compute(run: RunRecord, test: ImageSet): Promise<TestPredictions> {
  const probabilities = await predictProbabilities(
    run.model,
    test.images,
    test.count,
    test.rows,
    test.cols,
  );
  const classes = test.count > 0 ? probabilities.length / test.count : 0;
  // The evaluation's own predictions, when there are any, so the gallery agrees with its matrix.
  const known =
    run.predictions !== null && run.predictions.length === test.count ? run.predictions : null;
  const predicted = new Uint8Array(test.count);
  const confidence = new Float32Array(test.count);
  for (let i = 0; i < test.count; i++) {
    const guess = known?.[i] ?? argmax(probabilities, i * classes, classes);
    predicted[i] = guess;
    confidence[i] = probabilities[i * classes + guess] ?? 0;
  }
  return {
    labels: test.labels.subarray(0, test.count),
    predicted,
    confidence,
    probabilities,
    classes,
  };
}

/** The run's predictions on the test set, computed once per model. */
export function testPredictions(run: RunRecord, test: ImageSet): Promise<TestPredictions> {
  let pending = cache.get(run.model);
  if (pending === undefined) {
    pending = compute(run, test);
    cache.set(run.model, pending);
    // A failure must not stick: the next request tries again.
    pending.catch(() => cache.delete(run.model));
  }
  return pending;
}

export interface GalleryQuery extends GalleryFilter {
  offset: number;
  limit: number;
  sort?: GallerySort;
}

/** One gallery page: the matching test images with their pixels and probabilities. */
export function galleryPage(
  table: TestPredictions,
  test: ImageSet,
  query: GalleryQuery,
): GalleryPage {
  const selected = selectImages(table, query, query.sort ?? 'index');
  const pixels = test.rows * test.cols;
  const items = pageOf(selected, query.offset, query.limit).map((index) => ({
    index,
    label: table.labels[index] ?? 0,
    predicted: table.predicted[index] ?? 0,
    confidence: table.confidence[index] ?? 0,
    probabilities: Array.from(
      table.probabilities.subarray(index * table.classes, (index + 1) * table.classes),
    ),
    pixels: Array.from(test.images.subarray(index * pixels, (index + 1) * pixels)),
  }));
  return { total: selected.length, items };
}
