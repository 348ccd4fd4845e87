import { describe, expect, it } from 'vitest';
import { EmaSmoother, emaSmooth } from '../../../../src-shared/training/ema';

describe('EMA smoothing', () => {
  it('starts at the first value instead of being pulled toward zero (debiased)', () => {
    expect(emaSmooth([2.3, 2.3, 2.3], 0.9)).toEqual([2.3, 2.3, 2.3].map((v) => expect.closeTo(v, 10)));
  });

  it('follows a step change gradually, moving toward the new level', () => {
    const smoothed = emaSmooth([1, 1, 1, 1, 0, 0, 0, 0], 0.5);
    expect(smoothed[3]).toBeCloseTo(1, 10);
    for (let i = 4; i < 8; i += 1) {
      expect(smoothed[i]).toBeLessThan(smoothed[i - 1] as number);
      expect(smoothed[i]).toBeGreaterThan(0);
    }
  });

  it('with weight 0 returns the raw values', () => {
    expect(emaSmooth([3, 1, 4, 1, 5], 0)).toEqual([3, 1, 4, 1, 5]);
  });

  it('gives the same result streamed point by point as over the whole series', () => {
    const values = [0.9, 0.7, 0.8, 0.4, 0.5, 0.3];
    const smoother = new EmaSmoother(0.8);
    expect(values.map((v) => smoother.next(v))).toEqual(emaSmooth(values, 0.8));
  });

  it('passes NaN through as a gap without poisoning later values', () => {
    const smoothed = emaSmooth([1, Number.NaN, 1], 0.5);
    expect(smoothed[1]).toBeNaN();
    expect(smoothed[2]).toBeCloseTo(1, 10);
  });

  it('refuses weights outside [0, 1)', () => {
    expect(() => new EmaSmoother(1)).toThrow(RangeError);
    expect(() => new EmaSmoother(-0.1)).toThrow(RangeError);
  });
});
