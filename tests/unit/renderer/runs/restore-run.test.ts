import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import type { RequestName, RequestParams } from '../../../../src-shared/protocol/messages';
import { appError, fail, ok, type Result } from '../../../../src-shared/protocol/result';
import { createRun, type TrainingRun } from '../../../../src-shared/training/run';
import { runWeightsFromFiles } from '../../../../src-shared/training/run-weights';
import { createRunsStore } from '../../../../src-renderer/store/runs-store';
import { ensureRunInEngine, runAwareClient } from '../../../../src-renderer/runs/restore-run';
import { FakeEngine, flush } from '../training/fake-engine';

const notFound = (runId: string) =>
  fail(
    appError('RUN_NOT_FOUND', `No trained model "${runId}" in the engine.`, { params: { runId } }),
  );

const weights = runWeightsFromFiles([
  { name: 'model.json', base64: Buffer.from('{}').toString('base64') },
  { name: 'weights.bin', base64: Buffer.from([1, 2, 3]).toString('base64') },
]);

function run(id: string, kept: boolean): TrainingRun {
  const base = {
    ...createRun({ id, name: id, graph: createTemplate('course-mlp') }),
    status: 'completed' as const,
  };
  return kept ? { ...base, weights } : base;
}

interface Sent {
  method: RequestName;
  params: unknown;
}

/** A client answering from a script: each method has its queue of answers. */
function scripted(answers: Partial<Record<RequestName, Result<unknown>[]>>) {
  const sent: Sent[] = [];
  const client = {
    request<M extends RequestName>(method: M, params: RequestParams<M>) {
      sent.push({ method, params });
      const next = answers[method]?.shift() ?? fail(appError('INTERNAL', `unexpected ${method}`));
      return Promise.resolve(next as Result<never>);
    },
  };
  return { client, sent, methods: () => sent.map((s) => s.method) };
}

describe('ensureRunInEngine', () => {
  it('restores a run the engine lost from its kept weights, under the same id and graph, then asks once more', async () => {
    const kept = run('r1', true);
    const engine = scripted({
      'run.evaluate': [notFound('r1'), ok('answer')],
      'model.import': [ok({ runId: 'r1' })],
    });
    const runs = createRunsStore([kept]);
    const result = await ensureRunInEngine({ client: engine.client, runs }, 'r1', () =>
      engine.client.request('run.evaluate', { runId: 'r1' }),
    );
    expect(result).toEqual(ok('answer'));
    expect(engine.methods()).toEqual(['run.evaluate', 'model.import', 'run.evaluate']);
    expect(engine.sent[1]?.params).toEqual({
      files: weights.files,
      runId: 'r1',
      graph: kept.graph,
    });
  });

  it('gives up with the original RUN_NOT_FOUND when the project keeps no weights for the run', async () => {
    const engine = scripted({ 'run.evaluate': [notFound('r1')] });
    const runs = createRunsStore([run('r1', false)]);
    const result = await ensureRunInEngine({ client: engine.client, runs }, 'r1', () =>
      engine.client.request('run.evaluate', { runId: 'r1' }),
    );
    expect(!result.ok && result.error.code).toBe('RUN_NOT_FOUND');
    expect(!result.ok && result.error.message).toBe('No trained model "r1" in the engine.');
    expect(engine.methods()).toEqual(['run.evaluate']);
  });

  it('retries only once: a second RUN_NOT_FOUND is the answer', async () => {
    const engine = scripted({
      'run.evaluate': [notFound('r1'), notFound('r1')],
      'model.import': [ok({})],
    });
    const runs = createRunsStore([run('r1', true)]);
    const result = await ensureRunInEngine({ client: engine.client, runs }, 'r1', () =>
      engine.client.request('run.evaluate', { runId: 'r1' }),
    );
    expect(!result.ok && result.error.code).toBe('RUN_NOT_FOUND');
    expect(engine.methods()).toEqual(['run.evaluate', 'model.import', 'run.evaluate']);
  });

  it('says why when the kept weights cannot be loaded, and does not ask again', async () => {
    const refused = fail(
      appError('MODEL_LOAD_FAILED', 'bad weights', { params: { path: 'model.json', reason: 'x' } }),
    );
    const engine = scripted({ 'run.evaluate': [notFound('r1')], 'model.import': [refused] });
    const runs = createRunsStore([run('r1', true)]);
    const result = await ensureRunInEngine({ client: engine.client, runs }, 'r1', () =>
      engine.client.request('run.evaluate', { runId: 'r1' }),
    );
    expect(!result.ok && result.error.code).toBe('MODEL_LOAD_FAILED');
    expect(engine.methods()).toEqual(['run.evaluate', 'model.import']);
  });

  it('leaves other answers alone: successes and other errors are not retried', async () => {
    const engine = scripted({
      'run.evaluate': [ok(1), fail(appError('DATASET_NOT_FOUND', 'no data'))],
    });
    const deps = { client: engine.client, runs: createRunsStore([run('r1', true)]) };
    const call = () => engine.client.request('run.evaluate', { runId: 'r1' });
    expect(await ensureRunInEngine(deps, 'r1', call)).toEqual(ok(1));
    expect((await ensureRunInEngine(deps, 'r1', call)).ok).toBe(false);
    expect(engine.methods()).toEqual(['run.evaluate', 'run.evaluate']);
  });
});

describe('runAwareClient', () => {
  it('restores once for two views that find the same run missing at the same time', async () => {
    const fake = new FakeEngine();
    const runs = createRunsStore([run('r1', true)]);
    const client = runAwareClient(fake, runs);
    expect(runAwareClient(fake, runs)).toBe(client);
    const gallery = client.request('run.testPredictions', { runId: 'r1', offset: 0, limit: 10 });
    const layers = client.request('run.activations', { runId: 'r1', split: 'test', index: 0 });
    expect(fake.requests.map((r) => r.method)).toEqual(['run.testPredictions', 'run.activations']);
    fake.requests[0]?.resolve(notFound('r1'));
    fake.requests[1]?.resolve(notFound('r1'));
    await flush();
    expect(fake.requests.map((r) => r.method)).toEqual([
      'run.testPredictions',
      'run.activations',
      'model.import',
    ]);
    fake.requests[2]?.resolve(ok({ runId: 'r1' }));
    await flush();
    expect(
      fake.requests
        .slice(3)
        .map((r) => r.method)
        .sort(),
    ).toEqual(['run.activations', 'run.testPredictions']);
    for (const request of fake.requests.slice(3)) request.resolve(ok(request.method));
    expect(await gallery).toEqual(ok('run.testPredictions'));
    expect(await layers).toEqual(ok('run.activations'));
  });

  it('passes requests that are not about a kept run straight through, signal included', async () => {
    const fake = new FakeEngine();
    const client = runAwareClient(fake, createRunsStore([run('r1', true)]));
    const signal = new AbortController().signal;
    const training = client.request(
      'train.start',
      { runId: 'r1', graph: createTemplate('course-mlp') },
      { signal },
    );
    const status = client.request('dataset.status', {});
    expect(fake.requests[0]?.signal).toBe(signal);
    fake.requests[0]?.resolve(notFound('r1'));
    fake.requests[1]?.resolve(ok('status'));
    expect((await training).ok).toBe(false);
    expect(await status).toEqual(ok('status'));
    expect(fake.requests).toHaveLength(2);
    expect(client.connection).toBe('connected');
  });
});
