import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import type { TrainResult } from '../../../../src-shared/protocol/engine-types';
import { fail, ok, appError } from '../../../../src-shared/protocol/result';
import { createRunsStore } from '../../../../src-renderer/store/runs-store';
import { createTrainingStore, selectIsTraining } from '../../../../src-renderer/store/training-store';
import { LiveCurve } from '../../../../src-renderer/training/live-curve';
import { TrainingController } from '../../../../src-renderer/training/training-controller';
import { FakeEngine, flush } from './fake-engine';

function setup() {
  const client = new FakeEngine();
  const runs = createRunsStore();
  const session = createTrainingStore();
  const curve = new LiveCurve();
  let clock = 0;
  let ids = 0;
  const controller = new TrainingController({
    client,
    runs,
    session,
    curve,
    now: () => clock,
    newId: () => `run${++ids}`,
  });
  const graph = { ...createTemplate('course-mlp'), hyperparameters: { ...createTemplate('course-mlp').hyperparameters, epochs: 2 } };
  return { client, runs, session, curve, controller, graph, tick: (ms: number) => (clock += ms) };
}

const batch = (runId: string, epoch: number, b: number, loss: number) => ({
  runId,
  epoch,
  epochs: 2,
  batch: b,
  batchesPerEpoch: 10,
  loss,
  accuracy: 1 - loss / 3,
  samplesPerSecond: 500,
  elapsedMs: 100,
  etaMs: 900,
});

const epochEvent = (runId: string, epoch: number) => ({
  runId,
  epoch,
  epochs: 2,
  loss: 0.5,
  accuracy: 0.8,
  valLoss: 0.55,
  valAccuracy: 0.79,
  samplesPerSecond: 500,
  elapsedMs: epoch * 1000,
  etaMs: 0,
});

function result(runId: string, status: 'completed' | 'stopped', epochs: number): TrainResult {
  return {
    runId,
    status,
    backend: 'wasm',
    epochsCompleted: epochs,
    history: Array.from({ length: epochs }, (_, i) => {
      const { runId: _id, ...m } = epochEvent(runId, i + 1);
      return m;
    }),
    trainSamples: 2400,
    validationSamples: 600,
    durationMs: 2345,
    samplesPerSecond: 1000,
    params: 101770,
    evaluation: status === 'completed' ? { testLoss: 0.5, testAccuracy: 0.81, sampleCount: 10000, confusionMatrix: [], perClass: [] } : null,
  };
}

describe('training controller', () => {
  it('streams a run into the live curve, progress and run record, then completes it', async () => {
    const { client, runs, session, curve, controller, graph } = setup();
    const done = controller.start(graph, 'Run 1');
    expect(selectIsTraining(session.getState())).toBe(true);
    expect(client.requests[0]?.method).toBe('train.start');
    expect(client.requests[0]?.params).toEqual({ runId: 'run1', graph });

    client.emit('train.batch', batch('run1', 0, 4, 1.5));
    client.emit('train.batch', batch('other', 0, 5, 9));
    expect(curve.buffer.snapshot().x).toEqual([0.5]);
    expect(session.getState().progress).toMatchObject({ epoch: 1, epochs: 2, batch: 5, batchesPerEpoch: 10 });

    client.emit('train.epoch', epochEvent('run1', 1));
    client.emit('train.batch', batch('run1', 1, 4, 1.0));
    expect(curve.buffer.snapshot().x).toEqual([0.5, 1.5]);
    expect(session.getState().progress?.epoch).toBe(2);
    expect(runs.getState().runs[0]?.history).toHaveLength(1);

    client.reply(ok(result('run1', 'completed', 2)));
    await done;
    const run = runs.getState().runs[0];
    expect(run?.status).toBe('completed');
    expect(run?.evaluation?.testAccuracy).toBe(0.81);
    expect(run?.batchCurve.x).toEqual([0.5, 1.5]);
    expect(run?.hyperparameters.epochs).toBe(2);
    expect(selectIsTraining(session.getState())).toBe(false);
    expect(client.listenerCount()).toBe(0);
  });

  it('marks the run stopped as soon as Stop is pressed, cancels the request, keeps the epochs done', async () => {
    const { client, runs, session, controller, graph, tick } = setup();
    const done = controller.start(graph, 'Run 1');
    client.emit('train.epoch', epochEvent('run1', 1));
    tick(1500);
    controller.stop();
    expect(runs.getState().runs[0]?.status).toBe('stopped');
    expect(runs.getState().runs[0]?.durationMs).toBeGreaterThanOrEqual(1500);
    expect(session.getState().status).toBe('stopping');
    expect(client.requests[0]?.signal?.aborted).toBe(true);

    client.reply(ok(result('run1', 'stopped', 1)));
    await done;
    expect(runs.getState().runs[0]?.status).toBe('stopped');
    expect(runs.getState().runs[0]?.history).toHaveLength(1);
    expect(session.getState().status).toBe('idle');

    // The engine skipped the test images to stop at once; the stopped model is scored after.
    expect(client.requests.at(-1)?.method).toBe('run.evaluate');
    expect(client.requests.at(-1)?.params).toEqual({ runId: 'run1' });
    const evaluation = { testLoss: 0.6, testAccuracy: 0.77, sampleCount: 10000, confusionMatrix: [], perClass: [] };
    client.reply(ok(evaluation));
    await flush();
    expect(runs.getState().runs[0]?.evaluation).toEqual(evaluation);
    expect(runs.getState().runs[0]?.status).toBe('stopped');
  });

  it('treats a cancellation error reply as a stop', async () => {
    const { client, runs, controller, graph } = setup();
    const done = controller.start(graph, 'Run 1');
    client.reply(fail(appError('REQUEST_CANCELLED', 'cancelled')));
    await done;
    expect(runs.getState().runs[0]?.status).toBe('stopped');
  });

  it('ends the run with the error (diverged, engine restarted) and leaves earlier runs intact', async () => {
    const { client, runs, session, controller, graph } = setup();
    const first = controller.start(graph, 'Run 1');
    client.reply(ok(result('run1', 'completed', 2)));
    await first;

    const second = controller.start(graph, 'Run 2');
    client.emit('train.epoch', epochEvent('run2', 1));
    client.reply(fail(appError('ENGINE_RESTARTED', 'engine died')));
    await second;
    const [a, b] = runs.getState().runs;
    expect(a?.status).toBe('completed');
    expect(a?.evaluation?.testAccuracy).toBe(0.81);
    expect(b?.status).toBe('failed');
    expect(b?.error?.code).toBe('ENGINE_RESTARTED');
    expect(b?.history).toHaveLength(1);
    expect(session.getState().lastError?.code).toBe('ENGINE_RESTARTED');
  });

  it('refuses to start a second run while one is going', async () => {
    const { client, runs, controller, graph } = setup();
    const first = controller.start(graph, 'Run 1');
    expect(await controller.start(graph, 'Run 2')).toBeNull();
    expect(runs.getState().runs).toHaveLength(1);
    client.reply(ok(result('run1', 'completed', 2)));
    await first;
    await flush();
  });
});
