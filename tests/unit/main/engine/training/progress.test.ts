import { describe, expect, it } from 'vitest';
import { ProgressTracker } from '../../../../../src-main/engine/training/progress';

describe('ProgressTracker', () => {
  it('lets at most one batch event through per 1/20 s, and always the last batch of an epoch', () => {
    let t = 0;
    const tracker = new ProgressTracker(2, 1000, 100, 20, () => t);
    expect(tracker.batchesPerEpoch).toBe(10);
    expect(tracker.shouldEmitBatch(0)).toBe(true);
    t = 10;
    expect(tracker.shouldEmitBatch(1)).toBe(false);
    t = 49;
    expect(tracker.shouldEmitBatch(2)).toBe(false);
    t = 50;
    expect(tracker.shouldEmitBatch(3)).toBe(true);
    t = 51;
    expect(tracker.shouldEmitBatch(9)).toBe(true);
  });

  it('computes throughput, elapsed time and the ETA over the remaining epochs', () => {
    let t = 0;
    const tracker = new ProgressTracker(2, 1000, 100, 20, () => t);
    tracker.start();
    tracker.startEpoch();
    for (let i = 0; i < 5; i++) tracker.addBatch(100);
    t = 1000; // 500 samples in 1 s; 1500 remain → 3 s
    const batch = tracker.batchMetrics(0, 4, 0.5, 0.8);
    expect(batch).toMatchObject({
      epoch: 0,
      epochs: 2,
      batch: 4,
      batchesPerEpoch: 10,
      loss: 0.5,
      accuracy: 0.8,
    });
    expect(batch.samplesPerSecond).toBeCloseTo(500);
    expect(batch.elapsedMs).toBe(1000);
    expect(batch.etaMs).toBeCloseTo(3000);
    expect(tracker.samplesSeen).toBe(500);
  });
});
