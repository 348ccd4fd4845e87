import { describe, expect, it } from 'vitest';
import { CurveBuffer } from '../../../../src-shared/training/curve-buffer';
import { emaSmooth } from '../../../../src-shared/training/ema';

describe('CurveBuffer', () => {
  it('appends batch points with smoothed companions and bumps its version', () => {
    const buffer = new CurveBuffer({ emaWeight: 0.5 });
    const v0 = buffer.version;
    buffer.append({ x: 0.1, loss: 2, accuracy: 0.2 });
    buffer.append({ x: 0.2, loss: 1, accuracy: 0.4 });
    const snap = buffer.snapshot();
    expect(buffer.length).toBe(2);
    expect(snap.x).toEqual([0.1, 0.2]);
    expect(snap.loss).toEqual([2, 1]);
    expect(snap.lossSmooth).toEqual(emaSmooth([2, 1], 0.5));
    expect(snap.accuracySmooth).toEqual(emaSmooth([0.2, 0.4], 0.5));
    expect(buffer.version).toBe(v0 + 2);
  });

  it('ignores a point that goes back in x (a late duplicate event)', () => {
    const buffer = new CurveBuffer();
    buffer.append({ x: 0.5, loss: 1, accuracy: 0.5 });
    buffer.append({ x: 0.4, loss: 9, accuracy: 0.1 });
    expect(buffer.length).toBe(1);
  });

  it('halves itself when full, keeping the span of x and the overall shape', () => {
    const buffer = new CurveBuffer({ maxPoints: 100 });
    for (let i = 0; i < 250; i += 1) buffer.append({ x: i / 100, loss: 2 - i / 250, accuracy: i / 250 });
    const snap = buffer.snapshot();
    expect(buffer.length).toBeLessThan(100);
    expect(buffer.length).toBeGreaterThan(25);
    expect(snap.x[0]).toBeLessThan(0.02);
    expect(snap.x[snap.x.length - 1]).toBeGreaterThan(2.4);
    expect(snap.loss[0]).toBeGreaterThan(snap.loss[snap.loss.length - 1] as number);
    expect(snap.lossSmooth.length).toBe(buffer.length);
  });

  it('clears for a new run', () => {
    const buffer = new CurveBuffer();
    buffer.append({ x: 1, loss: 1, accuracy: 1 });
    buffer.clear();
    expect(buffer.length).toBe(0);
    expect(buffer.snapshot().lossSmooth).toEqual([]);
  });
});
