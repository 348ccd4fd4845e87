import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../../src-main/web/web-server';
import { FAKE_ENGINE, Inbox, makeRendererDir, openSocket } from './support';

/** A raw GET that sends the path exactly as given (no client-side normalisation of `..`). */
function rawGet(port: number, rawPath: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET', headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode server', () => {
  let server: WebServer;
  let dirs: ReturnType<typeof makeRendererDir>;
  let origin: string;
  let socketUrl: (token: string | null) => string;

  beforeAll(async () => {
    dirs = makeRendererDir();
    server = await startWebServer({ rendererDir: dirs.rendererDir, engineEntry: FAKE_ENGINE });
    origin = `http://127.0.0.1:${server.port}`;
    socketUrl = (token) => `ws://127.0.0.1:${server.port}/engine${token === null ? '' : `?token=${encodeURIComponent(token)}`}`;
  });

  afterAll(async () => {
    await server?.close();
    dirs?.cleanup();
  });

  it('prints a loopback URL that carries the session token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a WebSocket without a token with 401', async () => {
    expect((await openSocket(socketUrl(null), origin)).status).toBe(401);
  });

  it('refuses a WebSocket with a wrong token with 401', async () => {
    const wrong = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
    expect((await openSocket(socketUrl(wrong), origin)).status).toBe(401);
  });

  it('refuses a WebSocket from a foreign Origin with 403, even with the right token', async () => {
    expect((await openSocket(socketUrl(server.token), 'http://evil.example')).status).toBe(403);
    expect((await openSocket(socketUrl(server.token), `http://127.0.0.1:${server.port + 1}`)).status).toBe(403);
  });

  it('refuses a WebSocket that sends no Origin with 403', async () => {
    expect((await openSocket(socketUrl(server.token), undefined)).status).toBe(403);
  });

  it('accepts the right token from its own origin and relays requests to the engine', async () => {
    const { status, socket } = await openSocket(socketUrl(server.token), origin);
    expect(status).toBe(101);
    const inbox = new Inbox(socket!);
    const ready = await inbox.next((m) => m.type === 'status' && m.state === 'ready');
    expect(ready).toMatchObject({ info: { backend: 'cpu', pid: server.enginePid() } });
    socket!.send(JSON.stringify({ type: 'request', id: 'a1', method: 'engine.info', params: {} }));
    const reply = await inbox.next((m) => m.type === 'reply' && m.id === 'a1');
    expect(reply).toMatchObject({ result: { ok: true, value: { method: 'engine.info', pid: server.enginePid() } } });
    socket!.close();
  });

  it('answers a malformed request with MESSAGE_INVALID or METHOD_UNKNOWN instead of forwarding it', async () => {
    const { socket } = await openSocket(socketUrl(server.token), `http://localhost:${server.port}`);
    const inbox = new Inbox(socket!);
    socket!.send(JSON.stringify({ type: 'request', id: 'b1', method: 'nope.never', params: {} }));
    socket!.send(JSON.stringify({ type: 'request', id: 'b2', method: 'dataset.images', params: { split: 'train', offset: -1, limit: 5 } }));
    expect(await inbox.next((m) => m.type === 'reply' && m.id === 'b1')).toMatchObject({ result: { ok: false, error: { code: 'METHOD_UNKNOWN' } } });
    expect(await inbox.next((m) => m.type === 'reply' && m.id === 'b2')).toMatchObject({ result: { ok: false, error: { code: 'MESSAGE_INVALID' } } });
    socket!.close();
  });

  it('serves the built renderer with its MIME type and a CSP header', async () => {
    const page = await rawGet(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.body).toContain('Camadas test');
    const script = await rawGet(server.port, '/assets/app-1234.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await rawGet(server.port, '/assets/app-1234.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/index.html%00.js',
  ])('refuses the path traversal %s', async (rawPath) => {
    const answer = await rawGet(server.port, rawPath);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('TOP SECRET');
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const answer = await rawGet(server.port, '/', `evil.example:${server.port}`);
    expect(answer.status).toBe(403);
  });
});
