import type { EngineClient } from '../../src-shared/protocol/messages';
import type { RunsStore } from '../store/runs-store';

/**
 * Frees a run's trained model in the engine once the run leaves the project (deleted, or a
 * project opened over it): the engine keeps every trained model until told otherwise. The
 * project still holds a kept run's weights, so nothing the user can reach is lost. Returns the
 * function that unbinds.
 */
export function releaseDeletedRuns(
  runs: RunsStore,
  engine: Pick<EngineClient, 'request'>,
): () => void {
  let known = new Set(runs.getState().runs.map((run) => run.id));
  return runs.subscribe((state) => {
    const current = new Set(state.runs.map((run) => run.id));
    for (const id of known) {
      // Not there (never trained in this engine, or restarted since): nothing to free.
      if (!current.has(id)) void engine.request('run.release', { runId: id });
    }
    known = current;
  });
}
