import { DEFAULT_EMA_WEIGHT, EmaSmoother } from './ema';
import { halve } from './downsample';

/** One per-batch reading, placed on the x axis in (fractional) epochs. */
export interface BatchPoint {
  x: number;
  loss: number;
  accuracy: number;
}

/** The arrays a chart draws: raw batch values and their EMA-smoothed companions. */
export interface CurveSnapshot {
  readonly x: readonly number[];
  readonly loss: readonly number[];
  readonly accuracy: readonly number[];
  readonly lossSmooth: readonly number[];
  readonly accuracySmooth: readonly number[];
}

export interface CurveBufferOptions {
  /** When this many points are held, neighbours are averaged pairwise to halve the buffer. */
  maxPoints?: number;
  emaWeight?: number;
}

/**
 * Growing per-batch curve for live charts. Appending is O(1) and never touches React; a chart
 * polls `version` once per animation frame and redraws only when it changed. Memory stays
 * bounded: a full buffer halves itself, so a long run keeps its shape at coarser resolution.
 */
export class CurveBuffer {
  private x: number[] = [];
  private loss: number[] = [];
  private accuracy: number[] = [];
  private lossSmooth: number[] = [];
  private accuracySmooth: number[] = [];
  private lossEma: EmaSmoother;
  private accuracyEma: EmaSmoother;
  private readonly maxPoints: number;
  private readonly emaWeight: number;
  /** Raw readings averaged into one stored point; doubles at each compaction to keep resolution even. */
  private stride = 1;
  private pending = { x: 0, loss: 0, accuracy: 0, count: 0 };
  /** Bumps on every change, so readers can skip work when nothing happened. */
  version = 0;

  constructor(options: CurveBufferOptions = {}) {
    this.maxPoints = Math.max(4, options.maxPoints ?? 4000);
    this.emaWeight = options.emaWeight ?? DEFAULT_EMA_WEIGHT;
    this.lossEma = new EmaSmoother(this.emaWeight);
    this.accuracyEma = new EmaSmoother(this.emaWeight);
  }

  get length(): number {
    return this.x.length;
  }

  /** Adds one batch reading; points must arrive in increasing x. */
  append(point: BatchPoint): void {
    const last = this.pending.count > 0 ? this.pending.x / this.pending.count : this.x[this.x.length - 1];
    if (last !== undefined && point.x < last) return;
    const p = this.pending;
    p.x += point.x;
    p.loss += point.loss;
    p.accuracy += point.accuracy;
    p.count += 1;
    if (p.count < this.stride) return;
    this.push(p.x / p.count, p.loss / p.count, p.accuracy / p.count);
    this.pending = { x: 0, loss: 0, accuracy: 0, count: 0 };
    if (this.x.length >= this.maxPoints) this.compact();
    this.version += 1;
  }

  private push(x: number, loss: number, accuracy: number): void {
    this.x.push(x);
    this.loss.push(loss);
    this.accuracy.push(accuracy);
    this.lossSmooth.push(this.lossEma.next(loss));
    this.accuracySmooth.push(this.accuracyEma.next(accuracy));
  }

  /** The current arrays, shared (not copied): read them, never mutate them. */
  snapshot(): CurveSnapshot {
    return {
      x: this.x,
      loss: this.loss,
      accuracy: this.accuracy,
      lossSmooth: this.lossSmooth,
      accuracySmooth: this.accuracySmooth,
    };
  }

  /** Empties the buffer for a new run. */
  clear(): void {
    this.x = [];
    this.loss = [];
    this.accuracy = [];
    this.stride = 1;
    this.pending = { x: 0, loss: 0, accuracy: 0, count: 0 };
    this.resmooth();
    this.version += 1;
  }

  private compact(): void {
    this.x = halve(this.x);
    this.loss = halve(this.loss);
    this.accuracy = halve(this.accuracy);
    this.stride *= 2;
    this.resmooth();
  }

  private resmooth(): void {
    this.lossEma = new EmaSmoother(this.emaWeight);
    this.accuracyEma = new EmaSmoother(this.emaWeight);
    this.lossSmooth = this.loss.map((v) => this.lossEma.next(v));
    this.accuracySmooth = this.accuracy.map((v) => this.accuracyEma.next(v));
  }
}
