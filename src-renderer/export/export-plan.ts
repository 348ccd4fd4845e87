import type { ExportFormat } from '../../src-shared/protocol/engine-types';
import type { ExportTargetRequest } from '../../src-shared/protocol/host-api';
import { safeFileStem } from '../../src-shared/training/csv';
import type { TrainingRun } from '../../src-shared/training/run';

/** The formats offered, in the order the dialog lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['tfjs', 'h5', 'python', 'js', 'reports'];

/** A run name as a file stem: "Treino 2 (ótimo)" → `treino-2-otimo`. */
export function exportStem(runName: string): string {
  return safeFileStem(runName, 'model');
}

/** What the save dialog asks for: a new folder for tfjs, js and reports, one file for h5 and python. */
export function exportTargetRequest(format: ExportFormat, stem: string): ExportTargetRequest {
  switch (format) {
    case 'h5':
      return { kind: 'file', suggestedName: `${stem}.h5`, extension: 'h5' };
    case 'python':
      return { kind: 'file', suggestedName: `${stem}.py`, extension: 'py' };
    case 'tfjs':
      return { kind: 'folder', suggestedName: `${stem}-tfjs` };
    case 'js':
      return { kind: 'folder', suggestedName: `${stem}-js` };
    case 'reports':
      return { kind: 'folder', suggestedName: `${stem}-reports` };
  }
}

/**
 * The name a downloaded file gets. Model files keep their names: model.json points at
 * `weights.bin` (and predict.mjs at model.json), so renaming them would break the model. Report
 * files, which point at nothing, carry the run's stem so several runs' reports do not collide.
 */
export function downloadName(format: ExportFormat, stem: string, fileName: string): string {
  return format === 'reports' ? `${stem}-${fileName}` : fileName;
}

/** Runs that can hold a trained model (completed or stopped), newest first. */
export function exportableRuns(runs: readonly TrainingRun[]): TrainingRun[] {
  return runs.filter((run) => run.status === 'completed' || run.status === 'stopped').reverse();
}

/** The run the dialog starts with: the one asked for, else the focused one, else the newest. */
export function initialRunId(
  candidates: readonly TrainingRun[],
  requested: string | null,
  focused: string | null,
): string | null {
  const has = (id: string | null) => id !== null && candidates.some((run) => run.id === id);
  if (has(requested)) return requested;
  if (has(focused)) return focused;
  return candidates[0]?.id ?? null;
}
