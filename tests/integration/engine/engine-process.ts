import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EngineMessage, RequestName } from '../../../src-shared/protocol/messages';
import type { Result } from '../../../src-shared/protocol/result';

export const ENTRY = fileURLToPath(
  new URL('../../../src-main/engine/process/entry.ts', import.meta.url),
);

/** The engine as a real child process (fork + tsx), the way browser mode starts it. */
export class EngineProcess {
  readonly child: ChildProcess;
  readonly messages: EngineMessage[] = [];
  private readonly waiters: Array<{
    match: (m: EngineMessage) => boolean;
    resolve: (m: EngineMessage) => void;
  }> = [];
  private nextId = 1;

  constructor(env: Record<string, string> = {}) {
    this.child = fork(ENTRY, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child.on('message', (raw) => {
      const message = raw as EngineMessage;
      this.messages.push(message);
      for (const waiter of [...this.waiters]) {
        if (waiter.match(message)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      }
    });
  }

  /** Resolves with the first message (past or future) that matches. */
  waitFor(match: (m: EngineMessage) => boolean): Promise<EngineMessage> {
    const seen = this.messages.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  send(message: unknown): void {
    this.child.send(message as never);
  }

  /** Sends a request; `id` resolves at once, `reply` when the engine answers. */
  request(method: RequestName, params: unknown): { id: string; reply: Promise<Result<unknown>> } {
    const id = `req-${this.nextId++}`;
    this.send({ type: 'request', id, method, params });
    const reply = this.waitFor((m) => m.type === 'reply' && m.id === id).then(
      (m) => (m as { result: Result<unknown> }).result,
    );
    return { id, reply };
  }

  events(name: string): unknown[] {
    return this.messages
      .filter((m) => m.type === 'event' && m.event === name)
      .map((m) => (m as { payload: unknown }).payload);
  }

  /** Disconnects; the engine exits on its own when its parent goes away. */
  stop(): Promise<number | null> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve(this.child.exitCode);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      this.child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      this.child.disconnect();
    });
  }
}
