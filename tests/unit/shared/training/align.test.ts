import { describe, expect, it } from 'vitest';
import { alignSeries, countPoints } from '../../../../src-shared/training/align';

describe('alignSeries (overlay on one x axis)', () => {
  it('joins series sampled at different x values, null where one has no point', () => {
    const batches = { x: [0.25, 0.5, 0.75, 1], y: [2, 1.5, 1.2, 1] };
    const epochs = { x: [1], y: [1.1] };
    const other = { x: [0.5, 1.5], y: [3, 2] };
    const aligned = alignSeries([batches, epochs, other]);
    expect(aligned.x).toEqual([0.25, 0.5, 0.75, 1, 1.5]);
    expect(aligned.ys[0]).toEqual([2, 1.5, 1.2, 1, null]);
    expect(aligned.ys[1]).toEqual([null, null, null, 1.1, null]);
    expect(aligned.ys[2]).toEqual([null, 3, null, null, 2]);
  });

  it('turns non-finite values into gaps', () => {
    const aligned = alignSeries([{ x: [1, 2, 3], y: [1, Number.NaN, Number.POSITIVE_INFINITY] }]);
    expect(aligned.ys[0]).toEqual([1, null, null]);
  });

  it('handles no series and empty series', () => {
    expect(alignSeries([])).toEqual({ x: [], ys: [] });
    expect(alignSeries([{ x: [], y: [] }])).toEqual({ x: [], ys: [[]] });
  });

  it('counts only drawable points', () => {
    expect(countPoints([{ x: [1, 2], y: [1, Number.NaN] }, { x: [1], y: [4] }])).toBe(2);
  });
});
