import type * as tf from '@tensorflow/tfjs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Group } from 'h5wasm';
import type { GraphDocument } from '../../../../src-shared/graph/document';
import { ok, type Result } from '../../../../src-shared/protocol/result';
import { exportFailed, tempPathBeside } from '../atomic-file';
import { loadH5wasm } from './h5wasm-module';
import {
  KERAS_BACKEND,
  KERAS_VERSION,
  asciiJson,
  kerasLayers,
  kerasModelConfig,
  kerasTrainingConfig,
  type KerasLayer,
  type KerasWeight,
} from './keras-config';

const encoder = new TextEncoder();

/**
 * A list of names as h5py stores Python's `[b'dense', b'dense_1']`: fixed-length byte strings
 * sized to the longest. Keras writes even an empty list (Flatten has no weights).
 */
function writeNameList(target: Group, name: string, values: readonly string[]): void {
  const size = Math.max(1, ...values.map((value) => encoder.encode(value).byteLength));
  const ascii = values.every((value) => /^[\x20-\x7e]*$/.test(value));
  target.create_attribute(name, [...values], [values.length], `${ascii ? 'A' : 'S'}${size}`);
}

/** A scalar string attribute, as h5py stores a Python `bytes` value. */
function writeText(target: Group, name: string, value: string): void {
  target.create_attribute(name, value, null, 'A');
}

function childGroup(parent: Group, name: string): Group {
  return parent.keys().includes(name) ? (parent.get(name) as Group) : parent.create_group(name);
}

/** `dense/kernel:0` under the layer's group: the sub-group `dense`, then the dataset `kernel:0`. */
function writeWeight(layerGroup: Group, weight: KerasWeight): void {
  const parts = weight.name.split('/');
  const datasetName = parts.pop() ?? weight.name;
  const folder = parts.reduce(childGroup, layerGroup);
  folder.create_dataset({ name: datasetName, data: weight.values, shape: weight.shape, dtype: '<f' });
}

/** The `model_weights` group: layer names in model order, one group per layer (sorted, as Keras does). */
function writeModelWeights(root: Group, layers: readonly KerasLayer[]): void {
  const group = root.create_group('model_weights');
  writeNameList(group, 'layer_names', layers.map((layer) => layer.name));
  writeText(group, 'backend', KERAS_BACKEND);
  writeText(group, 'keras_version', KERAS_VERSION);
  for (const layer of [...layers].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const layerGroup = group.create_group(layer.name);
    writeNameList(layerGroup, 'weight_names', layer.weights.map((weight) => weight.name));
    for (const weight of layer.weights) writeWeight(layerGroup, weight);
  }
  // Keras 2.6+ also records weights that belong to no layer; a Sequential has none.
  writeNameList(group.create_group('top_level_model_weights'), 'weight_names', []);
}

/**
 * Writes a trained model as a Keras HDF5 file (.h5) in the layout `keras.models.load_model`
 * reads: root attributes keras_version, backend, model_config and training_config, and the
 * weights under model_weights/<layer>/<layer>/kernel:0. Written to a temp file beside the target
 * and renamed into place, so a failure leaves nothing behind.
 */
export async function writeKerasH5(model: tf.LayersModel, graph: GraphDocument, target: string): Promise<Result<{ files: string[] }>> {
  const layers = kerasLayers(model);
  if (!layers.ok) return layers;
  const resolved = path.resolve(target);
  const temp = tempPathBeside(resolved);
  let file: { close(): unknown } | null = null;
  try {
    if ((await stat(resolved).catch(() => null))?.isDirectory()) throw new Error(`${resolved} is a folder`);
    await mkdir(path.dirname(resolved), { recursive: true });
    const h5 = await loadH5wasm();
    const h5File = new h5.File(temp, 'w');
    file = h5File;
    writeText(h5File, 'keras_version', KERAS_VERSION);
    writeText(h5File, 'backend', KERAS_BACKEND);
    writeText(h5File, 'model_config', asciiJson(kerasModelConfig(model, layers.value)));
    writeText(h5File, 'training_config', asciiJson(kerasTrainingConfig(graph)));
    writeModelWeights(h5File, layers.value);
    file = null;
    h5File.close();
    await rename(temp, resolved);
    return ok({ files: [resolved] });
  } catch (error) {
    try {
      file?.close();
    } catch {
      // Closing a file HDF5 already gave up on may fail too; the temp file goes either way.
    }
    await rm(temp, { force: true }).catch(() => undefined);
    return exportFailed(resolved, error);
  }
}
