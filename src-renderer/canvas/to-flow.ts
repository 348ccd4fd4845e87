import type { GraphDocument } from '../../src-shared/graph/document';
import type { GraphInsight } from '../store/derived';
import type { LayerFlowNode, LayerNodeData, ShapeFlowEdge } from './flow-types';

/** Measured node sizes, kept by the canvas so rebuilt nodes do not lose them. */
export type MeasuredSizes = ReadonlyMap<string, { width: number; height: number }>;

const NO_PROBLEMS: readonly never[] = [];

/** The React Flow nodes for a document: a view of it, rebuilt whenever it changes. */
export function toFlowNodes(
  doc: GraphDocument,
  insight: GraphInsight,
  selected: ReadonlySet<string>,
  measured: MeasuredSizes,
  describe: (data: LayerNodeData) => string,
): LayerFlowNode[] {
  return doc.nodes.map((layer) => {
    const size = measured.get(layer.id);
    const data: LayerNodeData = {
      layer,
      layerName: insight.names[layer.id] ?? layer.id,
      shape: insight.shapes.nodes[layer.id] ?? null,
      problems: insight.problemsByNode.get(layer.id) ?? NO_PROBLEMS,
    };
    return {
      id: layer.id,
      type: layer.kind,
      position: layer.position,
      selected: selected.has(layer.id),
      ...(size ? { measured: size } : {}),
      data,
      ariaLabel: describe(data),
    } as LayerFlowNode;
  });
}

/** The React Flow edges for a document, each carrying its shape for the label. */
export function toFlowEdges(
  doc: GraphDocument,
  insight: GraphInsight,
  selected: ReadonlySet<string>,
): ShapeFlowEdge[] {
  return doc.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: 'shape',
    selected: selected.has(edge.id),
    data: { shape: insight.shapes.edgeShapes[edge.id] ?? null },
  }));
}
