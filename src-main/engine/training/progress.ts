import type { BatchMetrics, EpochMetrics } from '../../../src-shared/protocol/engine-types';

/** At most this many batch events per second reach the UI. */
export const BATCH_EVENTS_PER_SECOND = 20;

/** Monotonic milliseconds. */
export const now = (): number => performance.now();

/**
 * Turns raw batch/epoch callbacks into the metrics the UI shows: throughput, elapsed time and
 * an ETA over all remaining epochs; and decides which batches are worth an event.
 */
export class ProgressTracker {
  private startedAt: number;
  private epochStartedAt: number;
  private samplesThisEpoch = 0;
  private samplesTotal = 0;
  private lastBatchEventAt = -Infinity;
  private readonly minEventGapMs: number;

  constructor(
    private readonly epochs: number,
    private readonly trainSamples: number,
    private readonly batchSize: number,
    eventsPerSecond = BATCH_EVENTS_PER_SECOND,
    private readonly clock: () => number = now,
  ) {
    this.minEventGapMs = 1000 / eventsPerSecond;
    this.startedAt = clock();
    this.epochStartedAt = this.startedAt;
  }

  get batchesPerEpoch(): number {
    return Math.ceil(this.trainSamples / this.batchSize);
  }

  /** Training samples processed so far, across epochs. */
  get samplesSeen(): number {
    return this.samplesTotal;
  }

  /** Milliseconds since training started. */
  elapsedMs(): number {
    return this.clock() - this.startedAt;
  }

  /** Average training throughput since the start. */
  samplesPerSecond(): number {
    const seconds = this.elapsedMs() / 1000;
    return seconds > 0 ? this.samplesTotal / seconds : 0;
  }

  /** Restarts the clock: throughput and elapsed time count from here (after data preparation). */
  start(): void {
    this.startedAt = this.clock();
    this.epochStartedAt = this.startedAt;
  }

  startEpoch(): void {
    this.epochStartedAt = this.clock();
    this.samplesThisEpoch = 0;
  }

  /** Records one finished batch of `size` samples. */
  addBatch(size: number): void {
    this.samplesThisEpoch += size;
    this.samplesTotal += size;
  }

  private epochSamplesPerSecond(): number {
    const seconds = (this.clock() - this.epochStartedAt) / 1000;
    return seconds > 0 ? this.samplesThisEpoch / seconds : 0;
  }

  private etaMs(): number {
    const rate = this.samplesPerSecond();
    const remaining = this.epochs * this.trainSamples - this.samplesTotal;
    return rate > 0 ? Math.max(0, (remaining / rate) * 1000) : 0;
  }

  /** True when enough time passed since the last batch event (always true for the last batch). */
  shouldEmitBatch(batch: number): boolean {
    const t = this.clock();
    if (batch !== this.batchesPerEpoch - 1 && t - this.lastBatchEventAt < this.minEventGapMs)
      return false;
    this.lastBatchEventAt = t;
    return true;
  }

  batchMetrics(epoch: number, batch: number, loss: number, accuracy: number): BatchMetrics {
    return {
      epoch,
      epochs: this.epochs,
      batch,
      batchesPerEpoch: this.batchesPerEpoch,
      loss,
      accuracy,
      samplesPerSecond: this.epochSamplesPerSecond(),
      elapsedMs: this.elapsedMs(),
      etaMs: this.etaMs(),
    };
  }

  epochMetrics(
    epoch: number,
    logs: { loss: number; accuracy: number; valLoss: number | null; valAccuracy: number | null },
  ): EpochMetrics {
    return {
      epoch,
      epochs: this.epochs,
      ...logs,
      samplesPerSecond: this.epochSamplesPerSecond(),
      elapsedMs: this.elapsedMs(),
      etaMs: this.etaMs(),
    };
  }
}
