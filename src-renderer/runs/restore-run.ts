import type { EngineClient } from '../../src-shared/protocol/messages';
import { ok, type Result } from '../../src-shared/protocol/result';
import type { TrainingRun } from '../../src-shared/training/run';
import type { RunsStore } from '../store/runs-store';

/** What bringing a run back into the engine needs: the engine, and the runs with their weights. */
export interface RunEngineDeps {
  client: Pick<EngineClient, 'request'>;
  runs: RunsStore;
}

// One restore per run at a time: the gallery and the layer view may both find the model gone.
const pending = new WeakMap<object, Map<string, Promise<Result<void>>>>();

/** Sends a run's kept model to the engine under the run's own id and graph. */
function importKept(client: RunEngineDeps['client'], run: TrainingRun): Promise<Result<void>> {
  const files = run.weights?.files ?? [];
  return client
    .request('model.import', { files, runId: run.id, graph: run.graph })
    .then((imported) => (imported.ok ? ok(undefined) : imported));
}

/**
 * Loads a run's kept weights into the engine again (after a reload, a reopened project or an
 * engine restart). Concurrent calls for one run share one import.
 */
export function restoreRun(deps: RunEngineDeps, run: TrainingRun): Promise<Result<void>> {
  let byRun = pending.get(deps.client);
  if (byRun === undefined) {
    byRun = new Map();
    pending.set(deps.client, byRun);
  }
  const running = byRun.get(run.id);
  if (running !== undefined) return running;
  const map = byRun;
  const started = importKept(deps.client, run).finally(() => map.delete(run.id));
  map.set(run.id, started);
  return started;
}

/**
 * Runs `call` (an engine request about `runId`). When the engine answers RUN_NOT_FOUND and the
 * project keeps the run's weights, they are loaded back under the same id and `call` is tried
 * once more. Without kept weights the original answer stands; a failed restore says why.
 */
export async function ensureRunInEngine<T>(
  deps: RunEngineDeps,
  runId: string,
  call: () => Promise<Result<T>>,
): Promise<Result<T>> {
  const first = await call();
  if (first.ok || first.error.code !== 'RUN_NOT_FOUND') return first;
  const run = deps.runs.getState().runs.find((candidate) => candidate.id === runId);
  if (run?.weights === undefined) return first;
  const restored = await restoreRun(deps, run);
  if (!restored.ok) return restored;
  return call();
}

// Requests that create or drop the engine's model rather than use it.
const NOT_ABOUT_A_KEPT_RUN = new Set<string>(['train.start', 'model.import', 'run.release']);

function runIdOf(method: string, params: unknown): string | null {
  if (NOT_ABOUT_A_KEPT_RUN.has(method) || typeof params !== 'object' || params === null)
    return null;
  const runId = (params as { runId?: unknown }).runId;
  return typeof runId === 'string' ? runId : null;
}

const wrapped = new WeakMap<EngineClient, WeakMap<RunsStore, EngineClient>>();

/**
 * The engine client, with every request about a run going through ensureRunInEngine: views
 * that ask by run id get the run's model back from the project instead of RUN_NOT_FOUND.
 * One wrapper per (client, runs store), so React hooks see a stable object.
 */
export function runAwareClient(client: EngineClient, runs: RunsStore): EngineClient {
  let byStore = wrapped.get(client);
  if (byStore === undefined) {
    byStore = new WeakMap();
    wrapped.set(client, byStore);
  }
  const known = byStore.get(runs);
  if (known !== undefined) return known;
  const deps: RunEngineDeps = { client, runs };
  const aware: EngineClient = {
    request(method, params, options) {
      const runId = runIdOf(method, params);
      if (runId === null) return client.request(method, params, options);
      return ensureRunInEngine(deps, runId, () => client.request(method, params, options));
    },
    on: (event, listener) => client.on(event, listener),
    onConnection: (listener) => client.onConnection(listener),
    get connection() {
      return client.connection;
    },
    get info() {
      return client.info;
    },
  };
  byStore.set(runs, aware);
  return aware;
}
