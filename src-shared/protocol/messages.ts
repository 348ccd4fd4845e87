import type { GraphDocument } from '../graph/document';
import type { Result } from './result';
import type {
  BatchMetrics,
  DatasetImage,
  DatasetSplit,
  DatasetStatus,
  EngineInfo,
  EpochMetrics,
  Evaluation,
  ExportFormat,
  TrainPhase,
  TrainResult,
} from './engine-types';
import type { ActivationsResult, GalleryFilter, GalleryPage, GallerySort, PreprocessParams, PreprocessResult } from './inspect-types';
import type { ExportedFile, ExportFilesParams, ModelImportParams, ModelImportResult } from './export-types';
import type { Locale } from '../i18n/messages';

/**
 * Every request the renderer (or CLI) can make of the engine, with its params and result.
 * Transports carry these unchanged; add a method here and its handler in the engine.
 */
export interface RequestMap {
  'engine.info': { params: Record<string, never>; result: EngineInfo };
  'dataset.status': { params: Record<string, never>; result: DatasetStatus };
  'dataset.images': {
    params: { split: DatasetSplit; label?: number; offset: number; limit: number };
    result: { total: number; images: DatasetImage[] };
  };
  /** Long-running: replies when training ends; cancel it to stop early (status 'stopped'). */
  'train.start': { params: { runId: string; graph: GraphDocument }; result: TrainResult };
  'run.evaluate': { params: { runId: string }; result: Evaluation };
  /** `images` are 784 bytes 0–255 each; the reply holds 10 probabilities per image. */
  'run.predict': { params: { runId: string; images: number[][] }; result: { probabilities: number[][] } };
  'run.export': {
    params: { runId: string; format: ExportFormat; path: string; locale?: Locale };
    result: { files: string[] };
  };
  /** Export without a path (browser mode): the engine writes to a temp folder and returns the bytes. */
  'run.exportFiles': { params: ExportFilesParams; result: { files: ExportedFile[] } };
  /** A TensorFlow.js layers model.json and its weights, registered as a run. */
  'model.import': { params: ModelImportParams; result: ModelImportResult };
  'run.release': { params: { runId: string }; result: { released: boolean } };
  /** Inspect: one page of test images with their predictions, filtered and sorted. */
  'run.testPredictions': {
    params: { runId: string; offset: number; limit: number; sort?: GallerySort } & GalleryFilter;
    result: GalleryPage;
  };
  /** Inspect: every layer's output for one dataset image. */
  'run.activations': { params: { runId: string; split: DatasetSplit; index: number }; result: ActivationsResult };
  /** Inspect: a photo through the Fashion-MNIST conversion, step by step (and classified if runId). */
  'image.preprocess': { params: PreprocessParams; result: PreprocessResult };
}

/** Everything the engine announces without being asked. */
export interface EventMap {
  'train.phase': { runId: string; phase: TrainPhase };
  'train.batch': { runId: string } & BatchMetrics;
  'train.epoch': { runId: string } & EpochMetrics;
  'dataset.progress': { file: string; receivedBytes: number; totalBytes: number | null };
}

export type RequestName = keyof RequestMap;
export type RequestParams<M extends RequestName> = RequestMap[M]['params'];
export type RequestResult<M extends RequestName> = RequestMap[M]['result'];
export type EventName = keyof EventMap;
export type EventPayload<E extends EventName> = EventMap[E];

/** Renderer → engine. A cancel names the request id it stops. */
export type ClientMessage =
  | { type: 'request'; id: string; method: RequestName; params: unknown }
  | { type: 'cancel'; id: string };

/**
 * Engine (or its host) → renderer. `status` comes from the host that owns the engine process
 * (Electron main or the browser-mode server), e.g. when the engine died and is restarting.
 */
export type EngineMessage =
  | { type: 'reply'; id: string; result: Result<unknown> }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'status'; state: EngineState; info?: EngineInfo; reason?: string };

export type EngineState = 'starting' | 'ready' | 'restarting' | 'stopped';

/** What the renderer sees of the link to the engine. */
export type ConnectionState = 'connecting' | 'connected' | 'restarting' | 'disconnected';

/** The part of AbortSignal the client needs (src-shared has no DOM or Node types). */
export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
}

/** The one typed client through which the renderer (and tests) reach the engine. */
export interface EngineClient {
  request<M extends RequestName>(
    method: M,
    params: RequestParams<M>,
    options?: { signal?: CancelSignal },
  ): Promise<Result<RequestResult<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  onConnection(listener: (state: ConnectionState, info: EngineInfo | null) => void): () => void;
  readonly connection: ConnectionState;
  readonly info: EngineInfo | null;
}
