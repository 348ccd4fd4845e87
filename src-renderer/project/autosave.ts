import type { GraphDocument } from '../../src-shared/graph/document';
import { createProject, serializeProject } from '../../src-shared/project';
import type { TrainingRun } from '../../src-shared/training/run';
import { forgetWeights, keptWeightsChars } from '../../src-shared/training/run-weights';
import type { ProjectContext } from './project-actions';
import type { AutosaveNotice } from './project-store';
import { isProjectDirty } from './dirty';
import { clearRecovery, readRecovery, writeRecovery } from './recovery';

/**
 * Kept weights above this many characters are left out of the recovery copy: the browser's
 * storage holds about 5 million characters for everything, recent projects included.
 */
export const RECOVERY_WEIGHTS_MAX_CHARS = 2 * 1024 * 1024;
/** A copy carrying more weights than this is heavy: written at most every HEAVY_AUTOSAVE_INTERVAL_MS. */
export const HEAVY_AUTOSAVE_CHARS = 256 * 1024;
/** Serialising and storing megabytes takes a moment; during training runs change every epoch. */
export const HEAVY_AUTOSAVE_INTERVAL_MS = 15_000;

/** What the recovery slot holds: the graph and runs copied, when, and what was said about it. */
export interface AutosaveMark {
  doc: GraphDocument;
  runs: readonly TrainingRun[];
  /** Time of the copy (or of the failed attempt), in ms. */
  at: number;
  notice: AutosaveNotice | null;
}

function report(
  ctx: ProjectContext,
  last: AutosaveMark | null,
  notice: AutosaveNotice | null,
): void {
  // Said once per outcome: a dismissed notice stays dismissed until something else happens.
  if (notice !== (last?.notice ?? null)) ctx.project.setState({ autosaveNotice: notice });
}

/**
 * One autosave step: copies unsaved work (graph and runs) to the recovery slot when it changed
 * since the last copy, and empties the slot once everything is saved. Runs' kept weights go
 * along while they are small; larger ones are left out (the slot says so), copies with weights
 * are throttled, and a full storage is reported instead of retried every tick. While a
 * recovery offer waits for an answer the slot is left alone. Returns what the slot now holds.
 */
export function autosaveTick(ctx: ProjectContext, last: AutosaveMark | null): AutosaveMark | null {
  const project = ctx.project.getState();
  if (project.recovery !== null) return last;
  if (!isProjectDirty(ctx)) {
    if (last !== null || readRecovery(ctx.storage) !== null) clearRecovery(ctx.storage);
    if (last?.notice) ctx.project.setState({ autosaveNotice: null });
    return null;
  }
  const { doc } = ctx.editor.getState();
  const { runs } = project;
  if (last !== null && last.doc === doc && last.runs === runs) return last;
  const now = ctx.now?.() ?? new Date();
  const weightChars = keptWeightsChars(runs);
  let skipped = weightChars > RECOVERY_WEIGHTS_MAX_CHARS;
  const heavy = !skipped && weightChars > HEAVY_AUTOSAVE_CHARS;
  if (last !== null && heavy && now.getTime() - last.at < HEAVY_AUTOSAVE_INTERVAL_MS) return last;
  const write = (copied: readonly TrainingRun[], weightsSkipped: boolean): boolean => {
    const contents = serializeProject(
      createProject(project.name ?? ctx.untitledName, doc, [...copied], now),
    );
    return writeRecovery(ctx.storage, {
      at: now.toISOString(),
      path: project.path,
      contents,
      ...(weightsSkipped ? { weightsSkipped } : {}),
    });
  };
  let written = write(skipped ? runs.map(forgetWeights) : runs, skipped);
  if (!written && !skipped && weightChars > 0) {
    skipped = true;
    written = write(runs.map(forgetWeights), true);
  }
  const notice: AutosaveNotice | null = !written
    ? 'storageFull'
    : skipped
      ? 'weightsSkipped'
      : null;
  report(ctx, last, notice);
  // A failed copy is not retried until the work changes again: retrying every tick would stall.
  return { doc, runs, at: now.getTime(), notice };
}

/** At start: offers the work found in the recovery slot, if any. */
export function offerRecovery(ctx: ProjectContext): boolean {
  const snapshot = readRecovery(ctx.storage);
  ctx.project.setState({ recovery: snapshot });
  return snapshot !== null;
}
