import type { EngineInfo } from '../../src-shared/protocol/engine-types';
import type {
  CancelSignal,
  ConnectionState,
  EngineClient,
  EngineMessage,
  EventName,
  EventPayload,
  RequestName,
  RequestParams,
  RequestResult,
} from '../../src-shared/protocol/messages';
import { appError, fail, type AppError, type Result } from '../../src-shared/protocol/result';
import { parseEngineMessage } from '../../src-shared/protocol/validate';
import type { LinkState, MessageLink } from './message-link';

type ConnectionListener = (state: ConnectionState, info: EngineInfo | null) => void;
type Resolve = (result: Result<unknown>) => void;

/**
 * The renderer's one EngineClient, over any MessageLink. Requests get ids and resolve with the
 * engine's Result; cancelling sends a `cancel` and still waits for the engine's answer (a
 * cancelled training run replies with what it learned). Connection state follows the host's
 * status messages; every pending request fails with ENGINE_RESTARTED or ENGINE_DISCONNECTED
 * when the engine goes away, so no caller waits forever.
 */
export class LinkEngineClient implements EngineClient {
  private readonly pending = new Map<string, Resolve>();
  private readonly eventListeners = new Map<string, Set<(payload: unknown) => void>>();
  private readonly connectionListeners = new Set<ConnectionListener>();
  private readonly unsubscribe: () => void;
  private nextId = 1;
  private connectionValue: ConnectionState = 'connecting';
  private infoValue: EngineInfo | null = null;

  constructor(private readonly link: MessageLink) {
    this.unsubscribe = link.subscribe({
      message: (data) => this.receive(data),
      state: (state) => this.linkChanged(state),
    });
    if (link.state === 'closed') this.connectionValue = 'disconnected';
  }

  get connection(): ConnectionState {
    return this.connectionValue;
  }

  get info(): EngineInfo | null {
    return this.infoValue;
  }

  request<M extends RequestName>(
    method: M,
    params: RequestParams<M>,
    options: { signal?: CancelSignal } = {},
  ): Promise<Result<RequestResult<M>>> {
    const { signal } = options;
    if (signal?.aborted) {
      return Promise.resolve(fail(appError('REQUEST_CANCELLED', `${method} was cancelled before it was sent.`)));
    }
    const id = `r${this.nextId++}`;
    return new Promise<Result<RequestResult<M>>>((resolve) => {
      this.pending.set(id, resolve as Resolve);
      if (!this.link.send({ type: 'request', id, method, params })) {
        this.pending.delete(id);
        resolve(fail(appError('ENGINE_DISCONNECTED', `${method} could not be sent: the engine is not connected.`)));
        return;
      }
      signal?.addEventListener('abort', () => {
        if (this.pending.has(id)) this.link.send({ type: 'cancel', id });
      });
    });
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const listeners = this.eventListeners.get(event) ?? new Set();
    this.eventListeners.set(event, listeners);
    const wrapped = listener as (payload: unknown) => void;
    listeners.add(wrapped);
    return () => listeners.delete(wrapped);
  }

  onConnection(listener: ConnectionListener): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  /** Detaches from the link and fails whatever is still pending. */
  dispose(): void {
    this.unsubscribe();
    this.failPending(appError('ENGINE_DISCONNECTED', 'The engine client was closed.'));
    this.link.close();
  }

  private receive(data: unknown): void {
    const parsed = parseEngineMessage(data);
    if (!parsed.ok) return;
    const message: EngineMessage = parsed.value;
    if (message.type === 'reply') {
      const resolve = this.pending.get(message.id);
      if (!resolve) return;
      this.pending.delete(message.id);
      resolve(message.result);
    } else if (message.type === 'event') {
      for (const listener of [...(this.eventListeners.get(message.event) ?? [])]) listener(message.payload);
    } else if (message.state === 'ready') {
      this.setConnection('connected', message.info ?? this.infoValue);
    } else if (message.state === 'restarting') {
      this.failPending(appError('ENGINE_RESTARTED', 'The engine stopped and is restarting; the request was lost.'));
      this.setConnection('restarting', null);
    } else if (message.state === 'stopped') {
      this.failPending(appError('ENGINE_DISCONNECTED', 'The engine stopped.'));
      this.setConnection('disconnected', null);
    } else if (this.connectionValue !== 'restarting') {
      // A restarted engine says 'starting' first; keep showing "restarting" until it is ready.
      this.setConnection('connecting', null);
    }
  }

  private linkChanged(state: LinkState): void {
    if (state === 'closed') {
      this.failPending(appError('ENGINE_DISCONNECTED', 'The connection to the engine was lost.'));
      this.setConnection('disconnected', null);
    } else if (this.connectionValue === 'disconnected' || (state === 'connecting' && this.connectionValue === 'connected')) {
      this.setConnection('connecting', null);
    }
  }

  private failPending(error: AppError): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of waiting) resolve({ ok: false, error });
  }

  private setConnection(state: ConnectionState, info: EngineInfo | null): void {
    if (state === this.connectionValue && info === this.infoValue) return;
    this.connectionValue = state;
    this.infoValue = info;
    for (const listener of [...this.connectionListeners]) listener(state, info);
  }
}
