import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../../src-main/web/web-server';
import { FAKE_ENGINE, Inbox, makeRendererDir, openSocket } from './support';

describe('browser-mode server when the engine process dies', () => {
  let server: WebServer;
  let dirs: ReturnType<typeof makeRendererDir>;

  beforeAll(async () => {
    dirs = makeRendererDir();
    server = await startWebServer({ rendererDir: dirs.rendererDir, engineEntry: FAKE_ENGINE, restartPolicy: { delayMs: 10 } });
  });

  afterAll(async () => {
    await server?.close();
    dirs?.cleanup();
  });

  it('fails the pending request with ENGINE_RESTARTED, says "restarting", then "ready" from a new process', async () => {
    const { socket } = await openSocket(`ws://127.0.0.1:${server.port}/engine?token=${server.token}`, `http://127.0.0.1:${server.port}`);
    const inbox = new Inbox(socket!);
    await inbox.next((m) => m.type === 'status' && m.state === 'ready');
    const firstPid = server.enginePid();
    expect(firstPid).toBeTypeOf('number');

    socket!.send(JSON.stringify({ type: 'request', id: 'long', method: 'train.start', params: { runId: 'r1', graph: {} } }));
    // Let the request reach the engine before it is killed.
    socket!.send(JSON.stringify({ type: 'request', id: 'ping', method: 'engine.info', params: {} }));
    await inbox.next((m) => m.type === 'reply' && m.id === 'ping');
    const seen = inbox.messages.length;
    process.kill(firstPid!, 'SIGKILL');

    expect(await inbox.next((m) => m.type === 'reply' && m.id === 'long', seen)).toMatchObject({
      result: { ok: false, error: { code: 'ENGINE_RESTARTED' } },
    });
    expect(await inbox.next((m) => m.type === 'status' && m.state === 'restarting', seen)).toBeTruthy();
    const ready = await inbox.next((m) => m.type === 'status' && m.state === 'ready', seen);
    const secondPid = server.enginePid();
    expect(secondPid).toBeTypeOf('number');
    expect(secondPid).not.toBe(firstPid);
    expect(ready).toMatchObject({ info: { pid: secondPid } });

    socket!.send(JSON.stringify({ type: 'request', id: 'after', method: 'engine.info', params: {} }));
    expect(await inbox.next((m) => m.type === 'reply' && m.id === 'after')).toMatchObject({
      result: { ok: true, value: { pid: secondPid } },
    });
    socket!.close();
  });
});
