import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AppError } from '../../src-shared/protocol/result';

/** Why a finished run has no kept weights, for the run history (not saved with the project). */
export type WeightsNote = { kind: 'tooLarge'; bytes: number } | { kind: 'failed'; error: AppError };

export interface WeightsNotesState {
  notes: Record<string, WeightsNote>;
  note(runId: string, note: WeightsNote | null): void;
}

export type WeightsNotesStore = StoreApi<WeightsNotesState>;

/** A new notes store (one per window; tests make their own). */
export function createWeightsNotesStore(): WeightsNotesStore {
  return createStore<WeightsNotesState>()((set) => ({
    notes: {},
    note: (runId, note) =>
      set((s) => {
        const notes = { ...s.notes };
        if (note === null) delete notes[runId];
        else notes[runId] = note;
        return { notes };
      }),
  }));
}

/** The window's notes. */
export const weightsNotesStore: WeightsNotesStore = createWeightsNotesStore();

/** The note about one run's weights, if any. */
export function useWeightsNote(runId: string): WeightsNote | null {
  return useStore(weightsNotesStore, (s) => s.notes[runId] ?? null);
}
