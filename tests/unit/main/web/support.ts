import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { EngineMessage } from '../../../../src-shared/protocol/messages';

export const FAKE_ENGINE = fileURLToPath(new URL('./fixtures/fake-engine.ts', import.meta.url));

/** A throw-away "built renderer" on disk, with a secret file beside it that must never leak. */
export function makeRendererDir(): { root: string; rendererDir: string; cleanup(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'camadas-web-'));
  const rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Camadas test</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app-1234.js'), 'console.log("app");');
  writeFileSync(path.join(rendererDir, 'assets', 'app-1234.css'), 'body{}');
  writeFileSync(path.join(root, 'secret.txt'), 'TOP SECRET');
  return { root, rendererDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Tries to open the engine socket; resolves with the HTTP status of a refusal or the open socket. */
export function openSocket(url: string, origin: string | undefined): Promise<{ status: number; socket?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin });
    socket.once('open', () => resolve({ status: 101, socket }));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once('error', (error) => reject(error));
  });
}

/** Collects every message a socket receives and lets a test wait for a matching one. */
export class Inbox {
  readonly messages: EngineMessage[] = [];
  private waiters: Array<{ match: (m: EngineMessage) => boolean; resolve: (m: EngineMessage) => void }> = [];

  constructor(socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as EngineMessage;
      this.messages.push(message);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.match(message)) return true;
        waiter.resolve(message);
        return false;
      });
    });
  }

  /** The first message (already received or still to come) that matches. */
  next(match: (m: EngineMessage) => boolean, after = 0): Promise<EngineMessage> {
    const seen = this.messages.slice(after).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }
}
