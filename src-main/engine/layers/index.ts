import type * as tf from '@tensorflow/tfjs';
import type { LayerNode } from '../../../src-shared/graph/document';
import type { LayerKind } from '../../../src-shared/graph';
import type { BuildContext, LayerBuilder } from './types';
import { buildInput } from './input';
import { buildFlatten } from './flatten';
import { buildDense } from './dense';
import { buildDropout } from './dropout';
import { buildOutput } from './output';

export type { BuildContext, LayerBuilder } from './types';

/** One builder per layer kind; a new kind (conv2d, …) adds one file and one line here. */
export const LAYER_BUILDERS: { [K in LayerKind]: LayerBuilder<K> } = {
  input: buildInput,
  flatten: buildFlatten,
  dense: buildDense,
  dropout: buildDropout,
  output: buildOutput,
};

/** Builds the tfjs layer for one node (null for nodes that add no layer, like Input). */
export function buildLayer(node: LayerNode, ctx: BuildContext): tf.layers.Layer | null {
  // The node union narrows kind and params together; the map lookup loses that link.
  const builder = LAYER_BUILDERS[node.kind] as LayerBuilder<LayerKind>;
  return builder(node.params as never, ctx);
}
