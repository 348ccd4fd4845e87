import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemplate } from '../../../src-shared/graph/templates';
import type { EngineInfo, TrainResult } from '../../../src-shared/protocol/engine-types';
import { EngineProcess } from './engine-process';

let engine: EngineProcess;

beforeAll(async () => {
  engine = new EngineProcess();
  await engine.waitFor((m) => m.type === 'status' && m.state === 'ready');
});

afterAll(async () => {
  await engine?.stop();
});

function shortCourse(trainLimit: number, epochs = 1) {
  const graph = createTemplate('course-mlp');
  graph.hyperparameters = { ...graph.hyperparameters, trainLimit, epochs };
  return graph;
}

describe('the engine as a child process (fork + tsx)', () => {
  it('announces ready with its info and answers engine.info', async () => {
    const ready = await engine.waitFor((m) => m.type === 'status' && m.state === 'ready');
    const info = (ready as { info: EngineInfo }).info;
    expect(['tensorflow', 'wasm', 'cpu']).toContain(info.backend);
    expect(info.pid).toBe(engine.child.pid);
    if (info.backend !== 'tensorflow') expect(info.trainingThreads).toBeGreaterThanOrEqual(1);
    const reply = await engine.request('engine.info', {}).reply;
    expect(reply).toEqual({ ok: true, value: info });
  });

  it('survives malformed messages and answers them when they carry an id', async () => {
    engine.send({ nonsense: true });
    engine.send('hello');
    const bad = await engine.request('engine.selfDestruct' as never, {}).reply;
    expect(bad.ok ? 'ok' : bad.error.code).toBe('METHOD_UNKNOWN');
    const stillThere = await engine.request('engine.info', {}).reply;
    expect(stillThere.ok).toBe(true);
  });

  it('trains with phase, batch and epoch events, then predicts with and releases the run', async () => {
    const { reply } = engine.request('train.start', { runId: 'proc-1', graph: shortCourse(2_000) });
    const result = await reply;
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as TrainResult;
    expect(value).toMatchObject({
      runId: 'proc-1',
      status: 'completed',
      epochsCompleted: 1,
      trainSamples: 1_600,
    });
    expect(value.evaluation?.testAccuracy).toBeGreaterThan(0.5);
    const phases = engine.events('train.phase').map((p) => (p as { phase: string }).phase);
    expect(phases).toEqual(['loading-data', 'compiling', 'training', 'evaluating', 'done']);
    expect(engine.events('train.batch').length).toBeGreaterThan(0);
    expect(engine.events('train.epoch')).toHaveLength(1);

    const predicted = await engine.request('run.predict', {
      runId: 'proc-1',
      images: [new Array(784).fill(0)],
    }).reply;
    expect(
      predicted.ok && (predicted.value as { probabilities: number[][] }).probabilities[0],
    ).toHaveLength(10);
    const evaluated = await engine.request('run.evaluate', { runId: 'proc-1' }).reply;
    expect(evaluated.ok && (evaluated.value as { testAccuracy: number }).testAccuracy).toBe(
      value.evaluation?.testAccuracy,
    );
    const released = await engine.request('run.release', { runId: 'proc-1' }).reply;
    expect(released).toEqual({ ok: true, value: { released: true } });
    const gone = await engine.request('run.evaluate', { runId: 'proc-1' }).reply;
    expect(gone.ok ? 'ok' : gone.error.code).toBe('RUN_NOT_FOUND');
  });

  it('stops a training run mid-epoch on cancel and refuses a second run meanwhile', async () => {
    const { id, reply } = engine.request('train.start', {
      runId: 'proc-2',
      graph: shortCourse(20_000, 3),
    });
    await engine.waitFor(
      (m) =>
        m.type === 'event' &&
        m.event === 'train.batch' &&
        (m.payload as { runId: string }).runId === 'proc-2',
    );
    const second = await engine.request('train.start', {
      runId: 'proc-3',
      graph: shortCourse(1_000),
    }).reply;
    expect(second.ok ? 'ok' : second.error.code).toBe('TRAINING_ALREADY_RUNNING');
    engine.send({ type: 'cancel', id });
    const result = await reply;
    if (!result.ok) throw new Error(result.error.message);
    expect((result.value as TrainResult).status).toBe('stopped');
    expect((result.value as TrainResult).epochsCompleted).toBe(0);
    // The stopped run keeps its weights and can still predict.
    const predicted = await engine.request('run.predict', {
      runId: 'proc-2',
      images: [new Array(784).fill(0)],
    }).reply;
    expect(predicted.ok).toBe(true);
  });

  it('exits when its parent disconnects', async () => {
    const short = new EngineProcess();
    await short.waitFor((m) => m.type === 'status' && m.state === 'ready');
    expect(await short.stop()).toBe(0);
  });

  it('reports a forced backend that cannot start and exits with an error', async () => {
    const broken = new EngineProcess({ CAMADAS_BACKEND: 'tensorflow' });
    const status = await broken.waitFor((m) => m.type === 'status' && m.state !== 'starting');
    expect(status).toMatchObject({
      type: 'status',
      state: 'stopped',
      reason: expect.stringContaining('tensorflow'),
    });
    expect(await broken.stop()).toBe(1);
  });
});
