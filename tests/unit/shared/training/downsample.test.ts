import { describe, expect, it } from 'vitest';
import { halve, lttbIndices, pick } from '../../../../src-shared/training/downsample';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('LTTB downsampling', () => {
  it('keeps every point when there are no more than asked for', () => {
    expect(lttbIndices([0, 1, 2], [5, 6, 7], 10)).toEqual([0, 1, 2]);
  });

  it('returns at most the asked number of ascending indices, first and last included', () => {
    const xs = range(1000);
    const ys = xs.map((x) => Math.sin(x / 20));
    const picked = lttbIndices(xs, ys, 50);
    expect(picked.length).toBe(50);
    expect(picked[0]).toBe(0);
    expect(picked[picked.length - 1]).toBe(999);
    for (let i = 1; i < picked.length; i += 1) expect(picked[i]).toBeGreaterThan(picked[i - 1] as number);
  });

  it('keeps a single spike that uniform striding would miss', () => {
    const xs = range(1000);
    const ys = xs.map((x) => (x === 333 ? 10 : 1));
    expect(lttbIndices(xs, ys, 20)).toContain(333);
  });

  it('handles tiny targets', () => {
    expect(lttbIndices(range(10), range(10), 2)).toEqual([0, 9]);
    expect(lttbIndices(range(10), range(10), 1)).toEqual([9]);
    expect(lttbIndices(range(10), range(10), 0)).toEqual([]);
  });

  it('picks companion values at the chosen indices', () => {
    expect(pick(['a', 'b', 'c', 'd'], [0, 3])).toEqual(['a', 'd']);
  });
});

describe('halve', () => {
  it('averages neighbouring pairs and keeps an odd last value', () => {
    expect(halve([1, 3, 5, 7, 9])).toEqual([2, 6, 9]);
    expect(halve([])).toEqual([]);
  });
});
