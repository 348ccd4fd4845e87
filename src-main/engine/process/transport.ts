import type { EngineMessage } from '../../../src-shared/protocol/messages';

/** The part of Electron's MessagePortMain the engine uses (the engine never imports electron). */
interface PortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  on(event: 'close', listener: () => void): void;
  postMessage(message: unknown): void;
  start(): void;
  close(): void;
}

/** The part of Electron's `process.parentPort` (utilityProcess) the engine uses. */
interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown; ports: PortLike[] }) => void): void;
}

export interface TransportHandlers {
  onMessage(raw: unknown): void;
  /** A new port arrived (Electron): the host expects a fresh 'ready'. */
  onConnect(): void;
  /** The host went away: time to exit. */
  onClose(): void;
}

export interface Transport {
  /** Sends to the host (or the connected port); dropped while no port is connected. */
  send(message: EngineMessage): void;
  kind: 'electron' | 'node-ipc' | 'none';
}

function isConnect(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'connect';
}

/** Wires the engine to whichever host started it: Electron's parentPort, else Node's IPC channel. */
export function attachTransport(handlers: TransportHandlers): Transport {
  const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
  if (parentPort) {
    let port: PortLike | null = null;
    parentPort.on('message', (event) => {
      const next = event.ports[0];
      if (!isConnect(event.data) || next === undefined) return;
      port?.close();
      port = next;
      next.on('message', (message) => handlers.onMessage(message.data));
      next.start();
      handlers.onConnect();
    });
    return { kind: 'electron', send: (message) => port?.postMessage(message) };
  }
  if (typeof process.send === 'function') {
    process.on('message', (raw) => handlers.onMessage(raw));
    process.on('disconnect', () => handlers.onClose());
    return {
      kind: 'node-ipc',
      send: (message) => {
        if (process.connected) process.send?.(message);
      },
    };
  }
  process.stderr.write('engine: started without a host (no IPC channel, no parentPort); nothing to do.\n');
  return { kind: 'none', send: () => undefined };
}
