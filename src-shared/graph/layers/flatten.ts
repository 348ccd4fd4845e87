import type { LayerSpec } from '../layer-spec';
import { shapeSize } from '../shape';

export type FlattenParams = Record<string, never>;

/** Lays a 28 × 28 image out as one row of 784 numbers; it learns nothing. */
export const flattenLayer: LayerSpec<'flatten', FlattenParams> = {
  kind: 'flatten',
  i18nKey: 'layers.flatten',
  kerasClass: 'Flatten',
  icon: '▤',
  defaults: {},
  params: [],
  role: 'hidden',
  infer: (input) =>
    input === null
      ? { ok: false, code: 'GRAPH_NODE_DISCONNECTED' }
      : { ok: true, shape: [shapeSize(input)], trainableParams: 0, nonTrainableParams: 0 },
};
