import type { ClientMessage, EngineMessage } from '../../../../src-shared/protocol/messages';
import { LinkListeners, type LinkListener, type LinkState, type MessageLink } from '../../../../src-renderer/lib/message-link';

/** An in-memory MessageLink: the test plays the engine side. */
export class FakeLink implements MessageLink {
  readonly sent: ClientMessage[] = [];
  private readonly listeners = new LinkListeners();
  state: LinkState;

  constructor(state: LinkState = 'open') {
    this.state = state;
  }

  send(message: ClientMessage): boolean {
    if (this.state !== 'open') return false;
    this.sent.push(message);
    return true;
  }

  subscribe(listener: LinkListener): () => void {
    return this.listeners.add(listener);
  }

  close(): void {
    this.setState('closed');
  }

  /** Delivers a message as if the engine (or its host) had sent it. */
  deliver(message: EngineMessage | unknown): void {
    this.listeners.message(message);
  }

  setState(state: LinkState): void {
    this.state = state;
    this.listeners.state(state);
  }

  lastRequest(): Extract<ClientMessage, { type: 'request' }> {
    const request = [...this.sent].reverse().find((m) => m.type === 'request');
    if (!request || request.type !== 'request') throw new Error('no request was sent');
    return request;
  }
}
