import type { Group } from 'h5wasm';
import { loadH5wasm, type H5Module } from '../../../../../src-main/engine/export/h5/h5wasm-module';

/** A dataset read back from an .h5 file. */
export interface ReadDataset {
  shape: number[];
  dtype: string;
  values: Float32Array;
}

/** What a Keras .h5 file holds, read back with h5wasm for checking. */
export interface ReadKerasH5 {
  attrs: Record<string, unknown>;
  layerNames: string[];
  modelWeightsAttrs: Record<string, unknown>;
  /** weight_names per layer group. */
  weightNames: Record<string, string[]>;
  /** Datasets by their path under model_weights: `dense/dense/kernel:0`. */
  datasets: Record<string, ReadDataset>;
}

function attrs(group: Group): Record<string, unknown> {
  return Object.fromEntries(Object.entries(group.attrs).map(([name, attr]) => [name, attr.json_value]));
}

function collect(h5: H5Module, group: Group, prefix: string, out: Record<string, ReadDataset>): void {
  for (const name of group.keys()) {
    const entity = group.get(name);
    const path = prefix === '' ? name : `${prefix}/${name}`;
    if (entity instanceof h5.Dataset) {
      out[path] = { shape: entity.shape ?? [], dtype: String(entity.dtype), values: entity.value as Float32Array };
    } else if (entity instanceof h5.Group) {
      collect(h5, entity, path, out);
    }
  }
}

/** Reads a Keras .h5 file's attributes, layer list and weights. */
export async function readKerasH5(file: string): Promise<ReadKerasH5> {
  const h5 = await loadH5wasm();
  const f = new h5.File(file, 'r');
  try {
    const modelWeights = f.get('model_weights') as Group;
    const modelWeightsAttrs = attrs(modelWeights);
    const layerNames = modelWeightsAttrs.layer_names as string[];
    const weightNames: Record<string, string[]> = {};
    for (const name of modelWeights.keys()) weightNames[name] = (attrs(modelWeights.get(name) as Group).weight_names ?? []) as string[];
    const datasets: Record<string, ReadDataset> = {};
    collect(h5, modelWeights, '', datasets);
    return { attrs: attrs(f), layerNames, modelWeightsAttrs, weightNames, datasets };
  } finally {
    f.close();
  }
}
