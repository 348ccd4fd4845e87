import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AppError } from '../../src-shared/protocol/result';
import type { TrainingRun } from '../../src-shared/training/run';
import type { RecentProject } from './recent';
import type { RecoverySnapshot } from './recovery';

/** Why the recovery copy is incomplete (weights left out) or missing (storage full). */
export type AutosaveNotice = 'weightsSkipped' | 'storageFull';

/** The answer to "save your changes first?". */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The open project around the graph: its name, file, runs, recent list and dialogs. */
export interface ProjectState {
  /** null while the project is untitled. */
  name: string | null;
  /** The file it was opened from or saved to (desktop app); null in browser mode or when new. */
  path: string | null;
  /** Whether the project has been saved or opened from a file (Save then needs no dialog). */
  hasFile: boolean;
  /** Training runs kept with the project (the training dashboard fills them). */
  runs: TrainingRun[];
  /** The runs as last saved or opened: the project is unsaved when `runs` differ from them. */
  savedRuns: TrainingRun[];
  recent: RecentProject[];
  /** Unsaved work found at start, offered back to the user. */
  recovery: RecoverySnapshot | null;
  /** The last open or save failure, shown until dismissed. */
  error: AppError | null;
  /** Set while the "unsaved changes" dialog waits for an answer. */
  confirm: ((choice: UnsavedChoice) => void) | null;
  busy: boolean;
  /** What the last autosave could not copy, shown until dismissed. */
  autosaveNotice: AutosaveNotice | null;
}

export type ProjectStore = StoreApi<ProjectState>;

/** A fresh project store (one per window; tests make their own). */
export function createProjectStore(initial: Partial<ProjectState> = {}): ProjectStore {
  return createStore<ProjectState>()(() => ({
    name: null,
    path: null,
    hasFile: false,
    runs: [],
    savedRuns: [],
    recent: [],
    recovery: null,
    error: null,
    confirm: null,
    busy: false,
    autosaveNotice: null,
    ...initial,
  }));
}

/** The window's project store. */
export const projectStore: ProjectStore = createProjectStore();

/** Reads from the window's project store. */
export function useProject<T>(selector: (state: ProjectState) => T): T {
  return useStore(projectStore, selector);
}
