import { describe, expect, it } from 'vitest';
import {
  pageOf,
  selectImages,
  type PredictionTable,
} from '../../../../../src-main/engine/inspect/gallery-query';

// Six test images: true labels, guesses and confidences written out by hand.
const table: PredictionTable = {
  labels: [0, 0, 6, 6, 6, 1],
  predicted: [0, 6, 0, 6, 0, 1],
  confidence: [0.9, 0.55, 0.97, 0.6, 0.4, 0.99],
};

describe('gallery selection of test images', () => {
  it('keeps every image in dataset order without a filter', () => {
    expect(selectImages(table, {})).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('selects exactly one confusion-matrix cell by true and predicted class', () => {
    expect(selectImages(table, { trueLabel: 6, predictedLabel: 0 })).toEqual([2, 4]);
    expect(selectImages(table, { trueLabel: 0, predictedLabel: 6 })).toEqual([1]);
    expect(selectImages(table, { trueLabel: 1, predictedLabel: 0 })).toEqual([]);
  });

  it('filters right and wrong answers, alone or with a class', () => {
    expect(selectImages(table, { correctness: 'wrong' })).toEqual([1, 2, 4]);
    expect(selectImages(table, { correctness: 'correct' })).toEqual([0, 3, 5]);
    expect(selectImages(table, { correctness: 'wrong', trueLabel: 6 })).toEqual([2, 4]);
    expect(selectImages(table, { correctness: 'all', predictedLabel: 0 })).toEqual([0, 2, 4]);
  });

  it('puts the most confident mistakes first', () => {
    expect(selectImages(table, { correctness: 'wrong' }, 'confidence-desc')).toEqual([2, 1, 4]);
    expect(selectImages(table, { correctness: 'wrong' }, 'confidence-asc')).toEqual([4, 1, 2]);
  });

  it('breaks confidence ties by dataset order so pages are stable', () => {
    const tied: PredictionTable = {
      labels: [1, 1, 1],
      predicted: [1, 1, 1],
      confidence: [0.5, 0.8, 0.5],
    };
    expect(selectImages(tied, {}, 'confidence-desc')).toEqual([1, 0, 2]);
    expect(selectImages(tied, {}, 'confidence-asc')).toEqual([0, 2, 1]);
  });

  it('pages through a list and gives an empty page past the end', () => {
    const items = [10, 11, 12, 13, 14];
    expect(pageOf(items, 0, 2)).toEqual([10, 11]);
    expect(pageOf(items, 4, 2)).toEqual([14]);
    expect(pageOf(items, 9, 2)).toEqual([]);
  });
});
