import { CurveBuffer, type BatchPoint } from '../../src-shared/training/curve-buffer';

type Listener = () => void;

/**
 * The live run's per-batch curve, kept outside React: batch events append here and charts
 * subscribe, redrawing on their own animation frame instead of through a React render.
 */
export class LiveCurve {
  readonly buffer = new CurveBuffer();
  /** The run the buffer belongs to; null between runs. */
  runId: string | null = null;
  private readonly listeners = new Set<Listener>();

  /** Starts over for a new run. */
  reset(runId: string | null): void {
    this.runId = runId;
    this.buffer.clear();
    this.notify();
  }

  append(point: BatchPoint): void {
    this.buffer.append(point);
    this.notify();
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The window's live curve. */
export const liveCurve = new LiveCurve();
