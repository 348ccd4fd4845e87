import type { StateCreator } from 'zustand';
import type { EditorState, SelectionSlice } from './editor-state';
import { pruneSelection } from './history-slice';

/** Selection lives beside the document, not in it: selecting is not an undoable change. */
export const createSelectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (
  set,
  get,
) => ({
  selectedNodeIds: [],
  selectedEdgeIds: [],

  setSelection(nodeIds, edgeIds = []) {
    const { selectedNodeIds, selectedEdgeIds, doc } = get();
    const next = pruneSelection(doc, nodeIds, edgeIds);
    const same = (a: readonly string[], b: readonly string[]) =>
      a.length === b.length && a.every((id, i) => id === b[i]);
    if (same(next.selectedNodeIds, selectedNodeIds) && same(next.selectedEdgeIds, selectedEdgeIds))
      return;
    set(next);
  },

  selectAll() {
    const { doc } = get();
    set({
      selectedNodeIds: doc.nodes.map((node) => node.id),
      selectedEdgeIds: doc.edges.map((edge) => edge.id),
    });
  },

  clearSelection() {
    if (get().selectedNodeIds.length > 0 || get().selectedEdgeIds.length > 0)
      set({ selectedNodeIds: [], selectedEdgeIds: [] });
  },
});
