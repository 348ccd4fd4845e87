import type { ClientMessage } from '../../src-shared/protocol/messages';

/** `open` means messages can flow; `connecting` covers (re)connection attempts. */
export type LinkState = 'connecting' | 'open' | 'closed';

export interface LinkListener {
  /** A message from the engine side, not yet checked (the client validates it). */
  message(data: unknown): void;
  state(state: LinkState): void;
}

/**
 * The smallest thing a transport must do: carry protocol messages both ways and say whether it
 * is up. WebSocket (browser mode) and MessagePort (Electron) implement it; the client does the rest.
 */
export interface MessageLink {
  readonly state: LinkState;
  /** False when the link is not open; the message is then dropped. */
  send(message: ClientMessage): boolean;
  subscribe(listener: LinkListener): () => void;
  close(): void;
}

/** Shared listener bookkeeping for transports. */
export class LinkListeners {
  private readonly listeners = new Set<LinkListener>();

  add(listener: LinkListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  message(data: unknown): void {
    for (const listener of [...this.listeners]) listener.message(data);
  }

  state(state: LinkState): void {
    for (const listener of [...this.listeners]) listener.state(state);
  }
}
