import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import type { TrainResult } from '../../../../src-shared/protocol/engine-types';
import { appError, fail, ok } from '../../../../src-shared/protocol/result';
import { createRunsStore } from '../../../../src-renderer/store/runs-store';
import { createTrainingStore } from '../../../../src-renderer/store/training-store';
import { LiveCurve } from '../../../../src-renderer/training/live-curve';
import { TrainingController } from '../../../../src-renderer/training/training-controller';
import { keepRunWeights } from '../../../../src-renderer/runs/keep-weights';
import { FakeEngine, flush } from '../training/fake-engine';

function result(status: 'completed' | 'stopped'): TrainResult {
  return {
    runId: 'run1',
    status,
    backend: 'cpu',
    epochsCompleted: 1,
    history: [],
    trainSamples: 100,
    validationSamples: 20,
    durationMs: 10,
    samplesPerSecond: 10,
    params: 101770,
    evaluation: null,
  };
}

const exported = ok({
  files: [
    { name: 'model.json', base64: 'e30=', mime: 'application/json', bytes: 2 },
    { name: 'weights.bin', base64: 'AAECAw==', mime: 'application/octet-stream', bytes: 4 },
  ],
});

function setup() {
  const client = new FakeEngine();
  const runs = createRunsStore();
  const session = createTrainingStore();
  const controller = new TrainingController({
    client,
    runs,
    session,
    curve: new LiveCurve(),
    newId: () => 'run1',
    keepWeights: (runId) => keepRunWeights({ client, runs }, runId),
  });
  return { client, runs, session, controller };
}

describe('training controller keeps the trained weights', () => {
  for (const status of ['completed', 'stopped'] as const) {
    it(`fetches the TensorFlow.js files of a ${status} run before the session ends`, async () => {
      const { client, runs, session, controller } = setup();
      const done = controller.start(createTemplate('course-mlp'), 'Run 1');
      client.reply(ok(result(status)));
      await flush();
      expect(client.requests[1]?.method).toBe('run.exportFiles');
      expect(client.requests[1]?.params).toEqual({ runId: 'run1', format: 'tfjs' });
      expect(session.getState().status).toBe('running');
      client.reply(exported);
      await done;
      expect(session.getState().status).toBe('idle');
      expect(runs.getState().runs[0]?.status).toBe(status);
      expect(runs.getState().runs[0]?.weights).toEqual({
        files: [
          { name: 'model.json', base64: 'e30=' },
          { name: 'weights.bin', base64: 'AAECAw==' },
        ],
        bytes: 6,
      });
    });
  }

  it('asks nothing more for a failed run, and a failed fetch still ends the run well', async () => {
    const failed = setup();
    const first = failed.controller.start(createTemplate('course-mlp'), 'Run 1');
    failed.client.reply(fail(appError('TRAINING_DIVERGED', 'NaN')));
    await first;
    expect(failed.client.requests.map((r) => r.method)).toEqual(['train.start']);
    expect(failed.runs.getState().runs[0]?.weights).toBeUndefined();

    const broken = setup();
    const second = broken.controller.start(createTemplate('course-mlp'), 'Run 1');
    broken.client.reply(ok(result('completed')));
    await flush();
    broken.client.reply(fail(appError('EXPORT_FAILED', 'disk full')));
    await second;
    expect(broken.runs.getState().runs[0]?.status).toBe('completed');
    expect(broken.runs.getState().runs[0]?.weights).toBeUndefined();
    expect(broken.session.getState()).toMatchObject({ status: 'idle', lastError: null });
  });
});
