import type * as tf from '@tensorflow/tfjs';
import type { LayerKind, LayerParamsByKind } from '../../../src-shared/graph';
import type { DatasetDescriptor } from '../../../src-shared/datasets/fashion-mnist';

/** What every layer builder gets besides the node's own parameters. */
export interface BuildContext {
  /** Keras-like layer name (`dense`, `dense_1`), from the graph's `layerNames`. */
  name: string;
  /** Set on the first layer built: tfjs' `inputShape` (the dataset's shape). */
  inputShape?: number[];
  /** A seed for this layer's random initialisers, or undefined for random. */
  seed: number | undefined;
  dataset: DatasetDescriptor;
}

/**
 * Turns one node into a tfjs layer. `null` means the node adds no layer of its own (Input: its
 * shape becomes the next layer's `inputShape`, as in Keras' `Flatten(input_shape=(28, 28))`).
 */
export type LayerBuilder<K extends LayerKind> = (params: LayerParamsByKind[K], ctx: BuildContext) => tf.layers.Layer | null;
