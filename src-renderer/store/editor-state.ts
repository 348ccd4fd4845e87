import type { GraphDocument, Hyperparameters, Position } from '../../src-shared/graph/document';
import type { LayerKind } from '../../src-shared/graph/layer-registry';
import type { TemplateName } from '../../src-shared/graph/templates';
import type { ClipboardContent } from './clipboard';
import type { ConnectionRefusal } from './connection-rules';
import type { History } from './history';

export type ConnectResult = { ok: true; edgeId: string } | { ok: false; reason: ConnectionRefusal };

/** Options of a recorded change. */
export interface CommitOptions {
  /** Consecutive changes with the same key become one undo step (typing into one field). */
  mergeKey?: string;
  /** Nodes to select after the change. */
  select?: string[];
}

/** The open graph and every action that changes it. */
export interface DocumentSlice {
  doc: GraphDocument;
  /** The document as last saved or opened: the project is unsaved when `doc !== savedDoc`. */
  savedDoc: GraphDocument | null;
  clipboard: ClipboardContent | null;
  /** Pastes since the last copy, so repeated pastes step further away from the original. */
  pasteCount: number;
  /** Counts whole-graph replacements (open, new, template), after which the canvas fits the view. */
  viewEpoch: number;
  /** True while a model trains: the document must not change under it (selection still may). */
  locked: boolean;
  setLocked(locked: boolean): void;
  /** Adds a layer and returns its id; null while locked. */
  addNode(kind: LayerKind, position?: Position): string | null;
  connect(source: string, target: string): ConnectResult;
  removeNodes(ids: readonly string[]): void;
  removeEdges(ids: readonly string[]): void;
  /** Removes the selected nodes and edges as one step. */
  removeSelection(): void;
  updateParams(
    nodeId: string,
    patch: Readonly<Record<string, unknown>>,
    options?: CommitOptions,
  ): void;
  renameNode(nodeId: string, name: string): void;
  /** Moves nodes; inside a gesture (a drag) the moves are not recorded until it ends. */
  moveNodes(moves: ReadonlyMap<string, Position>): void;
  copySelection(): boolean;
  paste(): string[];
  duplicate(ids?: readonly string[]): string[];
  applyTemplate(name: TemplateName): void;
  setHyperparameters(patch: Partial<Hyperparameters>, options?: CommitOptions): void;
  autoLayout(): void;
  /** Replaces the document (Open, recovery); history starts afresh. */
  load(doc: GraphDocument, options?: { saved?: boolean }): void;
  /** A new project: Input and Output placed, nothing between them; history starts afresh. */
  newDocument(): void;
  /** Remembers the current document as saved. */
  markSaved(): void;
}

/** Which nodes and edges are selected on the canvas. */
export interface SelectionSlice {
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  setSelection(nodeIds: readonly string[], edgeIds?: readonly string[]): void;
  selectAll(): void;
  clearSelection(): void;
}

/** Undo/redo and the plumbing every document action goes through. */
export interface HistorySlice {
  history: History;
  /** The document when the current gesture (drag) began; null outside a gesture. */
  gestureStart: GraphDocument | null;
  /** Replaces the document and records one undo step (or merges into the last one). */
  commit(next: GraphDocument, options?: CommitOptions): void;
  beginGesture(): void;
  endGesture(): void;
  /** Ends the merging of steps (a field lost focus): the next change is a new step. */
  breakMerge(): void;
  undo(): void;
  redo(): void;
}

export type EditorState = DocumentSlice & SelectionSlice & HistorySlice;
