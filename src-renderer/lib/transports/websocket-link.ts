import type { ClientMessage } from '../../../src-shared/protocol/messages';
import { LinkListeners, type LinkListener, type LinkState, type MessageLink } from '../message-link';

/** Path of the engine socket on the browser-mode server (src-main/web). */
export const ENGINE_SOCKET_PATH = '/engine';

const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000];

/** The engine socket's address for a page served by browser mode, token carried over. */
export function engineSocketUrl(pageUrl: string, token: string): string {
  const page = new URL(pageUrl);
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${page.host}${ENGINE_SOCKET_PATH}?token=${encodeURIComponent(token)}`;
}

/**
 * Browser mode: one WebSocket to the local server, reopened with growing pauses when it drops
 * (the server itself may have been restarted). Messages are JSON text frames.
 */
export class WebSocketLink implements MessageLink {
  private readonly listeners = new LinkListeners();
  private socket: WebSocket | null = null;
  private stateValue: LinkState = 'connecting';
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(private readonly url: string) {
    this.open();
  }

  get state(): LinkState {
    return this.stateValue;
  }

  send(message: ClientMessage): boolean {
    if (this.stateValue !== 'open' || !this.socket) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  subscribe(listener: LinkListener): () => void {
    return this.listeners.add(listener);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.socket?.close();
    this.setState('closed');
  }

  private open(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempts = 0;
      this.setState('open');
    });
    socket.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      this.listeners.message(data);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket || this.closed) return;
      this.socket = null;
      this.setState('closed');
      const delay = RETRY_DELAYS_MS[Math.min(this.attempts, RETRY_DELAYS_MS.length - 1)] ?? 4000;
      this.attempts += 1;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        if (this.closed) return;
        this.setState('connecting');
        this.open();
      }, delay);
    });
  }

  private setState(state: LinkState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    this.listeners.state(state);
  }
}
