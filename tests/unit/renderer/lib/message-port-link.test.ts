import { afterEach, describe, expect, it } from 'vitest';
import { MessagePortLink } from '../../../../src-renderer/lib/transports/message-port-link';
import { HOST_WINDOW_CHANNEL, type ElectronHostApi } from '../../../../src-shared/protocol/host-api';
import type { LinkState } from '../../../../src-renderer/lib/message-link';

type Listener = (event: MessageEvent) => void;

/** Just enough of `window` for the link: message listeners the test can fire. */
class FakeWindow {
  readonly listeners = new Set<Listener>();
  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }
  post(data: unknown, source: unknown, ports: MessagePort[] = []): void {
    for (const listener of this.listeners) listener({ data, source, ports } as unknown as MessageEvent);
  }
}

function fakeHost(): ElectronHostApi & { portRequests: number } {
  const host = {
    kind: 'electron' as const,
    portRequests: 0,
    requestEnginePort() {
      host.portRequests += 1;
    },
  };
  return host as unknown as ElectronHostApi & { portRequests: number };
}

const nextMessage = (port: MessagePort): Promise<unknown> =>
  new Promise((resolve) => {
    port.onmessage = (event) => resolve(event.data);
  });

const channels: MessageChannel[] = [];
function channel(): MessageChannel {
  const created = new MessageChannel();
  channels.push(created);
  return created;
}
afterEach(() => {
  for (const { port1, port2 } of channels.splice(0)) {
    port1.close();
    port2.close();
  }
});

describe('MessagePortLink (Electron transport)', () => {
  it('asks the host for a port and opens when the preload hands one over', async () => {
    const win = new FakeWindow();
    const host = fakeHost();
    const link = new MessagePortLink(host, win as unknown as Window);
    const states: LinkState[] = [];
    const received: unknown[] = [];
    link.subscribe({ message: (data) => received.push(data), state: (state) => states.push(state) });
    expect(host.portRequests).toBe(1);
    expect(link.state).toBe('connecting');

    const { port1: engineSide, port2: pageSide } = channel();
    win.post({ channel: HOST_WINDOW_CHANNEL, kind: 'engine-port' }, win, [pageSide]);
    expect(states).toEqual(['open']);

    const toEngine = nextMessage(engineSide);
    expect(link.send({ type: 'cancel', id: 'r1' })).toBe(true);
    expect(await toEngine).toEqual({ type: 'cancel', id: 'r1' });

    engineSide.postMessage({ type: 'status', state: 'ready' });
    await expect.poll(() => received).toEqual([{ type: 'status', state: 'ready' }]);
    link.close();
  });

  it('ignores ports and messages that do not come from its own window', () => {
    const win = new FakeWindow();
    const link = new MessagePortLink(fakeHost(), win as unknown as Window);
    const { port2 } = channel();
    win.post({ channel: HOST_WINDOW_CHANNEL, kind: 'engine-port' }, { another: 'frame' }, [port2]);
    win.post({ channel: 'someone-else', kind: 'engine-port' }, win, [port2]);
    expect(link.state).toBe('connecting');
    expect(link.send({ type: 'cancel', id: 'x' })).toBe(false);
    link.close();
  });

  it('passes the host\'s engine status on and swaps to the new port after a restart', async () => {
    const win = new FakeWindow();
    const link = new MessagePortLink(fakeHost(), win as unknown as Window);
    const received: unknown[] = [];
    link.subscribe({ message: (data) => received.push(data), state: () => undefined });
    const first = channel();
    win.post({ channel: HOST_WINDOW_CHANNEL, kind: 'engine-port' }, win, [first.port2]);
    win.post({ channel: HOST_WINDOW_CHANNEL, kind: 'engine-status', status: { type: 'status', state: 'restarting' } }, win);
    expect(received).toEqual([{ type: 'status', state: 'restarting' }]);

    const second = channel();
    win.post({ channel: HOST_WINDOW_CHANNEL, kind: 'engine-port' }, win, [second.port2]);
    const toNewEngine = nextMessage(second.port1);
    link.send({ type: 'cancel', id: 'after-restart' });
    expect(await toNewEngine).toEqual({ type: 'cancel', id: 'after-restart' });
    link.close();
    expect(win.listeners.size).toBe(0);
  });
});
