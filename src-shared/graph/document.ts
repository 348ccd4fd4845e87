import type { LayerKind, LayerParamsByKind } from './layer-registry';
import type { Optimizer } from './options';
import type { DatasetId } from '../datasets/fashion-mnist';

export const GRAPH_DOCUMENT_FORMAT = 'camadas-graph';
/** Bump with a migration in migrate.ts whenever the document's shape changes. */
export const GRAPH_DOCUMENT_VERSION = 1;

export interface Position {
  x: number;
  y: number;
}

/** One layer on the canvas. A distributive union, so `node.kind` narrows `node.params`. */
export type LayerNode<K extends LayerKind = LayerKind> = K extends LayerKind
  ? { id: string; kind: K; params: LayerParamsByKind[K]; position: Position; name?: string }
  : never;

/** Data flows from `source` to `target`. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
}

/** How `fit` trains: the course's defaults are epochs 5, batch 32, adam 0.001, split 0.2. */
export interface Hyperparameters {
  epochs: number;
  batchSize: number;
  optimizer: Optimizer;
  learningRate: number;
  validationSplit: number;
  /** Fixes weight initialisation and shuffling where tfjs allows; null = random. */
  seed: number | null;
  /** Train on only the first N training images, for quick experiments; null = all. */
  trainLimit: number | null;
}

/** The versioned document behind the canvas; the canvas is only a view of it. */
export interface GraphDocument {
  format: typeof GRAPH_DOCUMENT_FORMAT;
  version: typeof GRAPH_DOCUMENT_VERSION;
  datasetId: DatasetId;
  nodes: LayerNode[];
  edges: GraphEdge[];
  hyperparameters: Hyperparameters;
}

export const DEFAULT_HYPERPARAMETERS: Hyperparameters = {
  epochs: 5,
  batchSize: 32,
  optimizer: 'adam',
  learningRate: 0.001,
  validationSplit: 0.2,
  seed: null,
  trainLimit: null,
};
