import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { TrainPhase } from '../../src-shared/protocol/engine-types';
import type { AppError } from '../../src-shared/protocol/result';

/** Where the live run stands, as the progress bar shows it (epoch is 1-based, batch counts done). */
export interface TrainingProgress {
  epoch: number;
  epochs: number;
  batch: number;
  batchesPerEpoch: number;
  samplesPerSecond: number;
  elapsedMs: number;
  etaMs: number;
}

export type TrainingStatus = 'idle' | 'running' | 'stopping';

/** The live training session; the run records themselves live in the runs store. */
export interface TrainingSessionState {
  status: TrainingStatus;
  runId: string | null;
  phase: TrainPhase | 'starting' | null;
  progress: TrainingProgress | null;
  /** The error that ended the latest run, shown until the next run starts. */
  lastError: AppError | null;
  begin(runId: string, epochs: number): void;
  setPhase(phase: TrainPhase): void;
  setProgress(progress: TrainingProgress): void;
  markStopping(): void;
  end(error?: AppError | null): void;
}

export type TrainingStore = StoreApi<TrainingSessionState>;

/** A new session store (one per window; tests make their own). */
export function createTrainingStore(): TrainingStore {
  return createStore<TrainingSessionState>()((set) => ({
    status: 'idle',
    runId: null,
    phase: null,
    progress: null,
    lastError: null,
    begin: (runId, epochs) =>
      set({
        status: 'running',
        runId,
        phase: 'starting',
        lastError: null,
        progress: { epoch: 1, epochs, batch: 0, batchesPerEpoch: 0, samplesPerSecond: 0, elapsedMs: 0, etaMs: 0 },
      }),
    setPhase: (phase) => set({ phase }),
    setProgress: (progress) => set({ progress }),
    markStopping: () => set((s) => (s.status === 'running' ? { status: 'stopping' } : {})),
    end: (error = null) => set({ status: 'idle', runId: null, phase: null, lastError: error }),
  }));
}

/** The window's training session. */
export const trainingStore: TrainingStore = createTrainingStore();

/** True while a run is going (or stopping): the graph must not change under it. */
export const selectIsTraining = (state: TrainingSessionState): boolean => state.status !== 'idle';

/** Reads from the training session, re-rendering when the selected value changes. */
export function useTraining<T>(selector: (state: TrainingSessionState) => T): T {
  return useStore(trainingStore, selector);
}

/** For the canvas and inspector: true while the graph is read-only because it is training. */
export function useIsTraining(): boolean {
  return useStore(trainingStore, selectIsTraining);
}

/** Outside React (store actions, keyboard shortcuts): is a run going right now? */
export function isTrainingNow(): boolean {
  return selectIsTraining(trainingStore.getState());
}
