import type { ProjectStore } from '../project/project-store';
import type { RunsStore } from './runs-store';

/**
 * Keeps the runs store and the project's `runs` in step, so every run is saved with the project:
 * a project opened, recovered or started anew replaces the runs; a run added, renamed, finished
 * or deleted is written back to the project. Returns the function that unbinds them.
 */
export function bindRunsToProject(runs: RunsStore, project: ProjectStore): () => void {
  let lastWritten = project.getState().runs;
  const fromProject = (): void => {
    const incoming = project.getState().runs;
    if (incoming === lastWritten) return;
    lastWritten = incoming;
    runs.getState().replaceAll(incoming);
  };
  const toProject = (): void => {
    const current = runs.getState().runs;
    if (current === lastWritten) return;
    lastWritten = current;
    project.setState({ runs: current });
  };
  // The project is the source at start: it may already hold runs (recovered or opened).
  lastWritten = runs.getState().runs;
  fromProject();
  const offProject = project.subscribe(fromProject);
  const offRuns = runs.subscribe(toProject);
  return () => {
    offProject();
    offRuns();
  };
}

let windowBinding: (() => void) | null = null;

/** Binds the window's runs store to the window's project store, once (later calls do nothing). */
export function bindWindowRuns(runs: RunsStore, project: ProjectStore): void {
  if (windowBinding === null) windowBinding = bindRunsToProject(runs, project);
}
