import { useCallback, useEffect, useMemo, type DragEvent } from 'react';
import { Background, ControlButton, Controls, MiniMap, Panel, ReactFlow, useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { editorStore, useEditor } from '../store/editor-store';
import { graphInsight } from '../store/derived';
import type { ConnectionRefusal } from '../store/connection-rules';
import type { LayerFlowNode, LayerNodeData, ShapeFlowEdge } from './flow-types';
import { toFlowEdges, toFlowNodes } from './to-flow';
import { edgeTypes, nodeTypes } from './flow-registry';
import { describeNode } from './layer-facts';
import { droppedLayerKind, isLayerDrag } from './palette-drop';
import { useFlowHandlers } from './useFlowHandlers';
import { useConnectionNotice } from './useConnectionNotice';
import { CanvasHint } from './CanvasHint';
import { useFormatCount } from '../summary/useFormatCount';
import { useFlowAriaLabels } from './useFlowAriaLabels';
import { layoutStore, useLayout } from '../app/layout-store';
import { formatShape } from '../../src-shared/graph/shape';

/** Half a node's size: a dropped layer is centred under the pointer. */
const DROP_OFFSET = { x: 110, y: 30 };
const FIT_OPTIONS = { padding: 0.25, maxZoom: 1 };
const MINIMAP_SIZE = { width: 150, height: 100 };

/** The React Flow canvas: a view of the document in the editor store. */
export function GraphCanvas() {
  const { t } = useTranslation();
  const formatCount = useFormatCount();
  const flow = useReactFlow<LayerFlowNode, ShapeFlowEdge>();
  const doc = useEditor((s) => s.doc);
  const selectedNodeIds = useEditor((s) => s.selectedNodeIds);
  const selectedEdgeIds = useEditor((s) => s.selectedEdgeIds);
  const viewEpoch = useEditor((s) => s.viewEpoch);
  const locked = useEditor((s) => s.locked);
  const { notice, show } = useConnectionNotice();
  const onRefused = useCallback(
    (reason: ConnectionRefusal) => show(t(`editor.connect.${reason}`)),
    [show, t],
  );
  const handlers = useFlowHandlers(onRefused);
  const insight = graphInsight(doc);
  const ariaLabels = useFlowAriaLabels();
  const minimap = useLayout((s) => s.minimap);

  const describe = useCallback(
    (data: LayerNodeData) => describeNode(t, data, formatCount),
    [t, formatCount],
  );
  const nodes = useMemo(
    () => toFlowNodes(doc, insight, new Set(selectedNodeIds), handlers.measured, describe),
    [doc, insight, selectedNodeIds, handlers.measured, describe],
  );
  const edges = useMemo(
    () =>
      // Named in the user's language; React Flow's own label is English and uses node ids.
      toFlowEdges(doc, insight, new Set(selectedEdgeIds)).map((edge) => ({
        ...edge,
        ariaLabel: t('editor.edge.aria', {
          source: insight.names[edge.source] ?? edge.source,
          target: insight.names[edge.target] ?? edge.target,
          shape: edge.data?.shape ? formatShape(edge.data.shape) : '?',
        }),
      })),
    [doc, insight, selectedEdgeIds, t],
  );

  // After open, new or a template the whole graph changed: show all of it.
  useEffect(() => {
    if (viewEpoch === 0) return;
    const frame = requestAnimationFrame(() => void flow.fitView(FIT_OPTIONS));
    return () => cancelAnimationFrame(frame);
  }, [viewEpoch, flow]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!isLayerDrag(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = droppedLayerKind(event);
      if (kind === null) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      editorStore
        .getState()
        .addNode(kind, {
          x: Math.round(at.x - DROP_OFFSET.x),
          y: Math.round(at.y - DROP_OFFSET.y),
        });
    },
    [flow],
  );

  return (
    <div className="graph-canvas" data-testid="canvas">
      <ReactFlow<LayerFlowNode, ShapeFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={handlers.onNodesChange}
        onEdgesChange={handlers.onEdgesChange}
        onConnect={handlers.onConnect}
        onConnectEnd={handlers.onConnectEnd}
        isValidConnection={handlers.isValidConnection}
        onNodeDragStart={handlers.beginGesture}
        onNodeDragStop={handlers.endGesture}
        onSelectionDragStart={handlers.beginGesture}
        onSelectionDragStop={handlers.endGesture}
        onDragOver={onDragOver}
        onDrop={onDrop}
        deleteKeyCode={null}
        nodesDraggable={!locked}
        nodesConnectable={!locked}
        fitView
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.2}
        maxZoom={2}
        ariaLabelConfig={ariaLabels}
      >
        <Background gap={20} />
        {/* Off by default and small: on a narrow canvas the overview would cover the nodes. */}
        {minimap && (
          <MiniMap
            pannable
            zoomable
            ariaLabel={t('editor.canvas.minimap')}
            className="canvas-minimap"
            style={MINIMAP_SIZE}
          />
        )}
        <Controls showInteractive={false}>
          <ControlButton
            data-testid="canvas-minimap-toggle"
            aria-pressed={minimap}
            aria-label={t('app.layout.minimap')}
            title={t('app.layout.minimap')}
            onClick={() => layoutStore.getState().setMinimap(!minimap)}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <rect x="1.5" y="3" width="13" height="10" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <rect x="8" y="7.5" width="5" height="4" fill="currentColor" />
            </svg>
          </ControlButton>
        </Controls>
        <Panel position="top-right">
          <button
            type="button"
            className="canvas-button"
            data-testid="canvas-auto-layout"
            onClick={() => editorStore.getState().autoLayout()}
          >
            {t('editor.canvas.autoLayout')}
          </button>
        </Panel>
        <CanvasHint />
      </ReactFlow>
      {notice !== null && (
        <div className="canvas-notice" role="status" data-testid="connection-refusal">
          {notice}
        </div>
      )}
    </div>
  );
}
