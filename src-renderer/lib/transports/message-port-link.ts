import { HOST_WINDOW_CHANNEL, type ElectronHostApi, type HostWindowMessage } from '../../../src-shared/protocol/host-api';
import type { ClientMessage } from '../../../src-shared/protocol/messages';
import { LinkListeners, type LinkListener, type LinkState, type MessageLink } from '../message-link';

function isHostMessage(data: unknown): data is HostWindowMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { channel?: unknown }).channel === HOST_WINDOW_CHANNEL &&
    typeof (data as { kind?: unknown }).kind === 'string'
  );
}

/**
 * Electron: a MessagePort straight to the engine's utility process (metric streams never pass
 * through the main process). The preload hands over ports with `window.postMessage`; a new port
 * replaces the old one after the engine restarts. Engine status from the main process arrives
 * the same way and is passed on like any engine message.
 */
export class MessagePortLink implements MessageLink {
  private readonly listeners = new LinkListeners();
  private port: MessagePort | null = null;
  private stateValue: LinkState = 'connecting';
  private readonly onWindowMessage = (event: MessageEvent): void => this.receiveFromHost(event);

  constructor(
    private readonly host: ElectronHostApi,
    private readonly target: Window = window,
  ) {
    target.addEventListener('message', this.onWindowMessage);
    host.requestEnginePort();
  }

  get state(): LinkState {
    return this.stateValue;
  }

  send(message: ClientMessage): boolean {
    if (this.stateValue !== 'open' || !this.port) return false;
    this.port.postMessage(message);
    return true;
  }

  subscribe(listener: LinkListener): () => void {
    return this.listeners.add(listener);
  }

  close(): void {
    this.target.removeEventListener('message', this.onWindowMessage);
    this.port?.close();
    this.port = null;
    this.setState('closed');
  }

  private receiveFromHost(event: MessageEvent): void {
    // Only the preload (same window) speaks on this channel; frames and other windows cannot.
    if (event.source !== this.target || !isHostMessage(event.data)) return;
    const data = event.data;
    if (data.kind === 'engine-status') {
      this.listeners.message(data.status);
      return;
    }
    const port = event.ports[0];
    if (!port) return;
    this.port?.close();
    this.port = port;
    port.onmessage = (portEvent: MessageEvent) => this.listeners.message(portEvent.data);
    port.start();
    this.setState('open');
  }

  private setState(state: LinkState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    this.listeners.state(state);
  }
}
