import * as tf from '@tensorflow/tfjs';

/** One batch's metrics once read back. */
export interface BatchRecord {
  batch: number;
  size: number;
  loss: number;
  accuracy: number;
}

/** A value already read back, or a scalar still on the backend. */
type Value = number | tf.Scalar;

interface Pending {
  batch: number;
  size: number;
  loss: Value;
  accuracy: Value;
}

const read = (value: Value): number =>
  typeof value === 'number' ? value : (value.dataSync()[0] ?? Number.NaN);
const tensorsOf = (pending: Pending[]): tf.Scalar[] =>
  pending.flatMap((p) => [p.loss, p.accuracy]).filter((v): v is tf.Scalar => typeof v !== 'number');

/**
 * Per-batch loss and accuracy scalars left on the backend until a few batches have gathered,
 * then read back together: the loop never waits on the backend for a single batch's numbers,
 * yet every batch's values are reported (so a NaN is found at the batch it appeared in).
 */
export class PendingMetrics {
  private pending: Pending[] = [];

  get length(): number {
    return this.pending.length;
  }

  /** Takes ownership of both values when they are scalars. */
  push(batch: number, size: number, loss: Value, accuracy: Value): void {
    this.pending.push({ batch, size, loss, accuracy });
  }

  /** Reads every pending batch's values in batch order and frees their tensors. */
  drain(): BatchRecord[] {
    const taken = this.pending;
    this.pending = [];
    try {
      return taken.map(({ batch, size, loss, accuracy }) => ({
        batch,
        size,
        loss: read(loss),
        accuracy: read(accuracy),
      }));
    } finally {
      tf.dispose(tensorsOf(taken));
    }
  }

  /** Frees whatever is still pending (after an error). */
  dispose(): void {
    tf.dispose(tensorsOf(this.pending));
    this.pending = [];
  }
}
