import type { StateCreator } from 'zustand';
import type { GraphDocument, Position } from '../../src-shared/graph/document';
import { createTemplate } from '../../src-shared/graph/templates';
import { newEdgeId, newNodeId } from '../../src-shared/graph/ids';
import type { DocumentSlice, EditorState } from './editor-state';
import { checkConnection } from './connection-rules';
import {
  bridgesAcross,
  makeNode,
  withEdge,
  withName,
  withNode,
  withParams,
  without,
} from './graph-edits';
import { copyNodes, pasteContent, type IdFactory } from './clipboard';
import { PASTE_OFFSET, placeBelowLast, tidyPositions, withPositions } from './placement';
import { emptyHistory } from './history';

const ids: IdFactory = { node: (doc) => newNodeId(doc), edge: (doc) => newEdgeId(doc) };

/** Removes nodes and edges, then joins the layers around each removed run (Sequential-style). */
function removeAndBridge(
  doc: GraphDocument,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): GraphDocument {
  let next = without(doc, nodeIds, edgeIds);
  for (const { source, target } of bridgesAcross(doc, nodeIds, edgeIds)) {
    if (checkConnection(next, source, target).ok)
      next = withEdge(next, { id: newEdgeId(next), source, target });
  }
  return next;
}

/** The state a freshly loaded document starts from: nothing selected, no history. */
function fresh(doc: GraphDocument, saved: boolean, viewEpoch: number) {
  return {
    viewEpoch: viewEpoch + 1,
    doc,
    savedDoc: saved ? doc : null,
    history: emptyHistory(),
    gestureStart: null,
    selectedNodeIds: [],
    selectedEdgeIds: [],
    pasteCount: 0,
  };
}

/** The graph document and its editing actions; each goes through `commit` for undo/redo. */
export const createDocumentSlice =
  (initial: GraphDocument): StateCreator<EditorState, [], [], DocumentSlice> =>
  (set, get) => ({
    doc: initial,
    savedDoc: initial,
    clipboard: null,
    pasteCount: 0,
    viewEpoch: 0,
    locked: false,

    setLocked(locked) {
      if (locked) get().endGesture();
      if (get().locked !== locked) set({ locked });
    },

    addNode(kind, position) {
      const { doc, commit, locked } = get();
      if (locked) return null;
      const id = newNodeId(doc);
      if (position) {
        commit(withNode(doc, makeNode(kind, id, position)), { select: [id] });
        return id;
      }
      const placed = placeBelowLast(doc);
      commit(withPositions(withNode(doc, makeNode(kind, id, placed.position)), placed.moves), {
        select: [id],
      });
      return id;
    },

    connect(source, target) {
      const { doc, commit, locked } = get();
      if (locked) return { ok: false, reason: 'locked' };
      const check = checkConnection(doc, source, target);
      if (!check.ok) return check;
      const edgeId = newEdgeId(doc);
      commit(withEdge(doc, { id: edgeId, source, target }));
      return { ok: true, edgeId };
    },

    removeNodes(nodeIds) {
      get().commit(removeAndBridge(get().doc, new Set(nodeIds), new Set()));
    },

    removeEdges(edgeIds) {
      get().commit(without(get().doc, new Set(), new Set(edgeIds)));
    },

    removeSelection() {
      const { doc, selectedNodeIds, selectedEdgeIds, commit } = get();
      commit(removeAndBridge(doc, new Set(selectedNodeIds), new Set(selectedEdgeIds)));
    },

    updateParams(nodeId, patch, options) {
      get().commit(withParams(get().doc, nodeId, patch), options);
    },

    renameNode(nodeId, name) {
      get().commit(withName(get().doc, nodeId, name), { mergeKey: `name:${nodeId}` });
    },

    moveNodes(moves) {
      const { doc, gestureStart, commit } = get();
      const next = withPositions(doc, moves);
      if (gestureStart !== null) {
        if (next !== doc && !get().locked) set({ doc: next });
      } else {
        commit(next);
      }
    },

    copySelection() {
      const { doc, selectedNodeIds } = get();
      const content = copyNodes(doc, new Set(selectedNodeIds));
      if (content === null) return false;
      set({ clipboard: content, pasteCount: 0 });
      return true;
    },

    paste() {
      const { doc, clipboard, pasteCount, commit, locked } = get();
      if (clipboard === null || locked) return [];
      const step = PASTE_OFFSET * (pasteCount + 1);
      const pasted = pasteContent(doc, clipboard, { x: step, y: step }, ids);
      set({ pasteCount: pasteCount + 1 });
      commit(pasted.doc, { select: pasted.nodeIds });
      return pasted.nodeIds;
    },

    duplicate(nodeIds) {
      const { doc, selectedNodeIds, commit, locked } = get();
      if (locked) return [];
      const content = copyNodes(doc, new Set(nodeIds ?? selectedNodeIds));
      if (content === null) return [];
      const pasted = pasteContent(doc, content, { x: PASTE_OFFSET, y: PASTE_OFFSET }, ids);
      commit(pasted.doc, { select: pasted.nodeIds });
      return pasted.nodeIds;
    },

    applyTemplate(name) {
      if (get().locked) return;
      const template = createTemplate(name);
      // The user's hyperparameters stay: a template changes the layers, not how they train.
      get().commit({ ...template, hyperparameters: get().doc.hyperparameters }, { select: [] });
      set({ viewEpoch: get().viewEpoch + 1 });
    },

    setHyperparameters(patch, options) {
      const { doc, commit } = get();
      const current = doc.hyperparameters;
      const changed = Object.entries(patch).some(
        ([key, value]) => !Object.is(current[key as keyof typeof current], value),
      );
      if (changed) commit({ ...doc, hyperparameters: { ...current, ...patch } }, options);
    },

    autoLayout() {
      const { doc, commit } = get();
      commit(withPositions(doc, tidyPositions(doc)));
    },

    load(doc, options = {}) {
      if (get().locked) return;
      set(fresh(doc, options.saved ?? true, get().viewEpoch));
    },

    newDocument() {
      if (get().locked) return;
      set(fresh(createTemplate('empty'), true, get().viewEpoch));
    },

    markSaved() {
      set({ savedDoc: get().doc });
    },
  });

/** Positions as a map, for `moveNodes` callers that have a list. */
export function positionsOf(
  moves: readonly { id: string; position: Position }[],
): Map<string, Position> {
  return new Map(moves.map((move) => [move.id, move.position]));
}
