import { describe, expect, it } from 'vitest';
import { LinkEngineClient } from '../../../../src-renderer/lib/engine-client';
import type { ConnectionState } from '../../../../src-shared/protocol/messages';
import { FakeLink } from './fake-link';

const INFO = { backend: 'wasm' as const, tfjsVersion: '4.22.0', engineVersion: '0.1.0', pid: 42 };

describe('LinkEngineClient', () => {
  it('matches each reply to its request by id, whatever the order', async () => {
    const link = new FakeLink();
    const client = new LinkEngineClient(link);
    const first = client.request('engine.info', {});
    const second = client.request('dataset.status', {});
    const [a, b] = link.sent;
    expect(a).toMatchObject({ type: 'request', method: 'engine.info' });
    expect(b).toMatchObject({ type: 'request', method: 'dataset.status' });
    expect(a!.id).not.toBe(b!.id);
    link.deliver({ type: 'reply', id: b!.id, result: { ok: true, value: 'status' } });
    link.deliver({ type: 'reply', id: a!.id, result: { ok: true, value: INFO } });
    expect(await first).toEqual({ ok: true, value: INFO });
    expect(await second).toEqual({ ok: true, value: 'status' });
  });

  it('sends a cancel for an aborted request and resolves with the engine\'s answer', async () => {
    const link = new FakeLink();
    const client = new LinkEngineClient(link);
    const controller = new AbortController();
    const pending = client.request('run.release', { runId: 'r1' }, { signal: controller.signal });
    const { id } = link.lastRequest();
    controller.abort();
    expect(link.sent.at(-1)).toEqual({ type: 'cancel', id });
    link.deliver({ type: 'reply', id, result: { ok: false, error: { code: 'REQUEST_CANCELLED', message: 'stopped' } } });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'REQUEST_CANCELLED' } });
  });

  it('does not send a request whose signal is already aborted', async () => {
    const link = new FakeLink();
    const client = new LinkEngineClient(link);
    const controller = new AbortController();
    controller.abort();
    const result = await client.request('engine.info', {}, { signal: controller.signal });
    expect(result).toMatchObject({ ok: false, error: { code: 'REQUEST_CANCELLED' } });
    expect(link.sent).toHaveLength(0);
  });

  it('fails at once with ENGINE_DISCONNECTED when the link is not open', async () => {
    const client = new LinkEngineClient(new FakeLink('connecting'));
    expect(await client.request('engine.info', {})).toMatchObject({ ok: false, error: { code: 'ENGINE_DISCONNECTED' } });
  });

  it('ignores replies for unknown ids and malformed messages', async () => {
    const link = new FakeLink();
    const client = new LinkEngineClient(link);
    const pending = client.request('engine.info', {});
    const { id } = link.lastRequest();
    link.deliver({ type: 'reply', id: 'someone-else', result: { ok: true, value: 1 } });
    link.deliver({ type: 'reply', id });
    link.deliver('garbage');
    link.deliver({ type: 'reply', id, result: { ok: true, value: INFO } });
    expect(await pending).toEqual({ ok: true, value: INFO });
  });

  it('follows the connection: connecting → connected with info → restarting → connected', () => {
    const link = new FakeLink();
    const client = new LinkEngineClient(link);
    const seen: Array<[ConnectionState, string | null]> = [];
    client.onConnection((state, info) => seen.push([state, info?.backend ?? null]));
    expect(client.connection).toBe('connecting');
    link.deliver({ type: 'status', state: 'ready', info: INFO });
    expect(client.connection).toBe('connected');
    expect(client.info).toEqual(INFO);
    link.deliver({ type: 'status', state: 'restarting', reason: 'killed' });
    link.deliver({ type: 'status', state: 'starting' });
    expect(client.connection).toBe('restarting');
    link.deliver({ type: 'status', state: 'ready', info: { ...INFO, pid: 43 } });
    expect(seen).toEqual([
      ['connected', 'wasm'],
      ['restarting', null],
      ['connected', 'wasm'],
    ]);
    expect(client.info?.pid).toBe(43);
  });

  it('fails pending requests with ENGINE_RESTARTED when the engine restarts', async () => {
    const link = new FakeLink();
    const client = new LinkEngineClient(link);
    link.deliver({ type: 'status', state: 'ready', info: INFO });
    const pending = client.request('train.start', { runId: 'r1', graph: {} as never });
    link.deliver({ type: 'status', state: 'restarting' });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'ENGINE_RESTARTED' } });
  });

  it('fails pending requests and reports "disconnected" when the link closes, "connecting" when it reopens', async () => {
    const link = new FakeLink();
    const client = new LinkEngineClient(link);
    link.deliver({ type: 'status', state: 'ready', info: INFO });
    const pending = client.request('engine.info', {});
    link.setState('closed');
    expect(await pending).toMatchObject({ ok: false, error: { code: 'ENGINE_DISCONNECTED' } });
    expect(client.connection).toBe('disconnected');
    expect(client.info).toBeNull();
    link.setState('connecting');
    expect(client.connection).toBe('connecting');
    link.setState('open');
    link.deliver({ type: 'status', state: 'ready', info: INFO });
    expect(client.connection).toBe('connected');
  });

  it('delivers events to the listeners of that event only, until they unsubscribe', () => {
    const link = new FakeLink();
    const client = new LinkEngineClient(link);
    const epochs: number[] = [];
    const phases: string[] = [];
    const stop = client.on('train.epoch', (payload) => epochs.push(payload.epoch));
    client.on('train.phase', (payload) => phases.push(payload.phase));
    link.deliver({ type: 'event', event: 'train.epoch', payload: { runId: 'r', epoch: 1 } });
    link.deliver({ type: 'event', event: 'train.phase', payload: { runId: 'r', phase: 'training' } });
    stop();
    link.deliver({ type: 'event', event: 'train.epoch', payload: { runId: 'r', epoch: 2 } });
    expect(epochs).toEqual([1]);
    expect(phases).toEqual(['training']);
  });
});
