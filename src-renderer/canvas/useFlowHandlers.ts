import { useCallback, useState } from 'react';
import type {
  Connection,
  EdgeChange,
  FinalConnectionState,
  IsValidConnection,
  NodeChange,
} from '@xyflow/react';
import type { Position } from '../../src-shared/graph/document';
import { editorStore } from '../store/editor-store';
import { checkConnection, type ConnectionRefusal } from '../store/connection-rules';
import type { LayerFlowNode, ShapeFlowEdge } from './flow-types';

type Sizes = Map<string, { width: number; height: number }>;

/** Applies React Flow's select changes to a set of selected ids. */
function applySelect(
  current: readonly string[],
  changes: readonly { id: string; selected: boolean }[],
): string[] {
  const next = new Set(current);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return [...next];
}

/**
 * Turns React Flow's events into store actions: the canvas never keeps its own copy of the
 * graph. Only node sizes, which React Flow measures, live here.
 */
export function useFlowHandlers(onRefused: (reason: ConnectionRefusal) => void) {
  const [measured, setMeasured] = useState<Sizes>(() => new Map());

  const onNodesChange = useCallback((changes: NodeChange<LayerFlowNode>[]) => {
    const moves = new Map<string, Position>();
    const selects: { id: string; selected: boolean }[] = [];
    const sizes: { id: string; width: number; height: number }[] = [];
    for (const change of changes) {
      if (change.type === 'position' && change.position) moves.set(change.id, change.position);
      else if (change.type === 'select') selects.push(change);
      else if (change.type === 'dimensions' && change.dimensions)
        sizes.push({ id: change.id, ...change.dimensions });
    }
    const state = editorStore.getState();
    if (moves.size > 0) state.moveNodes(moves);
    if (selects.length > 0)
      state.setSelection(applySelect(state.selectedNodeIds, selects), state.selectedEdgeIds);
    if (sizes.length > 0) {
      setMeasured((old) => {
        const changed = sizes.filter(
          (s) => old.get(s.id)?.width !== s.width || old.get(s.id)?.height !== s.height,
        );
        if (changed.length === 0) return old;
        const next = new Map(old);
        for (const s of changed) next.set(s.id, { width: s.width, height: s.height });
        return next;
      });
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<ShapeFlowEdge>[]) => {
    const selects = changes.filter((change) => change.type === 'select');
    if (selects.length === 0) return;
    const state = editorStore.getState();
    state.setSelection(state.selectedNodeIds, applySelect(state.selectedEdgeIds, selects));
  }, []);

  const isValidConnection = useCallback<IsValidConnection<ShapeFlowEdge>>(
    (connection) =>
      checkConnection(editorStore.getState().doc, connection.source, connection.target).ok,
    [],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const result = editorStore.getState().connect(connection.source, connection.target);
      if (!result.ok) onRefused(result.reason);
    },
    [onRefused],
  );

  // A drop on a handle that `isValidConnection` refused ends here: say why.
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid !== false || !state.fromNode || !state.toNode || !state.fromHandle) return;
      const [source, target] =
        state.fromHandle.type === 'source'
          ? [state.fromNode.id, state.toNode.id]
          : [state.toNode.id, state.fromNode.id];
      const check = checkConnection(editorStore.getState().doc, source, target);
      if (!check.ok) onRefused(check.reason);
    },
    [onRefused],
  );

  const beginGesture = useCallback(() => editorStore.getState().beginGesture(), []);
  const endGesture = useCallback(() => editorStore.getState().endGesture(), []);

  return {
    measured,
    onNodesChange,
    onEdgesChange,
    isValidConnection,
    onConnect,
    onConnectEnd,
    beginGesture,
    endGesture,
  };
}
