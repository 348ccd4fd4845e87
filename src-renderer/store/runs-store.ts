import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { settleInterrupted, type TrainingRun } from '../../src-shared/training/run';
import { cleanRunName } from '../../src-shared/training/run-schema';

/** Every training run of the open project, and which ones the charts show. */
export interface RunsState {
  runs: TrainingRun[];
  /** The run drawn in full on the charts (the live one while training); null = the newest. */
  focusedRunId: string | null;
  /** Runs drawn beside the focused one for comparison. */
  overlayIds: string[];
  add(run: TrainingRun): void;
  /** Applies `change` to one run; unknown ids are ignored (the run may have been deleted). */
  update(id: string, change: (run: TrainingRun) => TrainingRun): void;
  /** Renames a run; a blank name is refused (returns false). */
  rename(id: string, name: string): boolean;
  /** Deletes a run; a run still training cannot be deleted (returns false). */
  remove(id: string): boolean;
  /** Replaces every run (a project was opened); runs left 'running' count as stopped. */
  replaceAll(runs: readonly TrainingRun[]): void;
  focus(id: string | null): void;
  toggleOverlay(id: string): void;
}

export type RunsStore = StoreApi<RunsState>;

/** A new runs store (one per window; tests make their own). */
export function createRunsStore(initial: readonly TrainingRun[] = []): RunsStore {
  return createStore<RunsState>()((set, get) => ({
    runs: initial.map(settleInterrupted),
    focusedRunId: null,
    overlayIds: [],
    add: (run) => set((s) => ({ runs: [...s.runs, run], focusedRunId: run.id })),
    update: (id, change) =>
      set((s) => {
        const index = s.runs.findIndex((r) => r.id === id);
        if (index < 0) return {};
        const runs = s.runs.slice();
        runs[index] = change(runs[index] as TrainingRun);
        return { runs };
      }),
    rename: (id, name) => {
      const clean = cleanRunName(name);
      if (clean === '' || !get().runs.some((r) => r.id === id)) return false;
      get().update(id, (run) => ({ ...run, name: clean }));
      return true;
    },
    remove: (id) => {
      const run = get().runs.find((r) => r.id === id);
      if (!run || run.status === 'running') return false;
      set((s) => ({
        runs: s.runs.filter((r) => r.id !== id),
        focusedRunId: s.focusedRunId === id ? null : s.focusedRunId,
        overlayIds: s.overlayIds.filter((o) => o !== id),
      }));
      return true;
    },
    replaceAll: (runs) => set({ runs: runs.map(settleInterrupted), focusedRunId: null, overlayIds: [] }),
    focus: (id) => set((s) => ({ focusedRunId: id, overlayIds: s.overlayIds.filter((o) => o !== id) })),
    toggleOverlay: (id) =>
      set((s) => ({
        overlayIds: s.overlayIds.includes(id) ? s.overlayIds.filter((o) => o !== id) : [...s.overlayIds, id],
      })),
  }));
}

/** The run the charts draw in full: the focused one, else the newest. */
export function selectFocusedRun(state: RunsState): TrainingRun | null {
  const focused = state.focusedRunId === null ? undefined : state.runs.find((r) => r.id === state.focusedRunId);
  return focused ?? state.runs[state.runs.length - 1] ?? null;
}

/** The window's runs. */
export const runsStore: RunsStore = createRunsStore();

/** Reads from the runs store, re-rendering when the selected value changes. */
export function useRuns<T>(selector: (state: RunsState) => T): T {
  return useStore(runsStore, selector);
}
