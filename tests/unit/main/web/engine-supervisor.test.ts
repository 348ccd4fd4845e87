import { describe, expect, it } from 'vitest';
import {
  EngineSupervisor,
  type EngineProcessHooks,
  type StatusMessage,
} from '../../../../src-main/web/engine-supervisor';

/** In-memory engine processes the test can crash at will. */
function fakeProcesses() {
  const spawned: Array<{ hooks: EngineProcessHooks; killed: boolean; sent: unknown[] }> = [];
  const spawn = (hooks: EngineProcessHooks) => {
    const proc = { hooks, killed: false, sent: [] as unknown[] };
    spawned.push(proc);
    return {
      pid: 1000 + spawned.length,
      send: (message: unknown) => proc.sent.push(message),
      kill: () => {
        proc.killed = true;
        queueMicrotask(() => hooks.onExit('killed'));
      },
    };
  };
  return { spawned, spawn };
}

const ready = (pid: number) => ({ type: 'status', state: 'ready', info: { backend: 'cpu', tfjsVersion: 't', engineVersion: 'e', pid } });
const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('EngineSupervisor', () => {
  it('restarts a crashed engine and reports restarting then ready', async () => {
    const { spawned, spawn } = fakeProcesses();
    const statuses: StatusMessage[] = [];
    const supervisor = new EngineSupervisor(spawn, { onEngineMessage: () => undefined, onStatus: (s) => statuses.push(s) }, {
      maxRestarts: 3, windowMs: 60_000, delayMs: 1, stopTimeoutMs: 100,
    });
    supervisor.start();
    spawned[0]!.hooks.onMessage(ready(1001));
    expect(supervisor.state).toBe('ready');
    spawned[0]!.hooks.onExit('crashed');
    expect(supervisor.state).toBe('restarting');
    expect(supervisor.send({ type: 'cancel', id: 'x' })).toBe(false);
    await tick();
    expect(spawned).toHaveLength(2);
    spawned[1]!.hooks.onMessage(ready(1002));
    expect(statuses.map((s) => s.state)).toEqual(['starting', 'ready', 'restarting', 'ready']);
    expect(supervisor.info?.pid).toBe(1002);
  });

  it('gives up with "stopped" after more crashes than the policy allows', async () => {
    const { spawned, spawn } = fakeProcesses();
    const statuses: string[] = [];
    const supervisor = new EngineSupervisor(spawn, { onEngineMessage: () => undefined, onStatus: (s) => statuses.push(s.state) }, {
      maxRestarts: 2, windowMs: 60_000, delayMs: 1, stopTimeoutMs: 100,
    });
    supervisor.start();
    for (let crash = 0; crash < 3; crash += 1) {
      spawned.at(-1)!.hooks.onExit('crashed');
      await tick();
    }
    expect(spawned).toHaveLength(3);
    expect(statuses.at(-1)).toBe('stopped');
    expect(supervisor.state).toBe('stopped');
  });

  it('does not restart an engine it was asked to stop', async () => {
    const { spawned, spawn } = fakeProcesses();
    const supervisor = new EngineSupervisor(spawn, { onEngineMessage: () => undefined, onStatus: () => undefined });
    supervisor.start();
    await supervisor.stop();
    await tick(20);
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.killed).toBe(true);
    expect(supervisor.pid).toBeUndefined();
  });

  it('ignores messages from a process that was already replaced', async () => {
    const { spawned, spawn } = fakeProcesses();
    const replies: unknown[] = [];
    const supervisor = new EngineSupervisor(spawn, { onEngineMessage: (m) => replies.push(m), onStatus: () => undefined }, {
      maxRestarts: 3, windowMs: 60_000, delayMs: 1, stopTimeoutMs: 100,
    });
    supervisor.start();
    spawned[0]!.hooks.onExit('crashed');
    await tick();
    spawned[0]!.hooks.onMessage({ type: 'reply', id: 'late', result: { ok: true, value: 1 } });
    spawned[1]!.hooks.onMessage({ type: 'reply', id: 'fresh', result: { ok: true, value: 2 } });
    expect(replies).toEqual([{ type: 'reply', id: 'fresh', result: { ok: true, value: 2 } }]);
  });
});
