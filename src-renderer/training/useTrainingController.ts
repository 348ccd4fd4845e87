import type { EngineClient } from '../../src-shared/protocol/messages';
import { useEngine } from '../lib/useEngine';
import { runsStore } from '../store/runs-store';
import { keepRunWeights } from '../runs/keep-weights';
import { weightsNotesStore } from '../runs/weights-notes';
import { trainingStore } from '../store/training-store';
import { liveCurve } from './live-curve';
import { TrainingController } from './training-controller';

// One controller per engine client, outside React: a run outlives the panel that started it
// (a tab switch must not lose the Stop button's handle on it).
const controllers = new WeakMap<EngineClient, TrainingController>();

/** The window's training controller for the app's engine client. */
export function useTrainingController(): TrainingController {
  const client = useEngine();
  let controller = controllers.get(client);
  if (!controller) {
    controller = new TrainingController({
      client,
      runs: runsStore,
      session: trainingStore,
      curve: liveCurve,
      keepWeights: (runId) => keepRunWeights({ client, runs: runsStore, notes: weightsNotesStore }, runId),
    });
    controllers.set(client, controller);
  }
  return controller;
}
