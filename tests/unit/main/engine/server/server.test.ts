import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineMessage } from '../../../../../src-shared/protocol/messages';
import { fail, ok } from '../../../../../src-shared/protocol/result';
import { selectBackend } from '../../../../../src-main/engine/backend';
import {
  createEngineServer,
  type EngineServerOptions,
} from '../../../../../src-main/engine/server';

beforeAll(async () => {
  await selectBackend('cpu');
});

/** A server whose replies are collected; `reply(id)` waits for the answer to one request. */
function harness(options: EngineServerOptions = {}) {
  const messages: EngineMessage[] = [];
  const waiters = new Map<string, (m: EngineMessage) => void>();
  const server = createEngineServer((message) => {
    messages.push(message);
    if (message.type === 'reply') waiters.get(message.id)?.(message);
  }, options);
  const reply = (id: string) =>
    new Promise<EngineMessage & { type: 'reply' }>((resolve) => {
      const done = messages.find((m) => m.type === 'reply' && m.id === id);
      if (done) resolve(done as EngineMessage & { type: 'reply' });
      else waiters.set(id, (m) => resolve(m as EngineMessage & { type: 'reply' }));
    });
  return { server, messages, reply };
}

const errorCode = (m: { result: { ok: boolean; error?: { code: string } } }) =>
  m.result.ok ? 'ok' : m.result.error?.code;

describe('createEngineServer', () => {
  it('answers engine.info with the backend and versions', async () => {
    const { server, reply } = harness();
    server.handle({ type: 'request', id: 'i', method: 'engine.info', params: {} });
    const answer = await reply('i');
    expect(answer.result).toEqual({
      ok: true,
      value: {
        backend: 'cpu',
        trainingThreads: expect.any(Number),
        tfjsVersion: expect.any(String),
        engineVersion: expect.any(String),
        pid: process.pid,
      },
    });
  });

  it('answers malformed requests and unknown methods with errors, and survives garbage', async () => {
    const { server, reply, messages } = harness();
    for (const garbage of [
      null,
      undefined,
      42,
      'x',
      [],
      { type: 'request' },
      { type: 'cancel', id: 'nothing-in-flight' },
    ]) {
      expect(() => server.handle(garbage)).not.toThrow();
    }
    server.handle({ type: 'request', id: 'm', method: 'engine.reboot', params: {} });
    server.handle({
      type: 'request',
      id: 'p',
      method: 'dataset.images',
      params: { split: 'test' },
    });
    server.handle({ type: 'bogus', id: 'b' });
    expect(errorCode(await reply('m'))).toBe('METHOD_UNKNOWN');
    expect(errorCode(await reply('p'))).toBe('MESSAGE_INVALID');
    expect(errorCode(await reply('b'))).toBe('MESSAGE_INVALID');
    // Garbage without an id cannot be answered, but the engine still answers afterwards.
    server.handle({ type: 'request', id: 'after', method: 'engine.info' });
    expect((await reply('after')).result.ok).toBe(true);
    expect(messages.every((m) => m.type === 'reply')).toBe(true);
  });

  it('turns an exception inside a handler into an INTERNAL error and keeps running', async () => {
    const { server, reply } = harness({
      handlers: {
        'run.release': async () => {
          throw new Error('kaboom');
        },
      },
    });
    server.handle({ type: 'request', id: 'x', method: 'run.release', params: { runId: 'a' } });
    const answer = await reply('x');
    expect(errorCode(answer)).toBe('INTERNAL');
    expect(answer.result.ok ? '' : answer.result.error.message).toContain('kaboom');
    server.handle({ type: 'request', id: 'y', method: 'engine.info' });
    expect((await reply('y')).result.ok).toBe(true);
  });

  it('cancels an in-flight request by id', async () => {
    const { server, reply } = harness({
      handlers: {
        'run.evaluate': (_params, _ctx, scope) =>
          new Promise((resolve) => {
            scope.signal.addEventListener('abort', () => resolve(ok({} as never)));
          }),
      },
    });
    server.handle({ type: 'request', id: 'slow', method: 'run.evaluate', params: { runId: 'a' } });
    server.handle({ type: 'cancel', id: 'slow' });
    expect(errorCode(await reply('slow'))).toBe('REQUEST_CANCELLED');
  });

  it('refuses a second request with an id still in flight', async () => {
    let release: () => void = () => undefined;
    const { server, reply, messages } = harness({
      handlers: {
        'run.evaluate': () =>
          new Promise((resolve) => {
            release = () => resolve(fail({ code: 'RUN_NOT_FOUND', message: 'none' }));
          }),
      },
    });
    server.handle({ type: 'request', id: 'dup', method: 'run.evaluate', params: { runId: 'a' } });
    server.handle({ type: 'request', id: 'dup', method: 'engine.info' });
    const first = await reply('dup');
    expect(errorCode(first)).toBe('MESSAGE_INVALID');
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(
      messages
        .filter((m) => m.type === 'reply' && m.id === 'dup')
        .map((m) => errorCode(m as never)),
    ).toEqual(['MESSAGE_INVALID', 'RUN_NOT_FOUND']);
  });

  it('answers RUN_NOT_FOUND for runs it does not hold and releases nothing', async () => {
    const { server, reply } = harness();
    server.handle({ type: 'request', id: 'e', method: 'run.evaluate', params: { runId: 'ghost' } });
    server.handle({ type: 'request', id: 'r', method: 'run.release', params: { runId: 'ghost' } });
    expect(errorCode(await reply('e'))).toBe('RUN_NOT_FOUND');
    expect((await reply('r')).result).toEqual({ ok: true, value: { released: false } });
  });

  it('answers train.start with the graph error for an invalid document', async () => {
    const { server, reply } = harness();
    server.handle({
      type: 'request',
      id: 't',
      method: 'train.start',
      params: { runId: 'a', graph: { format: 'nope' } },
    });
    expect(errorCode(await reply('t'))).toBe('DOCUMENT_INVALID');
  });
});
