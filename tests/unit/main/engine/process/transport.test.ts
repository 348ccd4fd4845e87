import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachTransport } from '../../../../../src-main/engine/process/transport';

/** Stands in for Electron's MessagePortMain: an emitter with postMessage/start/close. */
class FakePort extends EventEmitter {
  posted: unknown[] = [];
  started = false;
  closed = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  start() {
    this.started = true;
  }
  close() {
    this.closed = true;
  }
}

const host = process as unknown as { parentPort?: EventEmitter };

afterEach(() => {
  delete host.parentPort;
});

describe('attachTransport under Electron utilityProcess', () => {
  it('talks over the port handed in by a connect message, and a new connect replaces it', () => {
    const parentPort = new EventEmitter();
    host.parentPort = parentPort;
    const onMessage = vi.fn();
    const onConnect = vi.fn();
    const transport = attachTransport({ onMessage, onConnect, onClose: vi.fn() });
    expect(transport.kind).toBe('electron');

    // Nothing to talk to before the main process connects: sending is a no-op.
    transport.send({ type: 'status', state: 'starting' });

    const first = new FakePort();
    parentPort.emit('message', { data: { type: 'connect' }, ports: [first] });
    expect(first.started).toBe(true);
    expect(onConnect).toHaveBeenCalledTimes(1);
    first.emit('message', { data: { type: 'request', id: '1', method: 'engine.info' } });
    expect(onMessage).toHaveBeenCalledWith({ type: 'request', id: '1', method: 'engine.info' });
    transport.send({ type: 'status', state: 'ready' });
    expect(first.posted).toEqual([{ type: 'status', state: 'ready' }]);

    // Other parent messages (no connect, or no port) are ignored.
    parentPort.emit('message', { data: { type: 'hello' }, ports: [new FakePort()] });
    parentPort.emit('message', { data: { type: 'connect' }, ports: [] });
    expect(onConnect).toHaveBeenCalledTimes(1);

    const second = new FakePort();
    parentPort.emit('message', { data: { type: 'connect' }, ports: [second] });
    expect(first.closed).toBe(true);
    expect(onConnect).toHaveBeenCalledTimes(2);
    transport.send({ type: 'status', state: 'ready' });
    expect(second.posted).toHaveLength(1);
    expect(first.posted).toHaveLength(1);
  });
});
