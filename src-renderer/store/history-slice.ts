import type { StateCreator } from 'zustand';
import type { GraphDocument } from '../../src-shared/graph/document';
import type { EditorState, HistorySlice } from './editor-state';
import { emptyHistory, record, redoStep, undoStep } from './history';

/** Keeps only the selected ids that still exist in `doc` (after undo, delete, load). */
export function pruneSelection(
  doc: GraphDocument,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): { selectedNodeIds: string[]; selectedEdgeIds: string[] } {
  const nodes = new Set(doc.nodes.map((node) => node.id));
  const edges = new Set(doc.edges.map((edge) => edge.id));
  return {
    selectedNodeIds: nodeIds.filter((id) => nodes.has(id)),
    selectedEdgeIds: edgeIds.filter((id) => edges.has(id)),
  };
}

/** Undo/redo: every document change passes through `commit`, the only place steps are recorded. */
export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set, get) => ({
  history: emptyHistory(),
  gestureStart: null,

  commit(next, options = {}) {
    const state = get();
    if (state.locked) return;
    const selectedNodeIds = options.select ?? state.selectedNodeIds;
    if (next === state.doc) {
      if (options.select) set(pruneSelection(next, selectedNodeIds, state.selectedEdgeIds));
      return;
    }
    // A change outside the drag itself closes the gesture, so the drag stays one step.
    const before = state.gestureStart ?? state.doc;
    set({
      doc: next,
      gestureStart: null,
      history: record(state.history, before, options.mergeKey ?? null),
      ...pruneSelection(next, selectedNodeIds, options.select ? [] : state.selectedEdgeIds),
    });
  },

  beginGesture() {
    if (get().gestureStart === null) set({ gestureStart: get().doc });
  },

  endGesture() {
    const { gestureStart, doc, history } = get();
    if (gestureStart === null) return;
    set({
      gestureStart: null,
      history: gestureStart === doc ? history : record(history, gestureStart),
    });
  },

  breakMerge() {
    if (get().history.mergeKey !== null) set({ history: { ...get().history, mergeKey: null } });
  },

  undo() {
    if (get().locked) return;
    get().endGesture();
    const { history, doc, selectedNodeIds, selectedEdgeIds } = get();
    const step = undoStep(history, doc);
    if (step)
      set({
        doc: step.doc,
        history: step.history,
        ...pruneSelection(step.doc, selectedNodeIds, selectedEdgeIds),
      });
  },

  redo() {
    if (get().locked) return;
    get().endGesture();
    const { history, doc, selectedNodeIds, selectedEdgeIds } = get();
    const step = redoStep(history, doc);
    if (step)
      set({
        doc: step.doc,
        history: step.history,
        ...pruneSelection(step.doc, selectedNodeIds, selectedEdgeIds),
      });
  },
});
