import type { GraphDocument } from '../../src-shared/graph/document';
import { createProject, serializeProject } from '../../src-shared/project';
import type { ProjectContext } from './project-actions';
import { clearRecovery, readRecovery, writeRecovery } from './recovery';

/**
 * One autosave step: copies unsaved work to the recovery slot when it changed since the last
 * copy, and empties the slot once everything is saved. Returns the document now in the slot.
 * While a recovery offer is waiting for an answer the slot is left alone.
 */
export function autosaveTick(
  ctx: ProjectContext,
  lastCopied: GraphDocument | null,
): GraphDocument | null {
  const project = ctx.project.getState();
  if (project.recovery !== null) return lastCopied;
  const { doc, savedDoc } = ctx.editor.getState();
  if (doc === savedDoc) {
    if (lastCopied !== null || readRecovery(ctx.storage) !== null) clearRecovery(ctx.storage);
    return null;
  }
  if (doc === lastCopied) return lastCopied;
  const now = ctx.now?.() ?? new Date();
  const contents = serializeProject(
    createProject(project.name ?? ctx.untitledName, doc, project.runs, now),
  );
  return writeRecovery(ctx.storage, { at: now.toISOString(), path: project.path, contents })
    ? doc
    : lastCopied;
}

/** At start: offers the work found in the recovery slot, if any. */
export function offerRecovery(ctx: ProjectContext): boolean {
  const snapshot = readRecovery(ctx.storage);
  ctx.project.setState({ recovery: snapshot });
  return snapshot !== null;
}
