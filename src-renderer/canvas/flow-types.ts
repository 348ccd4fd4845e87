import type { Edge, Node } from '@xyflow/react';
import type { LayerNode } from '../../src-shared/graph/document';
import type { LayerKind } from '../../src-shared/graph/layer-registry';
import type { NodeShape } from '../../src-shared/graph/infer-shapes';
import type { GraphProblem } from '../../src-shared/graph/problem';
import type { Shape } from '../../src-shared/graph/shape';

/** What a layer node on the canvas shows: the document node plus what was derived from it. */
export type LayerNodeData<K extends LayerKind = LayerKind> = {
  layer: LayerNode<K>;
  /** Keras layer name (`dense_1`). */
  layerName: string;
  shape: NodeShape | null;
  problems: readonly GraphProblem[];
};

/** One React Flow node type per layer kind, so `type` narrows `data.layer.params`. */
export type LayerFlowNode = { [K in LayerKind]: Node<LayerNodeData<K>, K> }[LayerKind];

/** An edge labelled with the shape of the data it carries. */
export type ShapeEdgeData = { shape: Shape | null };
export type ShapeFlowEdge = Edge<ShapeEdgeData, 'shape'>;
