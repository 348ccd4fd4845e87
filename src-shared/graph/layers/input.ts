import type { LayerSpec } from '../layer-spec';

export type InputParams = Record<string, never>;

/** The data entering the model: its shape is the dataset's (28 × 28 for Fashion-MNIST). */
export const inputLayer: LayerSpec<'input', InputParams> = {
  kind: 'input',
  i18nKey: 'layers.input',
  kerasClass: 'InputLayer',
  icon: '▣',
  defaults: {},
  params: [],
  role: 'input',
  infer: (_input, _params, { dataset }) => ({
    ok: true,
    shape: dataset.inputShape,
    trainableParams: 0,
    nonTrainableParams: 0,
  }),
};
