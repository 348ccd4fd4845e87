import type { GraphDocument } from '../../src-shared/graph/document';

/** Undo/redo stacks of whole documents; documents are immutable, so a step costs one reference. */
export interface History {
  past: GraphDocument[];
  future: GraphDocument[];
  /** Consecutive steps with the same key (typing in one field) merge into one undo step. */
  mergeKey: string | null;
}

/** How many steps undo can go back. */
export const HISTORY_LIMIT = 200;

/** An empty history. */
export const emptyHistory = (): History => ({ past: [], future: [], mergeKey: null });

/** Records that the document changed from `before`; a repeated `mergeKey` keeps the older step. */
export function record(
  history: History,
  before: GraphDocument,
  mergeKey: string | null = null,
): History {
  if (mergeKey !== null && mergeKey === history.mergeKey && history.past.length > 0) {
    return { past: history.past, future: [], mergeKey };
  }
  const past = [...history.past, before];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [], mergeKey };
}

/** Steps back: returns the document to show and the new history, or null when nothing to undo. */
export function undoStep(
  history: History,
  current: GraphDocument,
): { doc: GraphDocument; history: History } | null {
  const doc = history.past[history.past.length - 1];
  if (doc === undefined) return null;
  return {
    doc,
    history: {
      past: history.past.slice(0, -1),
      future: [current, ...history.future],
      mergeKey: null,
    },
  };
}

/** Steps forward again after an undo, or null when nothing to redo. */
export function redoStep(
  history: History,
  current: GraphDocument,
): { doc: GraphDocument; history: History } | null {
  const doc = history.future[0];
  if (doc === undefined) return null;
  return {
    doc,
    history: { past: [...history.past, current], future: history.future.slice(1), mergeKey: null },
  };
}
