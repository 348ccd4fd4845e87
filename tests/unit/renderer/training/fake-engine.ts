import type {
  CancelSignal,
  ConnectionState,
  EngineClient,
  EventName,
  EventPayload,
  RequestName,
  RequestParams,
  RequestResult,
} from '../../../../src-shared/protocol/messages';
import type { Result } from '../../../../src-shared/protocol/result';

interface PendingRequest {
  method: RequestName;
  params: unknown;
  signal: CancelSignal | undefined;
  resolve(result: Result<unknown>): void;
}

/** An in-memory engine client: tests emit events and answer requests by hand. */
export class FakeEngine implements EngineClient {
  readonly requests: PendingRequest[] = [];
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  connection: ConnectionState = 'connected';
  info = null;

  request<M extends RequestName>(
    method: M,
    params: RequestParams<M>,
    options: { signal?: CancelSignal } = {},
  ): Promise<Result<RequestResult<M>>> {
    return new Promise((resolve) => {
      this.requests.push({ method, params, signal: options.signal, resolve: resolve as (r: Result<unknown>) => void });
    });
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener as (payload: unknown) => void);
    return () => set.delete(listener as (payload: unknown) => void);
  }

  onConnection(): () => void {
    return () => undefined;
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  /** Answers the latest request. */
  reply(result: Result<unknown>): void {
    const last = this.requests[this.requests.length - 1];
    if (!last) throw new Error('no pending request');
    last.resolve(result);
  }
}

/** Lets pending promise callbacks run. */
export const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
