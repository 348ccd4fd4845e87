import type { LayerSpec } from '../layer-spec';

export interface DropoutParams {
  rate: number;
}

/** While training, switches off a random fraction of its inputs; it learns nothing. */
export const dropoutLayer: LayerSpec<'dropout', DropoutParams> = {
  kind: 'dropout',
  i18nKey: 'layers.dropout',
  kerasClass: 'Dropout',
  icon: '◌',
  defaults: { rate: 0.2 },
  params: [{ name: 'rate', type: 'float', min: 0, max: 1, maxExclusive: true }],
  role: 'hidden',
  infer: (input) =>
    input === null
      ? { ok: false, code: 'GRAPH_NODE_DISCONNECTED' }
      : { ok: true, shape: input, trainableParams: 0, nonTrainableParams: 0 },
};
