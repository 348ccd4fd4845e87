import type { TrainingRun } from '../../src-shared/training/run';
import { selectDirty, useEditor, type EditorStore } from '../store/editor-store';
import { useProject, type ProjectState, type ProjectStore } from './project-store';

/**
 * True when the runs differ from the saved ones. Runs are immutable records, so a run added,
 * finished, renamed, deleted or stripped of its weights is a different object (or count).
 */
export function runsChanged(
  saved: readonly TrainingRun[],
  current: readonly TrainingRun[],
): boolean {
  if (saved === current) return false;
  return saved.length !== current.length || current.some((run, i) => run !== saved[i]);
}

/** True when the project's runs are unsaved. */
export const selectRunsDirty = (state: ProjectState): boolean =>
  runsChanged(state.savedRuns, state.runs);

/** True when the graph or the runs have changes not yet saved. */
export function isProjectDirty(ctx: { editor: EditorStore; project: ProjectStore }): boolean {
  return selectDirty(ctx.editor.getState()) || selectRunsDirty(ctx.project.getState());
}

/** The window's unsaved marker: graph edits or run changes since the last save or open. */
export function useProjectDirty(): boolean {
  const graph = useEditor(selectDirty);
  const runs = useProject(selectRunsDirty);
  return graph || runs;
}
