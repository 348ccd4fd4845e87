import type { LayerSpec } from './layer-spec';
import { inputLayer, type InputParams } from './layers/input';
import { flattenLayer, type FlattenParams } from './layers/flatten';
import { denseLayer, type DenseParams } from './layers/dense';
import { dropoutLayer, type DropoutParams } from './layers/dropout';
import { outputLayer, type OutputParams } from './layers/output';

export type { InputParams, FlattenParams, DenseParams, DropoutParams, OutputParams };

/** Parameters of each layer kind; a new kind adds one line here and one file in layers/. */
export interface LayerParamsByKind {
  input: InputParams;
  flatten: FlattenParams;
  dense: DenseParams;
  dropout: DropoutParams;
  output: OutputParams;
}

export type LayerKind = keyof LayerParamsByKind;

type Registry = { [K in LayerKind]: LayerSpec<K, LayerParamsByKind[K]> };

export const LAYER_REGISTRY: Registry = {
  input: inputLayer,
  flatten: flattenLayer,
  dense: denseLayer,
  dropout: dropoutLayer,
  output: outputLayer,
};

/** Palette order. */
export const LAYER_KINDS: readonly LayerKind[] = ['input', 'flatten', 'dense', 'dropout', 'output'];

/** The registry entry for a kind. */
export function layerSpec<K extends LayerKind>(kind: K): LayerSpec<K, LayerParamsByKind[K]> {
  return LAYER_REGISTRY[kind];
}

/** True when `value` names a registered layer kind. */
export function isLayerKind(value: unknown): value is LayerKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LAYER_REGISTRY, value);
}
