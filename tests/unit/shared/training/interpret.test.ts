import { describe, expect, it } from 'vitest';
import { interpretCurves } from '../../../../src-shared/training/interpret';
import { epochs } from './fixtures';

const ids = (input: Parameters<typeof interpretCurves>[0]): string[] => interpretCurves(input).map((r) => r.id);

describe('curve reading rules', () => {
  it('spots overfitting: validation loss rose while training loss fell after its best epoch', () => {
    const history = epochs([
      [0.6, 0.5, 0.78, 0.82],
      [0.45, 0.42, 0.84, 0.85],
      [0.38, 0.40, 0.86, 0.86],
      [0.32, 0.43, 0.88, 0.855],
      [0.27, 0.47, 0.9, 0.85],
    ]);
    const readings = interpretCurves({ history, status: 'completed', plannedEpochs: 5 });
    const overfit = readings.find((r) => r.id === 'overfitting');
    expect(overfit?.tone).toBe('warning');
    expect(overfit?.params.epoch).toBe(3);
    expect(overfit?.key).toBe('training.reading.overfitting');
    expect(readings.map((r) => r.id)).not.toContain('generalizes');
  });

  it('says the model is still improving when validation loss fell at the last epoch', () => {
    const history = epochs([
      [0.6, 0.5, 0.78, 0.8],
      [0.45, 0.42, 0.84, 0.84],
    ]);
    expect(ids({ history, status: 'completed', plannedEpochs: 2 })).toContain('stillImproving');
  });

  it('warns when training loss does not go down', () => {
    const history = epochs([
      [2.3, 2.3, 0.1, 0.1],
      [2.31, 2.3, 0.1, 0.1],
      [2.3, 2.31, 0.1, 0.1],
    ]);
    const found = ids({ history, status: 'completed', plannedEpochs: 3 });
    expect(found).toContain('notLearning');
    expect(found).toContain('lowAccuracy');
  });

  it('notes a plateau when the last epoch barely changed training loss', () => {
    const history = epochs([
      [0.6, 0.55, 0.8, 0.8],
      [0.4, 0.45, 0.85, 0.84],
      [0.398, 0.452, 0.86, 0.845],
    ]);
    expect(ids({ history, status: 'completed', plannedEpochs: 3 })).toContain('plateau');
  });

  it('reports a large train/validation accuracy gap with its size in points', () => {
    const history = epochs([
      [0.5, 0.6, 0.85, 0.8],
      [0.3, 0.58, 0.95, 0.81],
    ]);
    const gap = interpretCurves({ history, status: 'completed', plannedEpochs: 2 }).find((r) => r.id === 'gap');
    expect(gap?.params.gap).toBe(14);
  });

  it('praises close train and validation accuracy', () => {
    const history = epochs([
      [0.6, 0.55, 0.8, 0.8],
      [0.45, 0.44, 0.85, 0.85],
    ]);
    expect(ids({ history, status: 'completed', plannedEpochs: 2 })).toContain('generalizes');
  });

  it('compares test with validation accuracy', () => {
    const history = epochs([[0.45, 0.44, 0.85, 0.86]]);
    const base = { history, status: 'completed' as const, plannedEpochs: 1 };
    expect(ids({ ...base, evaluation: { testAccuracy: 0.85, testLoss: 0.45 } })).toContain('testMatchesValidation');
    const below = interpretCurves({ ...base, evaluation: { testAccuracy: 0.8, testLoss: 0.6 } }).find(
      (r) => r.id === 'testBelowValidation',
    );
    expect(below?.params).toEqual({ test: 80, validation: 86 });
  });

  it('mentions an early stop and a single epoch', () => {
    const history = epochs([[0.6, 0.5, 0.78, 0.8]]);
    const found = interpretCurves({ history, status: 'stopped', plannedEpochs: 5 });
    expect(found.find((r) => r.id === 'stoppedEarly')?.params).toEqual({ done: 1, total: 5 });
    expect(found.map((r) => r.id)).toContain('oneEpoch');
  });

  it('reads a diverged run and a run without epochs', () => {
    const diverged = epochs([[Number.NaN, null, 0.1, null]]);
    expect(ids({ history: diverged, status: 'failed', plannedEpochs: 5 })).toEqual(['diverged']);
    expect(ids({ history: [], status: 'stopped', plannedEpochs: 5 })).toEqual(['noEpochs']);
  });

  it('works without validation (split 0)', () => {
    const history = epochs([
      [0.6, null, 0.78, null],
      [0.45, null, 0.84, null],
    ]);
    const found = ids({ history, status: 'completed', plannedEpochs: 2 });
    expect(found).not.toContain('overfitting');
    expect(found).not.toContain('gap');
  });
});
