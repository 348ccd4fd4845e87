import { describe, expect, it } from 'vitest';
import {
  STORED_CURVE_POINTS,
  batchX,
  createRun,
  failRun,
  finishRun,
  nextRunNumber,
  settleInterrupted,
  stopRun,
  storedCurve,
  withEpoch,
} from '../../../../src-shared/training/run';
import { epochs, graphDoc, trainResult } from './fixtures';

describe('TrainingRun model', () => {
  it('creates a running run that snapshots the graph and its hyperparameters', () => {
    const graph = graphDoc();
    const run = createRun({ id: 'r1', name: 'Run 1', graph, createdAt: new Date('2025-01-02T03:04:05Z') });
    expect(run.status).toBe('running');
    expect(run.createdAt).toBe('2025-01-02T03:04:05.000Z');
    expect(run.hyperparameters).toEqual(graph.hyperparameters);
    expect(run.hyperparameters).not.toBe(graph.hyperparameters);
    expect(run.history).toEqual([]);
  });

  it('records epochs in order, replacing a repeated epoch', () => {
    const [e1, e2] = epochs([
      [1, 1.1, 0.6, 0.55],
      [0.8, 0.9, 0.7, 0.65],
    ]);
    let run = createRun({ id: 'r', name: 'Run', graph: graphDoc() });
    run = withEpoch(run, e2!);
    run = withEpoch(run, e1!);
    run = withEpoch(run, { ...e2!, loss: 0.7 });
    expect(run.history.map((m) => [m.epoch, m.loss])).toEqual([
      [1, 1],
      [2, 0.7],
    ]);
    expect(run.durationMs).toBe(2000);
  });

  it('finishes with the engine reply: status, backend, evaluation, sizes, duration', () => {
    const history = epochs([[1, 1, 0.6, 0.6]]);
    const run = finishRun(createRun({ id: 'r', name: 'Run', graph: graphDoc() }), trainResult('r', history, 'completed'));
    expect(run.status).toBe('completed');
    expect(run.backend).toBe('wasm');
    expect(run.evaluation?.testAccuracy).toBe(0.84);
    expect(run.durationMs).toBe(4321);
    expect(run.trainSamples).toBe(2400);
    expect(run.params).toBe(101770);
  });

  it('keeps a stopped run stopped when the engine confirms, with what was learned', () => {
    let run = createRun({ id: 'r', name: 'Run', graph: graphDoc() });
    run = withEpoch(run, epochs([[1, 1, 0.6, 0.6]])[0]!);
    run = stopRun(run, 1500);
    expect(run.status).toBe('stopped');
    run = finishRun(run, trainResult('r', run.history, 'stopped'));
    expect(run.status).toBe('stopped');
    expect(run.history).toHaveLength(1);
  });

  it('does not turn a finished run back into stopped', () => {
    const done = finishRun(createRun({ id: 'r', name: 'Run', graph: graphDoc() }), trainResult('r', [], 'completed'));
    expect(stopRun(done, 10).status).toBe('completed');
  });

  it('fails with the error but keeps the epochs done so far', () => {
    let run = createRun({ id: 'r', name: 'Run', graph: graphDoc() });
    run = withEpoch(run, epochs([[1, 1, 0.6, 0.6]])[0]!);
    run = failRun(run, { code: 'TRAINING_DIVERGED', message: 'loss became NaN' }, 2000);
    expect(run.status).toBe('failed');
    expect(run.error?.code).toBe('TRAINING_DIVERGED');
    expect(run.history).toHaveLength(1);
    expect(run.durationMs).toBe(2000);
  });

  it('settles runs left running by a crash or reload as stopped', () => {
    expect(settleInterrupted(createRun({ id: 'r', name: 'Run', graph: graphDoc() })).status).toBe('stopped');
  });

  it('places a batch after the completed epochs on a fractional-epoch axis', () => {
    expect(batchX(0, 49, 100)).toBe(0.5);
    expect(batchX(2, 99, 100)).toBe(3);
    expect(batchX(1, 500, 100)).toBe(2);
  });

  it('thins stored batch curves to a bounded size keeping the ends', () => {
    const n = 3000;
    const x = Array.from({ length: n }, (_, i) => i / 1000);
    const curve = storedCurve({ x, loss: x.map((v) => 2 / (1 + v)), accuracy: x.map((v) => v / 3) });
    expect(curve.x.length).toBe(STORED_CURVE_POINTS);
    expect(curve.loss.length).toBe(STORED_CURVE_POINTS);
    expect(curve.accuracy.length).toBe(STORED_CURVE_POINTS);
    expect(curve.x[0]).toBe(0);
    expect(curve.x[curve.x.length - 1]).toBe(x[n - 1]);
  });

  it('numbers new runs after the highest existing number', () => {
    expect(nextRunNumber([])).toBe(1);
    expect(nextRunNumber([{ name: 'Run 1' }, { name: 'my best 7' }, { name: 'Execução 2' }])).toBe(8);
    expect(nextRunNumber([{ name: 'a' }, { name: 'b' }])).toBe(3);
  });
});
