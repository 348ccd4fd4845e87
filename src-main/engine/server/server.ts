import * as tf from '@tensorflow/tfjs';
import type { BackendName, EngineInfo } from '../../../src-shared/protocol/engine-types';
import type { EngineMessage, RequestName } from '../../../src-shared/protocol/messages';
import { appError, fail, type AppError, type Result } from '../../../src-shared/protocol/result';
import {
  parseClientMessage,
  parseRequestParams,
  requestIdOf,
} from '../../../src-shared/protocol/validate';
import { activeBackend } from '../backend';
import { loadFashionMnist } from '../datasets';
import type { FashionMnist, LoadDatasetOptions } from '../datasets/types';
import { toEngineError } from '../errors';
import type { EventSink } from '../events';
import { RunStore } from '../runs';
import { parallelTrainingThreads } from '../training/parallel/trainer';
import { ENGINE_VERSION } from '../version';
import type { HandlerMap, RequestScope, ServerContext } from './context';
import { HANDLERS } from './handlers';

export interface EngineServerOptions {
  /** Where to look for Fashion-MNIST (defaults: env, cache, system folder, download). */
  datasetOptions?: LoadDatasetOptions;
  /** Replaces handlers (tests). */
  handlers?: Partial<HandlerMap>;
}

/** What a transport needs from the engine: feed it raw messages; replies and events go to `send`. */
export interface EngineServer {
  handle(raw: unknown): void;
  /** Cancels everything in flight and frees every run. */
  dispose(): void;
  /** The engine's identity, as `engine.info` answers it. */
  info(): EngineInfo;
}

const cancelledError = (): AppError => appError('REQUEST_CANCELLED', 'The request was cancelled.');

/**
 * The transport-agnostic engine: validates every incoming message, runs its handler, answers
 * `{ ok, value } | { ok, error }`, cancels in-flight requests by id and forwards events.
 * Nothing a client sends can crash it: malformed input is answered with an error, unexpected
 * exceptions become INTERNAL errors and the engine keeps running.
 */
export function createEngineServer(
  send: (message: EngineMessage) => void,
  options: EngineServerOptions = {},
): EngineServer {
  const inflight = new Map<string, AbortController>();
  const handlers: HandlerMap = { ...HANDLERS, ...options.handlers } as HandlerMap;
  const datasetOptions = options.datasetOptions ?? {};

  const safeSend = (message: EngineMessage): void => {
    try {
      send(message);
    } catch (error) {
      // The transport is gone (e.g. the parent disconnected); nothing left to tell.
      process.stderr.write(`engine: could not send a ${message.type}: ${String(error)}\n`);
    }
  };
  const emit: EventSink = (event, payload) => safeSend({ type: 'event', event, payload });
  const reply = (id: string, result: Result<unknown>): void =>
    safeSend({ type: 'reply', id, result });

  const backend = (): BackendName => activeBackend() ?? (tf.getBackend() as BackendName);
  const ctx: ServerContext = {
    runs: new RunStore(),
    emit,
    backend,
    info: () => ({
      backend: backend(),
      trainingThreads: parallelTrainingThreads(backend()),
      tfjsVersion: tf.version.tfjs,
      engineVersion: ENGINE_VERSION,
      pid: process.pid,
    }),
    loadDataset: (): Promise<Result<FashionMnist>> =>
      loadFashionMnist({
        ...datasetOptions,
        onProgress: (progress) => emit('dataset.progress', progress),
      }),
    datasetOptions,
    training: null,
  };

  async function run(method: RequestName, id: string, params: unknown): Promise<void> {
    const controller = new AbortController();
    inflight.set(id, controller);
    const scope: RequestScope = { id, signal: controller.signal };
    let result: Result<unknown>;
    try {
      const checked = parseRequestParams(method, params);
      if (!checked.ok) {
        result = checked;
      } else {
        const handler = handlers[method] as (
          p: unknown,
          c: ServerContext,
          s: RequestScope,
        ) => Promise<Result<unknown>>;
        result = await handler(checked.value, ctx, scope);
        // train.start answers a cancel with its 'stopped' result; others just say cancelled.
        if (controller.signal.aborted && method !== 'train.start' && result.ok)
          result = fail(cancelledError());
      }
    } catch (error) {
      result = fail(toEngineError(error, `${method} failed`));
    } finally {
      inflight.delete(id);
    }
    reply(id, result);
  }

  function handle(raw: unknown): void {
    try {
      const parsed = parseClientMessage(raw);
      if (!parsed.ok) {
        const id = requestIdOf(raw);
        if (id !== null) reply(id, parsed);
        else
          process.stderr.write(
            `engine: dropped a message without an id: ${parsed.error.message}\n`,
          );
        return;
      }
      const message = parsed.value;
      if (message.type === 'cancel') {
        inflight.get(message.id)?.abort();
        return;
      }
      if (inflight.has(message.id)) {
        reply(
          message.id,
          fail(appError('MESSAGE_INVALID', `Request id "${message.id}" is already in use.`)),
        );
        return;
      }
      void run(message.method, message.id, message.params);
    } catch (error) {
      const id = requestIdOf(raw);
      if (id !== null) reply(id, fail(toEngineError(error, 'Message handling failed')));
    }
  }

  return {
    handle,
    dispose() {
      for (const controller of inflight.values()) controller.abort();
      ctx.runs.releaseAll();
    },
    info: ctx.info,
  };
}
