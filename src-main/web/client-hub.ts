import type { WebSocket } from 'ws';
import type { ClientMessage, EngineMessage } from '../../src-shared/protocol/messages';
import { appError, type AppError } from '../../src-shared/protocol/result';
import { parseClientMessage, parseRequestParams, requestIdOf } from '../../src-shared/protocol/validate';
import type { StatusMessage } from './engine-supervisor';

interface Pending {
  socket: WebSocket;
  clientId: string;
}

/** Where the hub sends checked client messages (the engine supervisor). */
export interface EngineSink {
  send(message: ClientMessage): boolean;
  currentStatus(): StatusMessage;
}

/**
 * Joins many browser tabs onto the one engine. Request ids are made unique per connection
 * (`c<n>:<id>`) on the way in and restored on the way out, so tabs cannot see or cancel each
 * other's requests; events go to everyone.
 */
export class ClientHub {
  private readonly sockets = new Map<WebSocket, string>();
  private readonly pending = new Map<string, Pending>();
  private nextConnection = 1;

  constructor(private readonly engine: EngineSink) {}

  /** Number of open renderer connections. */
  get size(): number {
    return this.sockets.size;
  }

  /** Takes over a freshly accepted socket: greets it with the engine's status, wires its messages. */
  add(socket: WebSocket): void {
    const prefix = `c${this.nextConnection++}:`;
    this.sockets.set(socket, prefix);
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      this.receive(socket, prefix, data.toString());
    });
    socket.on('close', () => this.drop(socket, prefix));
    socket.on('error', () => socket.terminate());
    this.sendTo(socket, this.engine.currentStatus());
  }

  /** Routes one engine message: replies to their requester, events and status to all. */
  deliver(message: EngineMessage): void {
    if (message.type === 'reply') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      this.sendTo(pending.socket, { ...message, id: pending.clientId });
      return;
    }
    if (message.type === 'status' && (message.state === 'restarting' || message.state === 'stopped')) {
      const code = message.state === 'restarting' ? 'ENGINE_RESTARTED' : 'ENGINE_DISCONNECTED';
      this.failAll(appError(code, `The engine stopped (${message.reason ?? 'unknown reason'}); the request was lost.`));
    }
    for (const socket of this.sockets.keys()) this.sendTo(socket, message);
  }

  /** Closes every connection (server shutdown). */
  closeAll(): void {
    for (const socket of this.sockets.keys()) socket.close(1001, 'server closing');
  }

  private receive(socket: WebSocket, prefix: string, text: string): void {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return this.replyError(socket, null, appError('MESSAGE_INVALID', 'Message is not JSON.'));
    }
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) return this.replyError(socket, requestIdOf(raw), parsed.error);
    const message = parsed.value;
    const engineId = prefix + message.id;
    if (message.type === 'cancel') {
      if (this.pending.has(engineId)) this.engine.send({ type: 'cancel', id: engineId });
      return;
    }
    const params = parseRequestParams(message.method, message.params);
    if (!params.ok) return this.replyError(socket, message.id, params.error);
    if (this.pending.has(engineId)) {
      return this.replyError(socket, message.id, appError('MESSAGE_INVALID', `Request id "${message.id}" is already in use.`));
    }
    this.pending.set(engineId, { socket, clientId: message.id });
    const sent = this.engine.send({ type: 'request', id: engineId, method: message.method, params: params.value });
    if (!sent) {
      this.pending.delete(engineId);
      this.replyError(socket, message.id, appError('ENGINE_DISCONNECTED', 'The engine is not running right now.'));
    }
  }

  private drop(socket: WebSocket, prefix: string): void {
    this.sockets.delete(socket);
    // Nobody is left to read these replies: stop the work (e.g. a training run) in the engine.
    for (const [engineId, pending] of this.pending) {
      if (pending.socket !== socket) continue;
      this.pending.delete(engineId);
      if (engineId.startsWith(prefix)) this.engine.send({ type: 'cancel', id: engineId });
    }
  }

  private failAll(error: AppError): void {
    for (const [engineId, pending] of this.pending) {
      this.pending.delete(engineId);
      this.sendTo(pending.socket, { type: 'reply', id: pending.clientId, result: { ok: false, error } });
    }
  }

  private replyError(socket: WebSocket, id: string | null, error: AppError): void {
    // Without an id nobody can be told; a malformed message is simply dropped.
    if (id !== null) this.sendTo(socket, { type: 'reply', id, result: { ok: false, error } });
  }

  private sendTo(socket: WebSocket, message: EngineMessage): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  }
}
