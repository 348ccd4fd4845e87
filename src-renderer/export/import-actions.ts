import type { EngineClient } from '../../src-shared/protocol/messages';
import type { ModelImportResult } from '../../src-shared/protocol/export-types';
import { appError, fail, ok, type Result } from '../../src-shared/protocol/result';
import { createRun, type TrainingRun } from '../../src-shared/training/run';
import type { EditorStore } from '../store/editor-store';
import type { RunsStore } from '../store/runs-store';
import { bytesToBase64 } from './base64';
import { checkImportSelection, type PickedFile } from './import-selection';

/** What an import works on; the window passes its own stores, tests their own. */
export interface ImportDeps {
  client: Pick<EngineClient, 'request' | 'info'>;
  editor: EditorStore;
  runs: RunsStore;
  /** The imported run's name in the user's language, e.g. "Imported: model.json". */
  runName(file: string): string;
  now?: () => Date;
  /** Keeps the imported model with the project, so it opens again after a reload (optional). */
  keepWeights?: (runId: string) => Promise<unknown>;
}

/** What the user is told after an import. */
export interface ImportSummary {
  runId: string;
  file: string;
  /** Layers after the input, as Keras counts them. */
  layers: number;
}

/** The run history's record of an imported model: finished, with whatever history came along. */
export function importedRun(result: ModelImportResult, name: string, backend: TrainingRun['backend'], now = new Date()): TrainingRun {
  return {
    ...createRun({ id: result.runId, name, graph: result.graph, createdAt: now }),
    status: 'completed',
    backend,
    history: result.history,
    durationMs: result.history.reduce((longest, epoch) => Math.max(longest, epoch.elapsedMs), 0),
    params: result.params,
    origin: 'imported',
  };
}

/**
 * Opens a TensorFlow.js model from the picked files: the engine loads it and registers it as a
 * run; its graph replaces the canvas as one undoable step (the project and its runs stay) and
 * the run joins the history, keeping the model's files. The run is then evaluated on the test images in the background,
 * so the inspect views have results for it.
 */
export async function importModelFiles(deps: ImportDeps, files: readonly PickedFile[]): Promise<Result<ImportSummary>> {
  if (deps.editor.getState().locked) {
    return fail(appError('TRAINING_ALREADY_RUNNING', 'A model is training; stop it before opening another model.'));
  }
  const refused = checkImportSelection(files);
  if (refused !== null) return fail(refused);
  let payload: { name: string; base64: string }[];
  try {
    payload = await Promise.all(files.map(async (file) => ({ name: file.name, base64: bytesToBase64(await file.read()) })));
  } catch {
    const name = files.map((file) => file.name).join(', ');
    return fail(appError('FILE_UNREADABLE', `${name} could not be read.`, { params: { name } }));
  }
  const imported = await deps.client.request('model.import', { files: payload });
  if (!imported.ok) return imported;
  const result = imported.value;
  const editor = deps.editor.getState();
  editor.commit(result.graph, { select: [] });
  // A whole new graph: let the canvas fit it into view, as after a template.
  deps.editor.setState((state) => ({ viewEpoch: state.viewEpoch + 1 }));
  const run = importedRun(result, deps.runName(result.modelFile), deps.client.info?.backend ?? null, deps.now?.() ?? new Date());
  deps.runs.getState().add(run);
  if (deps.keepWeights) await deps.keepWeights(result.runId).catch(() => undefined);
  void deps.client.request('run.evaluate', { runId: result.runId }).then((evaluated) => {
    if (evaluated.ok) deps.runs.getState().update(result.runId, (current) => ({ ...current, evaluation: evaluated.value }));
  });
  return ok({
    runId: result.runId,
    file: result.modelFile,
    layers: result.graph.nodes.filter((node) => node.kind !== 'input').length,
  });
}
