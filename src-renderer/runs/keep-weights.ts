import type { EngineClient } from '../../src-shared/protocol/messages';
import { ok, type Result } from '../../src-shared/protocol/result';
import {
  RUN_WEIGHTS_MAX_BYTES,
  runWeightsFromFiles,
  withWeights,
  type RunWeights,
} from '../../src-shared/training/run-weights';
import type { RunsStore } from '../store/runs-store';
import type { WeightsNotesStore } from './weights-notes';

/** What keeping a run's weights needs: the engine that holds the model and the runs store. */
export interface KeepWeightsDeps {
  client: Pick<EngineClient, 'request'>;
  runs: RunsStore;
  /** Where a run that could not keep its weights says why (optional). */
  notes?: WeightsNotesStore;
}

/**
 * Copies a run's trained model from the engine into the run (its TensorFlow.js files), so the
 * project keeps it. All files or none: a failed export or a model above RUN_WEIGHTS_MAX_BYTES
 * leaves the run without weights. Resolves to what was kept (null when nothing was).
 */
export async function keepRunWeights(
  deps: KeepWeightsDeps,
  runId: string,
): Promise<Result<RunWeights | null>> {
  const exported = await deps.client.request('run.exportFiles', { runId, format: 'tfjs' });
  if (!exported.ok) {
    deps.notes?.getState().note(runId, { kind: 'failed', error: exported.error });
    return exported;
  }
  const weights = runWeightsFromFiles(exported.value.files);
  if (weights.bytes > RUN_WEIGHTS_MAX_BYTES) {
    deps.notes?.getState().note(runId, { kind: 'tooLarge', bytes: weights.bytes });
    return ok(null);
  }
  deps.notes?.getState().note(runId, null);
  deps.runs.getState().update(runId, (run) => withWeights(run, weights));
  return ok(weights);
}
