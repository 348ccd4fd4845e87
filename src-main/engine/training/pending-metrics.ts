import * as tf from '@tensorflow/tfjs';

/** One batch's metrics once read back. */
export interface BatchRecord {
  batch: number;
  size: number;
  loss: number;
  accuracy: number;
}

interface Pending {
  batch: number;
  size: number;
  loss: tf.Scalar;
  accuracy: tf.Scalar;
}

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

  /** Takes ownership of both scalars. */
  push(batch: number, size: number, loss: tf.Scalar, accuracy: tf.Scalar): void {
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
        loss: loss.dataSync()[0] ?? Number.NaN,
        accuracy: accuracy.dataSync()[0] ?? Number.NaN,
      }));
    } finally {
      tf.dispose(taken.flatMap((p) => [p.loss, p.accuracy]));
    }
  }

  /** Frees whatever is still pending (after an error). */
  dispose(): void {
    tf.dispose(this.pending.flatMap((p) => [p.loss, p.accuracy]));
    this.pending = [];
  }
}
