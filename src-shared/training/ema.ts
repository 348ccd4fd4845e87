/** Default smoothing weight for batch curves: high enough to calm batch noise, low enough to follow trends. */
export const DEFAULT_EMA_WEIGHT = 0.9;

/**
 * Streaming exponential moving average, debiased like TensorBoard's so the first points are not
 * pulled toward zero. Non-finite values pass through as NaN and do not disturb the average.
 */
export class EmaSmoother {
  private accumulated = 0;
  private count = 0;

  constructor(private readonly weight: number = DEFAULT_EMA_WEIGHT) {
    if (!(weight >= 0 && weight < 1)) throw new RangeError('EMA weight must be in [0, 1)');
  }

  /** Feeds one value and returns the smoothed value at that point. */
  next(value: number): number {
    if (!Number.isFinite(value)) return Number.NaN;
    this.accumulated = this.accumulated * this.weight + (1 - this.weight) * value;
    this.count += 1;
    return this.accumulated / (1 - this.weight ** this.count);
  }

  /** Forgets every value seen so far. */
  reset(): void {
    this.accumulated = 0;
    this.count = 0;
  }
}

/** Smooths a whole series at once (same result as feeding an EmaSmoother point by point). */
export function emaSmooth(values: ArrayLike<number>, weight: number = DEFAULT_EMA_WEIGHT): number[] {
  const smoother = new EmaSmoother(weight);
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i += 1) out[i] = smoother.next(values[i] as number);
  return out;
}
