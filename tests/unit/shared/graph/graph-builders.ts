import {
  DEFAULT_HYPERPARAMETERS,
  LAYER_REGISTRY,
  createTemplate,
  type GraphDocument,
  type GraphProblem,
  type LayerKind,
  type LayerNode,
} from '../../../../src-shared/graph';

/** A node of `kind` with registry defaults, overridden by `params`. */
export function node(id: string, kind: LayerKind, params: Record<string, unknown> = {}, y = 0): LayerNode {
  return { id, kind, params: { ...LAYER_REGISTRY[kind].defaults, ...params }, position: { x: 0, y } } as LayerNode;
}

/** A document from nodes and `source>target` edge strings. */
export function graph(nodes: LayerNode[], edges: string[]): GraphDocument {
  return {
    format: 'camadas-graph',
    version: 1,
    datasetId: 'fashion-mnist',
    nodes,
    edges: edges.map((pair, i) => {
      const [source = '', target = ''] = pair.split('>');
      return { id: `e${i}`, source, target };
    }),
    hyperparameters: { ...DEFAULT_HYPERPARAMETERS },
  };
}

/** The course model: Input → Flatten → Dense 128 relu → Output. */
export const courseModel = (): GraphDocument => createTemplate('course-mlp');

/** Codes of the problems, for compact assertions. */
export const codes = (problems: GraphProblem[]): string[] => problems.map((p) => p.code);
