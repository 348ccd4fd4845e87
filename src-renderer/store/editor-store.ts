import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { GraphDocument } from '../../src-shared/graph/document';
import { createTemplate } from '../../src-shared/graph/templates';
import type { EditorState } from './editor-state';
import { createDocumentSlice } from './document-slice';
import { createSelectionSlice } from './selection-slice';
import { createHistorySlice } from './history-slice';

export type EditorStore = StoreApi<EditorState>;

/** A new editor store (one per window; tests make their own). Starts with `initial` or an empty project. */
export function createEditorStore(initial: GraphDocument = createTemplate('empty')): EditorStore {
  return createStore<EditorState>()((...a) => ({
    ...createDocumentSlice(initial)(...a),
    ...createSelectionSlice(...a),
    ...createHistorySlice(...a),
  }));
}

/** The window's editor store. */
export const editorStore: EditorStore = createEditorStore();

/** Reads from the window's editor store, re-rendering when the selected value changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}

/** True when the document differs from the last saved or opened one. */
export const selectDirty = (state: EditorState): boolean => state.doc !== state.savedDoc;
export const selectCanUndo = (state: EditorState): boolean => state.history.past.length > 0;
export const selectCanRedo = (state: EditorState): boolean => state.history.future.length > 0;
