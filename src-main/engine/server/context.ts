import type { BackendName, EngineInfo } from '../../../src-shared/protocol/engine-types';
import type { RequestName, RequestParams, RequestResult } from '../../../src-shared/protocol/messages';
import type { Result } from '../../../src-shared/protocol/result';
import type { FashionMnist, LoadDatasetOptions } from '../datasets/types';
import type { EventSink } from '../events';
import type { RunStore } from '../runs';

/** What every request handler can use; one per engine server. */
export interface ServerContext {
  runs: RunStore;
  emit: EventSink;
  backend(): BackendName;
  info(): EngineInfo;
  /** Loads (once) the dataset, announcing download progress as events. */
  loadDataset(): Promise<Result<FashionMnist>>;
  datasetOptions: LoadDatasetOptions;
  /** The run id being trained, if any: one training at a time. */
  training: string | null;
}

/** One request's own context: its id and a signal that fires when the client cancels it. */
export interface RequestScope {
  id: string;
  signal: AbortSignal;
}

export type Handler<M extends RequestName> = (
  params: RequestParams<M>,
  ctx: ServerContext,
  scope: RequestScope,
) => Promise<Result<RequestResult<M>>>;

/** Every request method's handler; adding a method to RequestMap requires one. */
export type HandlerMap = { [M in RequestName]: Handler<M> };
