import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import type { LayerKind } from '../../src-shared/graph/layer-registry';
import { LayerNodeView } from './LayerNodeView';
import { ShapeEdge } from './ShapeEdge';

// At module scope: new objects on every render would make React Flow remount every node.
/** Node component per layer kind; all kinds share one view that reads the registry. */
export const nodeTypes = {
  input: LayerNodeView,
  flatten: LayerNodeView,
  dense: LayerNodeView,
  dropout: LayerNodeView,
  output: LayerNodeView,
} satisfies Record<LayerKind, unknown> as NodeTypes;

/** Edge component per edge type. */
export const edgeTypes = { shape: ShapeEdge } as EdgeTypes;
